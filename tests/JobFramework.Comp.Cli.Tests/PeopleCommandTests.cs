namespace JobFramework.Comp.Cli.Tests;

public class PeopleCommandTests
{
    [Fact]
    public void A_snapshot_is_imported_and_listed()
    {
        using var temp = new TempFolder();
        string store = temp.File("people.db");

        var (code, stdout, _) = CliRunner.Run("people", "import", Repository.Sample("people.csv"), "--taken-on", "2026-11-30", "--by", "payroll-bot", "--store", store, "--rules", Repository.Rules);
        var (listed, list, _) = CliRunner.Run("people", "list", "--store", store);

        code.ShouldBe(ExitCodes.Ok);
        stdout.ShouldBe("Stored snapshot 2026-11-30: 20 people, checked against release 2026-h1.\n");
        listed.ShouldBe(ExitCodes.Ok);
        list.ShouldStartWith("2026-11-30       20 people  release 2026-h1  imported ");
        list.ShouldEndWith("Z by payroll-bot\n");
    }

    [Fact]
    public void A_snapshot_with_a_bad_row_is_refused_whole_with_every_problem_and_nothing_stored()
    {
        using var temp = new TempFolder();
        string store = temp.File("people.db");
        string snapshot = temp.File("people.csv");
        File.WriteAllText(snapshot, File.ReadAllText(Repository.Sample("people.csv"))
            .Replace("E1001,Ana Costa,E1004,", "E1001,Ana Costa,E0404,", StringComparison.Ordinal)
            .Replace(",us,146000,", ",mars,146000,", StringComparison.Ordinal));

        var (code, _, stderr) = CliRunner.Run("people", "import", snapshot, "--taken-on", "2026-11-30", "--store", store, "--rules", Repository.Rules);
        var (_, list, _) = CliRunner.Run("people", "list", "--store", store);

        code.ShouldBe(ExitCodes.Problems);
        stderr.ShouldBe(
            $"{snapshot}:line 16 (E1015): region: Unknown region 'mars'. Known: us, uk, de, sg, in.\n" +
            $"{snapshot}:line 2 (E1001): managerId: no one in the snapshot has id 'E0404'\n" +
            "Snapshot refused: 2 problem(s); nothing was stored.\n");
        list.ShouldBe("No snapshots yet: import one with 'comp people import <file>'.\n");
    }

    [Fact]
    public void A_missing_file_or_date_cannot_run()
    {
        using var temp = new TempFolder();

        CliRunner.Run("people", "import", temp.File("nope.csv"), "--taken-on", "2026-11-30", "--store", temp.File("p.db"), "--rules", Repository.Rules)
            .ShouldBe((ExitCodes.CannotRun, "", $"Snapshot file '{temp.File("nope.csv")}' does not exist.\n"));
        CliRunner.Run("people", "import", Repository.Sample("people.csv"), "--taken-on", "30/11/2026", "--store", temp.File("p.db"), "--rules", Repository.Rules)
            .ShouldBe((ExitCodes.CannotRun, "", "--taken-on '30/11/2026' is not a date in the form YYYY-MM-DD.\n"));
    }
}
