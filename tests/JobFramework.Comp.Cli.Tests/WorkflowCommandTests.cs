using System.Text.Json;

namespace JobFramework.Comp.Cli.Tests;

/// <summary>
/// <c>comp evaluate &lt;workflow&gt;</c> on the sample releases: the merit workflow explained for one employee, run over a
/// roster with <c>--audit</c> and replayed; the pay-scale sample placed by grade and step and its step increase.
/// </summary>
public sealed class WorkflowCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string PayScale => Path.Combine(Repository.Rules, "samples", "pay-scale");

    [Fact]
    public void Merit_for_one_employee_explains_each_rule_and_output_with_the_constant_it_read()
    {
        var (code, output, _) = CliRunner.Run("evaluate", "merit", "--employee", Repository.Sample("employee-promotion.json"), "--rules", Repository.Rules, "--as-of", "2027-09-01");

        code.ShouldBe(ExitCodes.Ok);
        output.ShouldContain("Workflow: merit   release 2027-h2");
        output.ShouldContain("Inputs: prorationPct = 100\n");
        output.ShouldContain("EVERY RULE MET\n");
        output.ShouldContain("[met]   BelowBandMaximum: Base pay is below the band maximum 150500.00 USD.");
        output.ShouldContain("[met]   HiredBeforeCutoff: Hired 2000-01-01, before the merit cut-off 2027-04-01.");
        output.ShouldContain("constants.meritBudgetPct = 3.5 (framework.json:82, in effect from 2027-07-01)");
        output.ShouldContain("  meritIncrease = 4988.00 USD\n");
        output.ShouldContain("4987.50 USD rounded (1 halfUp) to 4988.00 USD");
    }

    [Fact]
    public void Json_carries_the_inputs_used_and_every_output()
    {
        var (code, output, _) = CliRunner.Run("evaluate", "merit", "--employee", Repository.Sample("employee-promotion.json"), "--rules", Repository.Rules, "--as-of", "2028-02-01", "--input", "prorationPct=50", "--json");

        code.ShouldBe(ExitCodes.Ok);
        var root = JsonDocument.Parse(output).RootElement;
        root.GetProperty("workflow").GetString().ShouldBe("merit");
        root.GetProperty("inputs").GetProperty("prorationPct").GetDecimal().ShouldBe(50m);
        root.GetProperty("passed").GetBoolean().ShouldBeTrue();
        var outputs = root.GetProperty("outputs").EnumerateArray().ToDictionary(o => o.GetProperty("name").GetString()!, o => o.GetProperty("value").GetProperty("amount").GetString());
        outputs["meritPct"].ShouldBe("3.6");
        outputs["meritIncrease"].ShouldBe("2138.00");
    }

    [Fact]
    public void Merit_over_a_roster_is_recorded_once_and_a_decision_replays_identically()
    {
        string db = _temp.File("audit.db"), results = _temp.File("merit.csv");
        string[] run = ["evaluate", "merit", "--roster", Repository.Sample("roster.csv"), "--out", results, "--rules", Repository.Rules, "--as-of", "2027-09-01", "--audit", db];

        var (code, output, _) = CliRunner.Run(run);

        code.ShouldBe(ExitCodes.Ok);
        output.ShouldContain("evaluated merit for 20 employee(s) with release 2027-h2: 19 met every rule, 1 did not; 0 row(s) rejected");
        output.ShouldContain("audit: 20 decision(s) recorded in sqlite:");
        var lines = File.ReadAllLines(results);
        lines[0].ShouldBe("id,workflow,passed,unmet,matrixMultiple,meritPct,meritIncrease,newBaseSalary,currency,outputErrors,release");
        lines[1].ShouldBe("E1001,merit,true,,1.2,4.2,4956.00,122956.00,USD,,2027-h2");
        lines.Length.ShouldBe(21);

        CliRunner.Run(run).Out.ShouldContain("audit: 0 decision(s) recorded in sqlite:" + db + ", 20 already recorded by an earlier run");

        var (_, listed, _) = CliRunner.Run("audit", "list", "--employee", "E1001", "--store", db, "--json");
        var record = JsonDocument.Parse(listed).RootElement.GetProperty("decisions")[0];
        record.GetProperty("kind").GetString().ShouldBe("workflow");
        record.GetProperty("input").GetProperty("workflow").GetString().ShouldBe("merit");
        string id = record.GetProperty("decisionId").GetString()!;
        CliRunner.Run("audit", "list", "--employee", "E1001", "--store", db).Out.ShouldContain("merit: every rule met; newBaseSalary 122956.00 USD");

        var (replayCode, replayed, _) = CliRunner.Run("audit", "replay", id, "--rules", Repository.Rules, "--store", db);
        replayCode.ShouldBe(ExitCodes.Ok);
        replayed.ShouldContain($"decision {id}: identical");
    }

    [Theory]
    [InlineData("merit")]
    [InlineData("level-up")]
    public void A_roster_evaluated_without_the_audit_writes_the_same_table_as_with_it(string workflow)
    {
        // Unrecorded, only verdicts are computed; recorded, every decision is explained. The table must not tell them apart.
        string plain = _temp.File(workflow + "-plain.csv"), audited = _temp.File(workflow + "-audited.csv");
        string[] common = ["evaluate", workflow, "--roster", Repository.Sample("roster.csv"), "--rules", Repository.Rules, "--as-of", "2027-09-01"];

        var (plainCode, plainOutput, _) = CliRunner.Run([.. common, "--out", plain]);
        var (auditedCode, auditedOutput, _) = CliRunner.Run([.. common, "--out", audited, "--audit", _temp.File(workflow + ".db")]);

        plainCode.ShouldBe(auditedCode);
        plainOutput.Split('\n')[0].ShouldBe(auditedOutput.Split('\n')[0]);
        File.ReadAllBytes(plain).ShouldBe(File.ReadAllBytes(audited));
        File.ReadAllLines(plain).Length.ShouldBe(21);
        File.ReadAllLines(plain).Skip(1).ShouldContain(line => line.Split(',')[3].Length > 0, "some row names an unmet rule");
    }

    [Fact]
    public void A_row_that_cannot_be_evaluated_goes_to_the_errors_file_and_the_rest_are_evaluated()
    {
        File.WriteAllText(_temp.File("roster.csv"), """
            id,family,track,level,region,baseSalary,rating,hireDate
            A1,engineering,ic,3,us,118750,4,2020-02-01
            A2,engineering,ic,3,us,118750,4,2027-02-30
            A3,engineering,ic,3,us,118750,5,2027-06-01
            """.Replace("\r", ""));

        var (code, output, _) = CliRunner.Run("evaluate", "merit", "--roster", _temp.File("roster.csv"), "--out", _temp.File("out.csv"), "--rules", Repository.Rules, "--as-of", "2027-09-01");

        code.ShouldBe(ExitCodes.Problems);
        output.ShouldContain("evaluated merit for 2 employee(s) with release 2027-h2: 1 met every rule, 1 did not; 1 row(s) rejected");
        File.ReadAllLines(_temp.File("out.csv")).Skip(1).Select(l => l.Split(',')[0] + ":" + l.Split(',')[3]).ShouldBe(["A1:", "A3:HiredBeforeCutoff"]);
        File.ReadAllLines(_temp.File("out.csv.errors.csv"))[1].ShouldStartWith("3,A2,hireDate,");
    }

    [Theory]
    [InlineData("merrit", "Unknown workflow 'merrit'. Did you mean 'merit'? Known: level-up, merit, step-increase.")]
    public void An_unknown_workflow_is_named_with_the_nearest(string name, string message)
    {
        var (code, _, error) = CliRunner.Run("evaluate", name, "--employee", Repository.Sample("employee-promotion.json"), "--rules", Repository.Rules, "--as-of", "2027-09-01");

        code.ShouldBe(ExitCodes.CannotRun);
        error.ShouldContain(message);
    }

    [Theory]
    [InlineData("prorationPct=150", "--input: inputs.prorationPct: 'prorationPct' is 150; it must be between 0 and 100.")]
    [InlineData("proration=50", "--input: inputs.proration: Unknown input 'proration'. Did you mean 'prorationPct'? Known: prorationPct.")]
    [InlineData("prorationPct", "--input: inputs: 'prorationPct' is not an input assignment; write name=value.")]
    public void A_bad_input_is_named_and_nothing_is_evaluated(string input, string message)
    {
        var (code, output, error) = CliRunner.Run("evaluate", "merit", "--employee", Repository.Sample("employee-promotion.json"), "--rules", Repository.Rules, "--as-of", "2027-09-01", "--input", input);

        code.ShouldBe(ExitCodes.Problems);
        error.ShouldContain(message);
        output.ShouldBeEmpty();
    }

    [Fact]
    public void The_pay_scale_places_an_employee_by_grade_and_step()
    {
        var (code, output, _) = CliRunner.Run("place", "--employee", Path.Combine(PayScale, "employee-gs13-step4.json"), "--rules", PayScale, "--as-of", "2027-03-01");

        code.ShouldBe(ExitCodes.Ok);
        output.ShouldBe("""
            Employee CS-4417: civil-service / gs level 13 in capital   release 2027
            Band: 139,673.00 USD
            salary 139,673.00 USD, within band

            """.Replace("\r", ""));
    }

    [Fact]
    public void The_pay_scale_step_increase_computes_the_next_step_capped_and_rounded_as_the_scale_is()
    {
        var (code, output, _) = CliRunner.Run("evaluate", "step-increase", "--employee", Path.Combine(PayScale, "employee-gs13-step4.json"), "--rules", PayScale, "--as-of", "2027-03-01");

        code.ShouldBe(ExitCodes.Ok);
        output.ShouldContain("[met]   WaitingPeriodServed: 25 months in step 4 (waiting period 24).");
        output.ShouldContain("  nextStepSalary = 143905.00 USD\n");
        output.ShouldContain("143905.1360 USD rounded (1 halfUp) to 143905.00 USD");
        output.ShouldContain("constants.standardHoursPerYear = 2087 (framework.json:43, in effect from 2027-01-01)");
    }

    [Fact]
    public void A_release_without_the_workflow_refuses_it_and_records_nothing()
    {
        var (code, _, error) = CliRunner.Run("evaluate", "merit", "--employee", Repository.Sample("employee-promotion.json"), "--rules", Repository.Rules, "--release", "2027-h1", "--as-of", "2027-09-01", "--audit", _temp.File("a.db"));

        // 2027-h1 is approved but has no merit workflow: the release, not the audit, refuses.
        code.ShouldBe(ExitCodes.CannotRun);
        error.ShouldContain("Unknown workflow 'merit'");
        File.Exists(_temp.File("a.db")).ShouldBeFalse();
    }

    [Fact]
    public void Simulate_sums_a_workflow_s_money_outputs_per_currency_under_each_release()
    {
        string folder = _temp.File("impact");
        var (code, output, _) = CliRunner.Run("rules", "simulate", "--from", "2027-h1", "--to", "2027-h2", "--roster", Repository.Sample("roster.csv"), "--report", folder, "--workflow", "merit", "--as-of", "2027-09-01", "--rules", Repository.Rules);

        code.ShouldBe(ExitCodes.Ok);
        output.ShouldContain("merit under 2027-h1: the release has no such workflow\n");
        output.ShouldContain("merit under 2027-h2 (as of 2027-09-01): 20 evaluated, 19 met every rule, 0 rejected\n");
        output.ShouldContain("  meritIncrease: 9,702.00 EUR, 8,538.00 GBP, 102,270.00 INR, 10,738.00 SGD, 63,483.00 USD\n");
        var after = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "workflow-merit.json"))).RootElement.GetProperty("after");
        after.GetProperty("outputs").GetProperty("meritIncrease").GetProperty("totals").GetProperty("USD").GetString().ShouldBe("63483.00");
    }

    [Fact]
    public void Simulate_reads_the_constants_in_effect_on_the_as_of_date()
    {
        var (code, output, _) = CliRunner.Run("rules", "simulate", "--from", "2027-h1", "--to", "2027-h2", "--roster", Repository.Sample("roster.csv"), "--report", _temp.File("impact"), "--workflow", "merit", "--as-of", "2028-02-01", "--rules", Repository.Rules);

        code.ShouldBe(ExitCodes.Ok);
        output.ShouldContain("  meritIncrease: 8,274.00 EUR, 7,275.00 GBP, 87,660.00 INR, 9,156.00 SGD, 54,354.00 USD\n");
    }

    [Fact]
    public void The_RulesEngine_sample_dropped_into_a_release_runs_through_comp_with_its_action_outputs()
    {
        string rules = _temp.File("rules");
        Folders.Copy(Repository.Rules, rules);
        string release = Path.Combine(rules, "releases", "2027-h2");
        File.Copy(Path.Combine(rules, "samples", "rulesengine", "retention-risk.json"), Path.Combine(release, "workflows", "retention-risk.json"));
        var manifest = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(release, "release.json")))!.AsObject();
        manifest["status"] = "draft";
        manifest.Remove("approvals");
        manifest.Remove("approvedContentHash");
        File.WriteAllText(Path.Combine(release, "release.json"), manifest.ToJsonString());

        var (code, output, _) = CliRunner.Run("evaluate", "retention-risk", "--employee", Repository.Sample("employee-promotion.json"), "--rules", rules, "--release", "2027-h2", "--as-of", "2027-09-01");

        code.ShouldBe(ExitCodes.Ok);
        output.ShouldContain("[met]   HighPerformer: Rated 4 or better. → 41\n");
        output.ShouldContain("[unmet] StalledInLevel: Not long in level yet.\n");
        output.ShouldContain("NOT EVERY RULE MET");
    }
}
