using System.Text.Json;

namespace JobFramework.Comp.Cli.Tests;

/// <summary>
/// RulesEngine workflows over their own parameters through <c>comp</c>, on the sample rules folder
/// (rules/samples/rulesengine): validate says which engine runs each and why, the test cases pass, one evaluation
/// explained, recorded under its subject and replayed byte for byte, and each wrong way of asking refused.
/// </summary>
public sealed class RulesEngineCommandTests : IDisposable
{
    private static readonly string Rules = Path.Combine(Repository.Rules, "samples", "rulesengine");

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string Parameters(string name) => Path.Combine(Rules, "parameters-" + name + ".json");

    [Fact]
    public void Validate_names_the_engine_of_every_workflow_and_why_one_is_not_native()
    {
        var (code, output, _) = CliRunner.Run("rules", "validate", Rules);

        code.ShouldBe(ExitCodes.Ok);
        output.ShouldContain("   workflow sign-on-bonus: typed compiler\n");
        output.ShouldContain("   workflow retention-offer: RulesEngine 6.0.1\n      not native: WorkflowsToInject brings in rules of other workflows\n");
        output.ShouldContain("      not native: rule 'OfferInReach' chains to another workflow with EvaluateRule\n");
        output.ShouldContain("1 release(s) valid, 0 error(s), 0 warning(s)");
    }

    [Fact]
    public void The_sample_test_cases_pass()
    {
        var (code, output, _) = CliRunner.Run("rules", "test", Rules);

        code.ShouldBe(ExitCodes.Ok);
        output.ShouldContain("rule tests: 11 passed, 0 failed");
    }

    [Fact]
    public void One_evaluation_is_explained_with_the_engine_that_ran_it()
    {
        var (code, output, _) = CliRunner.Run("evaluate", "retention-offer", "--parameters", Parameters("retention-offer"), "--rules", Rules, "--as-of", "2027-03-01");

        code.ShouldBe(ExitCodes.Ok);
        output.ShouldContain("run by RulesEngine 6.0.1\n");
        output.ShouldContain("Parameters: {\"input1\":{\"salary\":150000,\"rating\":5,\"externalOffer\":170000,\"monthsSincePromotion\":34}}\n");
        output.ShouldContain("EVERY RULE MET\n");
        output.ShouldContain("[met]   KeyPerformer: Rated 4 or better. → 20000");
        output.ShouldContain("[met]   StalledPromotion: No promotion for 30 months or more.");
    }

    [Fact]
    public void A_decision_recorded_under_its_subject_replays_identically_and_is_not_recorded_twice()
    {
        string db = _temp.File("audit.db");
        string[] run = ["evaluate", "relocation", "--parameters", Parameters("relocation"), "--subject", "E1001", "--rules", Rules, "--as-of", "2027-03-01", "--audit", db, "--json"];

        var (code, output, _) = CliRunner.Run(run);

        code.ShouldBe(ExitCodes.Ok);
        var decision = JsonDocument.Parse(output).RootElement;
        decision.GetProperty("subject").GetString().ShouldBe("E1001");
        decision.GetProperty("engine").GetString().ShouldBe("RulesEngine 6.0.1");
        decision.GetProperty("criteria")[0].GetProperty("message").GetString().ShouldBe("Relocation support starts after a year of service; E1001 has 8 months.");
        string id = decision.GetProperty("decisionId").GetString()!;
        JsonDocument.Parse(CliRunner.Run(run).Out).RootElement.GetProperty("decisionId").GetString().ShouldBe(id);

        var (_, listed, _) = CliRunner.Run("audit", "list", "--employee", "E1001", "--store", db, "--json");
        var records = JsonDocument.Parse(listed).RootElement.GetProperty("decisions");
        records.GetArrayLength().ShouldBe(1);
        records[0].GetProperty("input").GetProperty("parameters").GetProperty("move").GetProperty("distanceKm").GetDouble().ShouldBe(12900.5);
        var (replayCode, replayed, _) = CliRunner.Run("audit", "replay", id, "--rules", Rules, "--store", db);
        replayCode.ShouldBe(ExitCodes.Ok);
        replayed.ShouldContain($"decision {id}: identical");
    }

    [Fact]
    public void A_bad_parameter_is_refused_naming_the_file_and_the_field()
    {
        string file = _temp.File("bad.json");
        File.WriteAllText(file, """{"input1": {"salary": "lots", "rating": 5, "externalOffer": 1, "monthsSincePromotion": 3}}""");

        var (code, _, error) = CliRunner.Run("evaluate", "retention-offer", "--parameters", file, "--rules", Rules, "--as-of", "2027-03-01");

        code.ShouldBe(ExitCodes.Problems);
        error.ShouldContain(file + ": parameters.input1.salary: 'parameters.input1.salary' must be a whole number, not string.");
    }

    [Theory]
    [InlineData(new[] { "evaluate", "relocation", "--parameters", "{params}", "--audit", "{db}" }, "--subject: a recorded decision is filed under a subject")]
    [InlineData(new[] { "evaluate", "relocation", "--employee", "{params}" }, "Workflow 'relocation' takes its own inputs (move): give them in a JSON file with --parameters.")]
    [InlineData(new[] { "evaluate", "relocation", "--parameters", "{missing}" }, "does not exist")]
    [InlineData(new[] { "evaluate", "relocation", "--parameters", "{params}", "--employee", "{params}" }, "Give either --employee e.json")]
    public void Each_wrong_way_of_asking_is_refused_with_what_to_do(string[] arguments, string message)
    {
        string[] run = [.. arguments.Select(a => a.Replace("{params}", Parameters("relocation"), StringComparison.Ordinal)
            .Replace("{db}", _temp.File("audit.db"), StringComparison.Ordinal).Replace("{missing}", _temp.File("none.json"), StringComparison.Ordinal)),
            "--rules", Rules, "--as-of", "2027-03-01"];

        var (code, _, error) = CliRunner.Run(run);

        code.ShouldBe(ExitCodes.CannotRun);
        error.ShouldContain(message);
        File.Exists(_temp.File("audit.db")).ShouldBeFalse();
    }
}
