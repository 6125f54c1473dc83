namespace JobFramework.Comp.Cli.Tests;

/// <summary>
/// The comp analyst's walkthrough of the README: the sample pay-gap roster imported for 2027-07-01 into a real SQLite
/// store, then the gap report with its flag, a worker's Art. 7 answer recorded in the audit log, the progression
/// criteria of a track and an employee's review guide — all from release 2027-h2.
/// </summary>
public sealed class TransparencyCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private string Store => _temp.File("people.db");

    public TransparencyCommandTests()
    {
        var (code, stdout, stderr) = CliRunner.Run("people", "import", Repository.Sample("pay-gap.csv"), "--taken-on", "2027-07-01", "--store", Store, "--rules", Repository.Rules);
        code.ShouldBe(ExitCodes.Ok, stderr);
        stdout.ShouldBe("Stored snapshot 2027-07-01: 49 people, checked against release 2027-h2.\n");
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_gap_report_is_written_in_each_format_and_the_flagged_category_is_named()
    {
        var (code, csv, stderr) = CliRunner.Run("transparency", "gap-report", "--format", "csv", "--store", Store, "--rules", Repository.Rules);

        code.ShouldBe(ExitCodes.Ok);
        csv.ShouldStartWith("region,category,figure,value\nuk,,people,5\nuk,,women,withheld\n");
        csv.ShouldContain("de,,total.meanGapPct,15.2\nde,,total.medianGapPct,16.4\n");
        csv.ShouldContain("de,professional,flagged,true\n");
        csv.ShouldContain("de,senior,explained.timeInLevel,4.3\n");
        stderr.ShouldBe("flag: de professional: mean gap 8.8% in total pay reaches 5% — a joint pay assessment is due unless objective factors justify it (Art. 10)\n");

        string html = _temp.File("gap.html");
        CliRunner.Run("transparency", "gap-report", "--output", html, "--store", Store, "--rules", Repository.Rules).ExitCode.ShouldBe(ExitCodes.Ok);
        File.ReadAllText(html).ShouldContain("<h2>Germany (EUR)</h2>");
    }

    [Fact]
    public void A_workers_answer_is_printed_and_recorded_as_a_disclosure()
    {
        string audit = _temp.File("audit.db");

        var (code, stdout, stderr) = CliRunner.Run("transparency", "worker", "DE030", "--store", Store, "--rules", Repository.Rules, "--audit", audit);

        code.ShouldBe(ExitCodes.Ok, stderr);
        stdout.ShouldContain("Your pay: basic 89,000.00 EUR, variable 7,120.00 EUR, total 96,120.00 EUR a year.\n");
        stdout.ShouldContain("Women in this category and region: average basic 79,666.67 EUR, average total 86,040.00 EUR.\n");
        stdout.ShouldContain("Men in this category and region: average basic 87,333.33 EUR, average total 94,320.00 EUR.\n");
        stdout.ShouldEndWith(" recorded\n");
        CliRunner.Run("audit", "list", "--employee", "DE030", "--store", audit).Out.ShouldContain("  disclosure   DE030       2027-h2     pay information: category professional, averages of women and men given\n");
    }

    [Fact]
    public void An_unknown_worker_or_snapshot_is_named()
    {
        CliRunner.Run("transparency", "worker", "DE999", "--store", Store, "--rules", Repository.Rules).ShouldBe((ExitCodes.Problems, "", "id: No one with id 'DE999' is in the snapshot.\n"));
        CliRunner.Run("transparency", "gap-report", "--snapshot", "2020-01-01", "--store", Store, "--rules", Repository.Rules).ShouldBe((ExitCodes.CannotRun, "", "No snapshot '2020-01-01'; stored: 2027-07-01.\n"));
    }

    [Fact]
    public void A_snapshot_under_a_release_without_categories_has_no_report()
    {
        string store = _temp.File("today.db");
        CliRunner.Run("people", "import", Repository.Sample("people.csv"), "--taken-on", "2026-11-30", "--store", store, "--rules", Repository.Rules).ExitCode.ShouldBe(ExitCodes.Ok);

        var (code, _, stderr) = CliRunner.Run("transparency", "gap-report", "--store", store, "--rules", Repository.Rules);

        code.ShouldBe(ExitCodes.CannotRun);
        stderr.ShouldBe("Release 2026-h1, in effect on 2026-11-30, defines no categories of equal value (transparency.json): there is nothing to compare within.\n");
    }

    [Fact]
    public void Progression_criteria_are_written_as_markdown_or_html()
    {
        var (code, markdown, _) = CliRunner.Run("transparency", "criteria", "data", "manager", "--level", "5", "--rules", Repository.Rules, "--as-of", "2027-07-01");

        code.ShouldBe(ExitCodes.Ok);
        markdown.ShouldStartWith("# Progression criteria: Data & Analytics, Manager track\n");
        markdown.ShouldContain("## M4 Manager → M5 Senior manager\n");
        markdown.ShouldContain("- On the manager track: leads a team of at least ");
        CliRunner.Run("transparency", "criteria", "data", "manager", "--format", "html", "--rules", Repository.Rules, "--as-of", "2027-07-01").Out.ShouldContain("<h2>M3 Team lead → M4 Manager</h2>");
    }

    [Fact]
    public void A_review_guide_is_printed_for_a_manager_and_as_json()
    {
        string employee = _temp.File("e.json");
        File.WriteAllText(employee, """{ "id": "E7", "family": "engineering", "track": "ic", "level": 4, "region": "de", "baseSalary": 99000, "currency": "EUR", "rating": 4, "monthsInLevel": 14, "scope": 4, "mentorship": 1, "skills": { "programming": 4, "system-design": 3, "code-review": 4 } }""");

        var (code, text, _) = CliRunner.Run("review-guide", "--employee", employee, "--rules", Repository.Rules, "--as-of", "2027-07-01");
        var (jsonCode, json, _) = CliRunner.Run("review-guide", "--employee", employee, "--rules", Repository.Rules, "--as-of", "2027-07-01", "--json");

        code.ShouldBe(ExitCodes.Ok);
        text.ShouldStartWith("Review guide for E7: Software Engineer (IC4 Senior), release 2027-h2\n");
        text.ShouldContain("  [above] Code review: expected Practitioner, held Advanced\n");
        text.ShouldContain("  3 Meets expectations: The expectations of the level were met across the cycle.\n");
        text.ShouldContain("Level-up to IC5: not yet\n");
        jsonCode.ShouldBe(ExitCodes.Ok);
        using var document = System.Text.Json.JsonDocument.Parse(json);
        document.RootElement.GetProperty("levelUp").GetProperty("toChange").EnumerateArray().Select(c => c.GetProperty("rule").GetString()).ShouldContain("Mentoring");
    }
}
