using System.Text.Json;

namespace JobFramework.Comp.Cli.Tests;

/// <summary>comp rules diff and simulate on a draft that raises the US level 3 band and the rating bar.</summary>
public sealed class DiffAndSimulateCommandTests : IDisposable
{
    private readonly TempFolder _rules = new();

    public DiffAndSimulateCommandTests()
    {
        RulesCommandTests.CopyDirectory(Repository.Rules, _rules.Path);
        CliRunner.Run("rules", "draft", "2026-h2", "--from", "2026-h1", "--effective-from", "2026-07-01", "--rules", _rules.Path).ExitCode.ShouldBe(ExitCodes.Ok);
        string draft = Path.Combine(_rules.Path, "releases", "2026-h2");
        Edit(Path.Combine(draft, "tables", "bands.json"), "[\"-\", 3, \"us\", \"USD\", 100500, 125500, 150500", "[\"-\", 3, \"us\", \"USD\", 104500, 130000, 156000");
        Edit(Path.Combine(draft, "workflows", "level-up.json"), "employee.rating >= 3", "employee.rating >= 4");
    }

    public void Dispose() => _rules.Dispose();

    private static void Edit(string file, string from, string to) => File.WriteAllText(file, File.ReadAllText(file).Replace(from, to, StringComparison.Ordinal));

