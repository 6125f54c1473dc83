using System.Text.Json;

namespace JobFramework.Comp.Cli.Tests;

public class EligibilityCommandTests
{
    [Fact]
    public void Eligibility_UpskilledEngineer_IsExplainedReadably()
    {
        var (code, output, _) = CliRunner.Run("eligibility", "--employee", Repository.Sample("employee-cloud-upskilled.json"), "--rules", Repository.Rules, "--as-of", "2026-06-01");
        code.ShouldBe(ExitCodes.Ok);
        output.ShouldContain("Target: IC5 (Software Engineer, role eng-ic5)");
        output.ShouldContain("ELIGIBLE\n");
        output.ShouldContain("[met]   TargetRoleSkills: Holds every core skill of Software Engineer at level 5.");
        output.ShouldContain("Band at target: 139,500.00 USD – 174,500.00 USD (mid) – 209,500.00 USD, bonus target 12%, equity yes");
    }

    [Fact]
    public void Eligibility_Json_ListsCriteriaAndGaps()
    {
        var (code, output, _) = CliRunner.Run("eligibility", "--employee", Repository.Sample("employee-data-analyst.json"), "--rules", Repository.Rules, "--as-of", "2026-06-01", "--json");
        code.ShouldBe(ExitCodes.Ok);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        root.GetProperty("eligible").GetBoolean().ShouldBeFalse();
        root.GetProperty("release").GetProperty("id").GetString().ShouldBe("2026-h1");
        root.GetProperty("target").GetProperty("roleId").GetString().ShouldBe("data-ic4");
        var gaps = root.GetProperty("gaps").EnumerateArray().Select(g => (g.GetProperty("skill").GetString(), g.GetProperty("required").GetInt32(), g.GetProperty("held").GetInt32())).ToList();
        gaps.ShouldBe([("data-storytelling", 3, 0), ("sql", 4, 3), ("statistics", 3, 2), ("tableau", 3, 1)]);
        root.GetProperty("criteria")[2].GetProperty("outcome").GetString().ShouldBe("unmet");
    }

    [Fact]
    public void Eligibility_BadEmployee_NamesTheFieldAndExitsOne()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("e.json"), """{ "id": "X", "family": "data", "track": "ic", "level": 3, "region": "atlantis", "baseSalary": 1 }""");
        var (code, _, error) = CliRunner.Run("eligibility", "--employee", temp.File("e.json"), "--rules", Repository.Rules, "--as-of", "2026-06-01");
        code.ShouldBe(ExitCodes.Problems);
        error.ShouldContain("region: Unknown region 'atlantis'.");
    }

    [Fact]
    public void Eligibility_TargetRole_IsChecked()
    {
        var (code, output, _) = CliRunner.Run("eligibility", "--employee", Repository.Sample("employee-data-analyst.json"), "--target-role", "risk-ic3", "--rules", Repository.Rules, "--as-of", "2026-06-01");
        code.ShouldBe(ExitCodes.Ok);
        output.ShouldContain("Target: IC3 (Risk Analyst, role risk-ic3)");
        output.ShouldContain("Risk analysis (risk-analysis): needs proficiency 3 (Practitioner), has 0 (not held)");
    }
}
