using System.Text.Json;
using System.Xml.Linq;

namespace JobFramework.Comp.Cli.Tests;

/// <summary>
/// <c>comp mobility</c> and <c>comp roles map|search</c> as a user runs them from the README: the auditor's
/// options with the skills, training and pay effect; the data analyst's map as a picture; recorded and replayed.
/// </summary>
public sealed class MobilityCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("jfc-mobility-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static readonly string Auditor = Repository.Sample("employee-internal-auditor.json");

    [Fact]
    public void Mobility_shows_an_auditor_compliance_and_risk_with_the_skills_training_and_pay_effect()
    {
        var (code, output, _) = CliRunner.Run("mobility", "--employee", Auditor, "--rules", Repository.Rules, "--as-of", "2026-06-01");

        code.ShouldBe(ExitCodes.Ok);
        output.ShouldStartWith("Employee E2041: Internal Auditor (audit-ic3)   release 2026-h1");
        output.ShouldContain("""
            1. Risk Analyst (risk-ic3) — lateral, REACHABLE WITH LEARNING (about 64 h)
               ranked: reachable with learning; named career path; 2 of 3 core skills held; 64 h of learning; lateral
               allowed: named career path: Auditors already assess control risk; risk analysis formalises it
               to learn (requires:risk-analysis-foundations): Requires 'Risk analysis foundations' (risk-analysis-foundations, about 24 h), not yet completed.
               readiness: 2 of 3 core skills at the required proficiency (67%)
               gap: Risk analysis (risk-analysis) needs 3 (Practitioner), has 2 (Working)
                    - course: Risk analysis foundations, about 24 h
                    - stretch-assignment: Run a risk assessment for one business unit, about 40 h
            """.ReplaceLineEndings("\n"));
        output.ShouldContain("2. Compliance Analyst (compliance-ic3) — lateral, REACHABLE WITH LEARNING (about 64 h)\n");
        output.ShouldContain("3. Internal Auditor (audit-ic4) — level up, BLOCKED\n");
        output.ShouldContain("   blocked (level-up:Scope): The scope expected at level 4 is not yet shown.\n");
        output.ShouldContain("   band: higher band (+17.9% at the midpoint)\n");
        output.ShouldContain("   pay: 112,000.00 USD unchanged, compa-ratio 0.8924 in the target band 100,500.00 USD – 150,500.00 USD\n");
        output.ShouldContain("   pay: raised to the band minimum 118,500.00 USD (+6,500.00 USD); target band 118,500.00 USD – 177,500.00 USD\n");
    }

    [Fact]
    public void Mobility_json_is_the_canonical_answer_with_ranked_options()
    {
        var (code, output, _) = CliRunner.Run("mobility", "--employee", Auditor, "--json", "--rules", Repository.Rules, "--as-of", "2026-06-01");

        code.ShouldBe(ExitCodes.Ok);
        using var json = JsonDocument.Parse(output);
        var options = json.RootElement.GetProperty("options").EnumerateArray().ToArray();
        options.Select(o => o.GetProperty("role").GetProperty("id").GetString()).ShouldBe(["risk-ic3", "compliance-ic3", "audit-ic4"]);
        options.Select(o => o.GetProperty("status").GetString()).ShouldBe(["reachableWithLearning", "reachableWithLearning", "blocked"]);
        options[2].GetProperty("bandChange").GetProperty("midpointChangePct").GetDecimal().ShouldBe(17.9m);
        options[1].GetProperty("gaps")[1].GetProperty("learning")[0].GetProperty("title").GetString().ShouldBe("Writing clear policies");
        options[2].GetProperty("pay").GetProperty("effect").GetString().ShouldBe("raiseToMinimum");
    }

    [Fact]
    public void Mobility_audit_records_the_options_and_replay_finds_them_identical()
    {
        string store = Path.Combine(_folder, "audit.db");
        var (code, _, error) = CliRunner.Run("mobility", "--employee", Auditor, "--rules", Repository.Rules, "--as-of", "2026-06-01", "--audit", store);
        code.ShouldBe(ExitCodes.Ok, error);
        string decisionId = error.Split(' ')[1];

        var shown = CliRunner.Run("audit", "show", decisionId, "--json", "--store", store);
        shown.Out.ShouldContain("\"kind\": \"mobility\"");
        CliRunner.Run("audit", "list", "--employee", "E2041", "--store", store).Out.ShouldContain($"{decisionId}  ");
        CliRunner.Run("audit", "list", "--employee", "E2041", "--store", store).Out.ShouldContain("  mobility     E2041       2026-h1     3 move(s), 0 open, 2 reachable with learning: risk-ic3 first\n");
        var replayed = CliRunner.Run("audit", "replay", decisionId, "--store", store, "--rules", Repository.Rules);
        replayed.ExitCode.ShouldBe(0, replayed.Error);
        replayed.Out.ShouldContain($"decision {decisionId}: identical");
    }

    [Fact]
    public void Mobility_rejects_an_employee_without_a_role_naming_the_field()
    {
        string file = Path.Combine(_folder, "e.json");
        File.WriteAllText(file, """{ "id": "X", "family": "people", "track": "manager", "level": 3, "region": "us", "baseSalary": 90000 }""");

        var (code, output, error) = CliRunner.Run("mobility", "--employee", file, "--rules", Repository.Rules, "--as-of", "2026-06-01");

        code.ShouldBe(ExitCodes.Problems);
        output.ShouldBeEmpty();
        error.ShouldContain("level: No role is defined at people / manager level 3: mobility starts from the employee's role.");
    }

    [Fact]
    public void Roles_map_renders_the_data_analysts_map_as_an_svg_picture()
    {
        string file = Path.Combine(_folder, "data-analyst.svg");

        var (code, _, error) = CliRunner.Run("roles", "map", "data-ic3", "--depth", "2", "--format", "svg", "--output", file, "--rules", Repository.Rules, "--as-of", "2026-06-01");

        code.ShouldBe(ExitCodes.Ok, error);
        var svg = XDocument.Load(file);
        XNamespace ns = "http://www.w3.org/2000/svg";
        svg.Descendants(ns + "rect").Count().ShouldBe(7);
        svg.Descendants(ns + "text").Select(t => t.Value).ShouldContain("BI Analyst");
        File.Exists(file + ".tmp").ShouldBeFalse();
    }

    [Theory]
    [InlineData("dot", "digraph \"mobility data-ic3\" {")]
    [InlineData("json", "{\n  \"origin\": \"data-ic3\",\n  \"depth\": 1,")]
    [InlineData("html", "<!DOCTYPE html>")]
    public void Roles_map_writes_each_format_to_standard_output(string format, string start)
    {
        var (code, output, _) = CliRunner.Run("roles", "map", "data-ic3", "--depth", "1", "--format", format, "--rules", Repository.Rules, "--as-of", "2026-06-01");

        code.ShouldBe(ExitCodes.Ok);
        output.ReplaceLineEndings("\n").ShouldStartWith(start);
    }

    [Theory]
    [InlineData(new[] { "--depth", "9" }, "--depth: depth must be 1 to 4 (the rules' maxDepth), not 9.")]
    [InlineData(new[] { "--format", "png" }, "png")]
    public void Roles_map_refuses_a_depth_over_the_limit_or_an_unknown_format(string[] extra, string message)
    {
        var (code, output, error) = CliRunner.Run(["roles", "map", "data-ic3", "--rules", Repository.Rules, .. extra]);

        code.ShouldNotBe(ExitCodes.Ok);
        output.ShouldBeEmpty();
        error.ShouldContain(message);
    }

    [Fact]
    public void Roles_search_finds_roles_by_skill_with_their_skills_and_development_paths()
    {
        var (code, output, _) = CliRunner.Run("roles", "search", "--skill", "python", "--rules", Repository.Rules, "--as-of", "2026-06-01");

        code.ShouldBe(ExitCodes.Ok);
        output.ShouldStartWith("3 roles   release 2026-h1\n");
        output.ShouldContain("Data Engineer (data-ic3-engineering) — data / ic level 3, focus data-engineering\n   core: sql 3 (Practitioner), python 3 (Practitioner), data-pipelines 3 (Practitioner)\n");
        output.ShouldContain("   → Data Analyst (data-ic4): next level on the Individual contributor track (IC4)\n");
    }

    [Fact]
    public void Roles_search_json_filters_by_family_level_and_track()
    {
        var (code, output, _) = CliRunner.Run("roles", "search", "--family", "data", "--level", "3", "--track", "ic", "--json", "--rules", Repository.Rules, "--as-of", "2026-06-01");

        code.ShouldBe(ExitCodes.Ok);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("roles").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ShouldBe(["data-ic3", "data-ic3-bi", "data-ic3-engineering"]);
    }

    [Fact]
    public void Roles_search_names_an_unknown_filter_with_a_suggestion()
    {
        var (code, _, error) = CliRunner.Run("roles", "search", "--family", "dta", "--rules", Repository.Rules);

        code.ShouldBe(ExitCodes.Problems);
        error.ShouldContain("--family: Unknown family 'dta'. Did you mean 'data'?");
    }
}