    [Fact]
    public void Diff_ListsEachChangedMobilityRule()
    {
        string mobility = Path.Combine(_rules.Path, "releases", "2026-h2", "mobility.json");
        Edit(mobility, "\"maxDepth\": 4", "\"maxDepth\": 5");
        Edit(mobility, "\"requires\": [\"ml-foundations\"] }", "\"requires\": [\"ml-foundations\", \"risk-analysis-foundations\"] }");
        Edit(mobility, "{ \"kind\": \"course\", \"title\": \"Writing audit findings\", \"effortHours\": 8 }", "{ \"kind\": \"course\", \"title\": \"Writing audit findings\", \"effortHours\": 12 }");

        var (code, output, _) = CliRunner.Run("rules", "diff", "2026-h1", "2026-h2", "--rules", _rules.Path);

        code.ShouldBe(ExitCodes.Ok);
        output.ShouldEndWith("""
            mobility: 3 difference(s)
              ~ settings: maxDepth: 4 -> 5
              ~ path data-ic3 -> eng-ic3-ml: requires: ml-foundations -> ml-foundations, risk-analysis-foundations
              ~ learning audit-reporting: steps: course: Writing audit findings (8 h) -> course: Writing audit findings (12 h)

            """.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Diff_PrintsEachBandWithTheMidsChangeAndEachRule()
    {
        var (code, output, _) = CliRunner.Run("rules", "diff", "2026-h1", "2026-h2", "--rules", _rules.Path);

        code.ShouldBe(ExitCodes.Ok);
        output.ShouldBe("""
            diff 2026-h1 -> 2026-h2
            bands: 2 difference(s)
              ~ ic L3 us: min 100,500.00 -> 104,500.00, mid 125,500.00 -> 130,000.00 (+3.59%), max 150,500.00 -> 156,000.00 USD
              ~ manager L3 us: min 100,500.00 -> 104,500.00, mid 125,500.00 -> 130,000.00 (+3.59%), max 150,500.00 -> 156,000.00 USD
            rules: 1 difference(s)
              ~ level-up/PerformanceRating: expression: employee.rating >= 3 -> employee.rating >= 4

            """.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Diff_Json_IsMachineReadable()
    {
        var (_, output, _) = CliRunner.Run("rules", "diff", "2026-h1", "2026-h2", "--rules", _rules.Path, "--json");

        using var json = JsonDocument.Parse(output);
        var band = json.RootElement.GetProperty("bands")[0];
        band.GetProperty("midChangePercent").GetDecimal().ShouldBe(3.59m);
        band.GetProperty("after").GetProperty("min").GetString().ShouldBe("104500.00");
        json.RootElement.GetProperty("rules")[0].GetProperty("id").GetString().ShouldBe("level-up/PerformanceRating");
    }

    [Fact]
    public void Diff_UnknownRelease_ExitsTwo() =>
        CliRunner.Run("rules", "diff", "2026-h1", "nope", "--rules", _rules.Path).Error.ShouldContain("No release 'nope' loaded without errors.");

    [Fact]
    public void Simulate_WritesMarkdownHtmlAndJsonReportsAndTheChangedEmployees()
    {
        string report = Path.Combine(_rules.Path, "impact");
        string changes = Path.Combine(_rules.Path, "changes.csv");

        var (code, output, _) = CliRunner.Run("rules", "simulate", "--from", "2026-h1", "--to", "2026-h2", "--roster", Repository.Sample("roster.csv"), "--rules", _rules.Path, "--report", report, "--changes", changes);

        code.ShouldBe(ExitCodes.Ok);
        output.ShouldContain("simulated 20 employee(s): 0 change band position, 0 become eligible, 0 stop being eligible");
        output.ShouldContain("cost to band minimum in USD: 2,000.00 -> 6,000.00 (+4,000.00)");
        File.ReadAllText(Path.Combine(report, "impact.md")).ShouldContain("| USD | 1 → 1 | 2,000.00 | 6,000.00 | +4,000.00 |");
        string html = File.ReadAllText(Path.Combine(report, "impact.html"));
        html.ShouldStartWith("<!DOCTYPE html>");
        html.ShouldContain("<svg");
        html.ShouldNotContain("<script");
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(report, "impact.json")));
        json.RootElement.GetProperty("rows").GetInt64().ShouldBe(20);
        json.RootElement.GetProperty("costToMinimum").EnumerateArray().Single(c => c.GetProperty("currency").GetString() == "USD").GetProperty("change").GetDecimal().ShouldBe(4000m);
        File.ReadAllLines(changes).ShouldBe(["employeeId,family,track,level,region,salary,currency,positionBefore,positionAfter,eligibleBefore,eligibleAfter,compaRatioBefore,compaRatioAfter,toMinimumBefore,toMinimumAfter,problemBefore,problemAfter"]);
    }

    [Fact]
    public void Simulate_changes_have_one_value_per_column_and_the_html_holds_what_the_markdown_holds()
    {
        // A larger raise than the fixture's: the US IC3 engineer at 118,000 falls below the new minimum.
        Edit(Path.Combine(_rules.Path, "releases", "2026-h2", "tables", "bands.json"), "[\"-\", 3, \"us\", \"USD\", 104500, 130000, 156000", "[\"-\", 3, \"us\", \"USD\", 120000, 140000, 160000");
        string report = Path.Combine(_rules.Path, "impact");
        string changes = Path.Combine(_rules.Path, "changes.csv");

        var (code, _, error) = CliRunner.Run("rules", "simulate", "--from", "2026-h1", "--to", "2026-h2", "--roster", Repository.Sample("roster.csv"), "--rules", _rules.Path, "--report", report, "--changes", changes);

        code.ShouldBe(ExitCodes.Ok, error);
        File.ReadAllLines(changes).ShouldContain("E1001,engineering,ic,3,us,118000,USD,within,below,false,false,0.9402,0.8429,0.00,2000.00,,");
        string markdown = File.ReadAllText(Path.Combine(report, "impact.md"));
        string html = File.ReadAllText(Path.Combine(report, "impact.html"));
        foreach (string heading in new[] { "By level", "By region", "By family", "Most affected groups", "Band position", "Cost to bring everyone to band minimum" })
        {
            markdown.ShouldContain("## " + heading);
            html.ShouldContain(">" + heading + "</h2>");
        }

        // Every average compa-ratio of the Markdown tables is in the HTML tables too, and one of them moved.
        var compas = System.Text.RegularExpressions.Regex.Matches(markdown, @"\| (\d\.\d{4} → \d\.\d{4}) \|").Select(m => m.Groups[1].Value).ToList();
        compas.Count.ShouldBeGreaterThan(10, "a compa-ratio cell per level, region and family row");
        compas.ShouldAllBe(c => html.Contains("<td>" + c + "</td>", StringComparison.Ordinal));
        compas.ShouldContain(c => c.Split(" → ", StringSplitOptions.None)[0] != c.Split(" → ", StringSplitOptions.None)[1]);
        html.ShouldContain("aria-label=\"band position by region, before and after\"");
        html.ShouldContain("aria-label=\"average compa-ratio by region, before and after\"");
        html.ShouldContain("<meta name=\"viewport\"");

        // Every chart's text sits inside its drawing: no legend cut off at the right or bottom.
        foreach (System.Text.RegularExpressions.Match svg in System.Text.RegularExpressions.Regex.Matches(html, "<svg[^>]*viewBox=\"0 0 (\\d+) (\\d+)\"(.*?)</svg>", System.Text.RegularExpressions.RegexOptions.Singleline))
        {
            int width = int.Parse(svg.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            int height = int.Parse(svg.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
            foreach (System.Text.RegularExpressions.Match text in System.Text.RegularExpressions.Regex.Matches(svg.Groups[3].Value, "<text x=\"([\\d.]+)\" y=\"([\\d.]+)\">([^<]*)</text>"))
            {
                double x = double.Parse(text.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                double y = double.Parse(text.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
                (x + (text.Groups[3].Value.Length * 7)).ShouldBeLessThanOrEqualTo(width, text.Groups[3].Value);
                y.ShouldBeLessThanOrEqualTo(height, text.Groups[3].Value);
            }
        }
    }

    [Fact]
    public void Simulate_IsDeterministic()
    {
        string first = Path.Combine(_rules.Path, "a");
        string second = Path.Combine(_rules.Path, "b");
        CliRunner.Run("rules", "simulate", "--from", "2026-h1", "--to", "2026-h2", "--roster", Repository.Sample("roster.csv"), "--rules", _rules.Path, "--report", first);
        CliRunner.Run("rules", "simulate", "--from", "2026-h1", "--to", "2026-h2", "--roster", Repository.Sample("roster.csv"), "--rules", _rules.Path, "--report", second);

        foreach (var file in new[] { "impact.md", "impact.html", "impact.json" })
        {
            File.ReadAllText(Path.Combine(second, file)).ShouldBe(File.ReadAllText(Path.Combine(first, file)), file);
        }
    }

    [Fact]
    public void Diff_ShowsDeclaredAttributesConstantsAndWorkflowOutputs()
    {
        var (code, output, _) = CliRunner.Run("rules", "diff", "2027-h1", "2027-h2", "--rules", Repository.Rules);

        code.ShouldBe(ExitCodes.Ok);
        output.ShouldContain("  + attribute hireDate: date, default 2000-01-01, personal\n");
        output.ShouldContain("  + attribute sex: string, optional, one of female/male/non-binary/undisclosed, protected\n");
        output.ShouldContain("  + constant meritBudgetPct: number: 3.5 from 2027-07-01, 3.0 from 2028-01-01\n");
        output.ShouldContain("  + merit/outputs/meritPct: eligible ? constants.meritBudgetPct * matrixMultiple : 0, rounded 0.1 halfUp, cap constants.meritCapPct\n");
        output.ShouldContain("  + table meritMatrix: 4 rows\n");
    }

    [Fact]
    public void Diff_shows_which_published_progression_criteria_a_release_changes()
    {
        var (code, output, _) = CliRunner.Run("rules", "diff", "2027-h1", "2027-h2", "--rules", Repository.Rules, "--json");

        code.ShouldBe(ExitCodes.Ok);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        var progression = json.RootElement.GetProperty("progression").EnumerateArray().ToList();
        // 2027-h2 words every criterion (Properties.Criterion) and adds the capability model: every step of every track in every family changes.
        progression.Count.ShouldBe(72);
        var step = progression.Single(p => p.GetProperty("id").GetString() == "engineering/ic IC3→IC4");
        var details = step.GetProperty("details").EnumerateArray().Select(d => d.GetString()).ToList();
        details.ShouldContain("- TimeInLevel");
        details.ShouldContain("+ At least 12 months in the current level.");
        details.ShouldContain("+ expects scope: Several related areas of a team, or a whole service.");
    }
}
