namespace JobFramework.Comp.Cli.Tests;

public class PlaceCommandTests
{
    [Fact]
    public void Place_SampleRoster_PlacesGoodRowsAndReportsBadOnesWithLineNumbers()
    {
        using var temp = new TempFolder();
        string output = temp.File("placements.csv");

        var (code, stdout, _) = CliRunner.Run("place", "--roster", Repository.Sample("roster-with-errors.csv"), "--out", output, "--rules", Repository.Rules, "--as-of", "2026-06-01");

        code.ShouldBe(ExitCodes.Problems);
        stdout.ShouldStartWith("placed 20 employee(s) with release 2026-h1: 2 below, 18 within, 0 above band; 5 row(s) rejected\n");
        var lines = File.ReadAllLines(output);
        lines[0].ShouldBe("id,family,track,level,region,currency,baseSalary,bandMin,bandMid,bandMax,compaRatio,rangePenetration,position,amountToMinimum,bonusTargetPct,equity,bandRow,release");
        lines.Length.ShouldBe(21);
        lines[1].ShouldBe("E1001,engineering,ic,3,us,USD,118000.00,100500.00,125500.00,150500.00,0.9402,0.3500,within,0.00,8,false,21,2026-h1");
        File.ReadAllLines(output + ".errors.csv").ShouldBe([
            "line,id,field,reason",
            "22,E1021,region,\"Unknown region 'mars'. Known: us, uk, de, sg, in.\"",
            "23,E1022,level,Level 9 does not exist on track 'ic'; its levels are 1–8.",
            "24,E1023,baseSalary,\"'baseSalary' -5000 is not plausible: it must be more than 0 and at most 1,000,000,000.\"",
            "25,E1024,currency,\"Salary is in EUR, but the band pays in GBP.\"",
            "26,E1025,baseSalary,'baseSalary' is required.",
        ]);
    }

    [Fact]
    public void Place_JsonLinesRoster_IsStreamedToo()
    {
        using var temp = new TempFolder();
        string roster = temp.File("roster.jsonl");
        File.WriteAllLines(roster, [
            """{"id":"A","family":"risk","track":"ic","level":3,"region":"sg","baseSalary":112000}""",
            """{"id":"B","family":"risk","track":"ic","level":3,"region":"sg","baseSalary":"lots"}""",
            "not json",
        ]);
        var (code, stdout, _) = CliRunner.Run("place", "--roster", roster, "--out", temp.File("out.csv"), "--rules", Repository.Rules, "--as-of", "2026-06-01");
        code.ShouldBe(ExitCodes.Problems);
        stdout.ShouldStartWith("placed 1 employee(s)");
        var errors = File.ReadAllLines(temp.File("out.csv.errors.csv"));
        errors[1].ShouldStartWith("2,,baseSalary,");
        errors[2].ShouldStartWith("3,,$,");
    }

    [Fact]
    public void Place_AllGood_ExitsZero()
    {
        using var temp = new TempFolder();
        string roster = temp.File("roster.csv");
        File.WriteAllLines(roster, ["id,family,track,level,region,baseSalary", "A,data,ic,3,us,120000"]);
        CliRunner.Run("place", "--roster", roster, "--out", temp.File("out.csv"), "--rules", Repository.Rules, "--as-of", "2026-06-01").ExitCode.ShouldBe(ExitCodes.Ok);
    }

    [Fact]
    public void Place_HeaderWithoutRequiredColumns_ExitsTwoNamingThem()
    {
        using var temp = new TempFolder();
        string roster = temp.File("roster.csv");
        File.WriteAllLines(roster, ["id,family,track,region,salary", "A,data,ic,us,120000"]);
        var (code, _, error) = CliRunner.Run("place", "--roster", roster, "--out", temp.File("out.csv"), "--rules", Repository.Rules, "--as-of", "2026-06-01");
        code.ShouldBe(ExitCodes.CannotRun);
        error.ShouldContain("Missing column(s): level, baseSalary. Unknown column(s): salary.");
    }

    [Fact]
    public void Place_DateBeforeFirstRelease_ExitsTwoSayingWhy()
    {
        using var temp = new TempFolder();
        var (code, _, error) = CliRunner.Run("place", "--roster", Repository.Sample("roster-with-errors.csv"), "--out", temp.File("out.csv"), "--rules", Repository.Rules, "--as-of", "2025-06-01");
        code.ShouldBe(ExitCodes.CannotRun);
        error.ShouldContain("No approved release is in effect on 2025-06-01: the first, '2026-h1', takes effect on 2026-01-01.");
    }
}
