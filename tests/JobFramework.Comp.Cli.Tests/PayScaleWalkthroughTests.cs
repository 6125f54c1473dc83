using System.Text.Json.Nodes;

namespace JobFramework.Comp.Cli.Tests;

/// <summary>
/// docs/pay-scales.md as a comp analyst follows it, on a copy of the pay-scale sample reset to a draft: validate, test
/// (and see a wrong rounding mode caught), approve with the two declared approvers, place an employee by grade and
/// step, evaluate and audit the step increase, replay it. No C# is involved beyond running `comp`.
/// </summary>
public sealed class PayScaleWalkthroughTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly string _rules;

    public PayScaleWalkthroughTests()
    {
        _rules = _temp.File("my-scale");
        Folders.Copy(Path.Combine(Repository.Rules, "samples", "pay-scale"), _rules);
        string manifest = Path.Combine(_rules, "releases", "2027", "release.json");
        var json = JsonNode.Parse(File.ReadAllText(manifest))!.AsObject();
        json["status"] = "draft";
        json.Remove("approvals");
        json.Remove("approvedContentHash");
        json.Remove("changes");
        File.WriteAllText(manifest, json.ToJsonString());
    }

    public void Dispose() => _temp.Dispose();

    private string Employee => Path.Combine(_rules, "employee-gs13-step4.json");

    [Fact]
    public void The_analyst_validates_tests_approves_places_and_audits_a_step_increase()
    {
        CliRunner.Run("rules", "validate", _rules).Out.ShouldEndWith("1 release(s) valid, 0 error(s), 0 warning(s)\n");
        CliRunner.Run("rules", "test", _rules).Out.ShouldEndWith("rule tests: 13 passed, 0 failed\n");

        var refused = CliRunner.Run("place", "--employee", Employee, "--rules", _rules, "--release", "2027", "--as-of", "2027-03-01", "--audit", _temp.File("audit.db"));
        refused.ExitCode.ShouldBe(ExitCodes.CannotRun);
        refused.Error.ShouldContain("Release 2027 is a draft: drafts never make decisions");

        CliRunner.Run("rules", "approve", "2027", "--rules", _rules, "--by", "Dana Okafor", "--role", "pay-board").ExitCode.ShouldBe(ExitCodes.Ok);
        CliRunner.Run("rules", "approve", "2027", "--rules", _rules, "--by", "Luis Ferreira", "--role", "chief-human-capital-officer")
            .Out.ShouldContain("2027 is approved: it serves decisions from 2027-01-01");
        // Approval rewrites release.json but keeps the $schema the file had (this folder is laid out differently from rules/).
        JsonNode.Parse(File.ReadAllText(Path.Combine(_rules, "releases", "2027", "release.json")))!["$schema"]!.GetValue<string>().ShouldBe("../../../../schema/release.schema.json");

        var placed = CliRunner.Run("place", "--employee", Employee, "--rules", _rules, "--as-of", "2027-03-01");
        placed.Out.ShouldBe("Employee CS-4417: civil-service / gs level 13 in capital   release 2027\nBand: 139,673.00 USD\nsalary 139,673.00 USD, within band\n");

        var evaluated = CliRunner.Run("evaluate", "step-increase", "--employee", Employee, "--rules", _rules, "--as-of", "2027-03-01", "--audit", _temp.File("audit.db"));
        evaluated.ExitCode.ShouldBe(ExitCodes.Ok);
        evaluated.Out.ShouldContain("  nextStepSalary = 143905.00 USD\n");
        string id = evaluated.Out.Split('\n').Single(l => l.StartsWith("decision ", StringComparison.Ordinal)).Split(' ')[1];

        CliRunner.Run("audit", "replay", id, "--rules", _rules, "--store", _temp.File("audit.db")).Out.ShouldContain($"decision {id}: identical");
    }

    [Fact]
    public void A_wrong_rounding_mode_is_caught_by_the_pinned_half_way_cases()
    {
        string table = Path.Combine(_rules, "releases", "2027", "tables", "pay-scale.json");
        File.WriteAllText(table, File.ReadAllText(table).Replace("\"mode\": \"halfUp\"", "\"mode\": \"halfEven\"", StringComparison.Ordinal));

        var (code, output, _) = CliRunner.Run("rules", "test", _rules, "--failed-only");

        code.ShouldBe(ExitCodes.Problems);
        output.ShouldContain("placement.min: expected 77473.00 USD, got 77472.00 USD");
        output.ShouldEndWith("rule tests: 11 passed, 2 failed\n");
    }

    [Fact]
    public void The_capped_cells_say_so_in_the_table_listing()
    {
        var (code, output, _) = CliRunner.Run("rules", "table", "2027", "payScale", "--rules", _rules);

        code.ShouldBe(ExitCodes.Ok);
        output.ShouldStartWith("table payScale in 2027: 180 rows (UNIQUE)\n");
        output.ShouldContain("    ^ min capped at 195200 (constants.payCap); was 250735\n");
    }
}
