using JobFramework.Comp.Audit.Sqlite;
using JobFramework.Comp.Audit.Tests.Support;

namespace JobFramework.Comp.Audit.Tests;

/// <summary>
/// The README's audit walk-through through the real CLI: place with --audit, query an employee's decisions,
/// verify clean, tamper, see verify catch it, replay — on SQLite and on Azurite.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class AuditCommandTests(AzuriteFixture azurite) : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task The_sqlite_walk_through_records_queries_verifies_catches_tampering_and_replays()
    {
        string store = _folder.File("audit.db");
        var placed = CliRunner.Run("place", "--roster", Repository.Sample("roster.csv"), "--out", _folder.File("p.csv"), "--rules", Repository.Rules, "--as-of", "2026-03-01", "--audit", store);
        placed.ExitCode.ShouldBe(0, placed.Error);
        placed.Out.ShouldContain("audit: 20 decision(s) recorded in sqlite:");

        var listed = CliRunner.Run("audit", "list", "--employee", "E1001", "--store", store);
        listed.ExitCode.ShouldBe(0, listed.Error);
        listed.Out.ShouldContain("placement    E1001");
        listed.Out.ShouldContain("1 decision(s)");
        string decisionId = listed.Out.Split('\n')[1].Split(' ')[0];

        CliRunner.Run("audit", "verify", "--store", store).ShouldSatisfyAllConditions(
            v => v.ExitCode.ShouldBe(0),
            v => v.Out.ShouldContain("verified 20 record(s) of sqlite:"),
            v => v.Out.ShouldContain(", held in 19 of its 32 hash chains (employees are spread over them by id; the rest are empty): clean"),
            v => v.Out.ShouldContain(": clean"));

        var replayed = CliRunner.Run("audit", "replay", decisionId, "--store", store, "--rules", Repository.Rules);
        replayed.ExitCode.ShouldBe(0, replayed.Error);
        replayed.Out.ShouldContain($"decision {decisionId}: identical");

        await AuditDrills.Tamper.RecordAsync(store, decisionId);
        var verified = CliRunner.Run("audit", "verify", "--store", store);
        verified.ExitCode.ShouldBe(1);
        verified.Out.ShouldContain($"decisions rowid");
        verified.Out.ShouldContain($"{decisionId}: altered");
        verified.Out.ShouldContain("1 problem(s)");

        var different = CliRunner.Run("audit", "replay", decisionId, "--store", store, "--rules", Repository.Rules);
        different.ExitCode.ShouldBe(1);
        different.Error.ShouldContain("does not match its hash");
        different.Out.ShouldContain("/position: recorded \"below\", replayed \"within\"");
    }

    [Fact]
    public async Task The_azurite_walk_through_records_queries_verifies_replays_and_catches_tampering()
    {
        string store = azurite.ConnectionString;
        string table = AzuriteFixture.NewTable();
        var placed = CliRunner.Run("place", "--roster", Repository.Sample("roster.csv"), "--out", _folder.File("p.csv"), "--rules", Repository.Rules, "--as-of", "2026-03-01", "--audit", store, "--audit-table", table);
        placed.ExitCode.ShouldBe(0, placed.Error);
        placed.Out.ShouldContain("audit: 20 decision(s) recorded in table:");

        var listed = CliRunner.Run("audit", "list", "--employee", "E1002", "--store", store, "--audit-table", table, "--json");
        listed.ExitCode.ShouldBe(0, listed.Error);
        using var page = System.Text.Json.JsonDocument.Parse(listed.Out);
        var decision = page.RootElement.GetProperty("decisions").EnumerateArray().Single();
        decision.GetProperty("employeeId").GetString().ShouldBe("E1002");
        decision.GetProperty("output").GetProperty("position").GetString().ShouldBe("within");
        string decisionId = decision.GetProperty("decisionId").GetString()!;

        CliRunner.Run("audit", "verify", "--store", store, "--audit-table", table).ShouldSatisfyAllConditions(
            v => v.ExitCode.ShouldBe(0),
            v => v.Out.ShouldContain("verified 20 record(s)"));
        var replayed = CliRunner.Run("audit", "replay", decisionId, "--store", store, "--audit-table", table, "--rules", Repository.Rules);
        replayed.ExitCode.ShouldBe(0, replayed.Error);
        replayed.Out.ShouldContain("identical");

        await AuditDrills.Tamper.RecordAsync(store, decisionId, table);
        var verified = CliRunner.Run("audit", "verify", "--store", store, "--audit-table", table);
        verified.ExitCode.ShouldBe(1);
        verified.Out.ShouldContain($"table {table}, PartitionKey 'c{decisionId[..2]}', RowKey 'r-");
        verified.Out.ShouldContain($"{decisionId}: altered");
    }

    [Fact]
    public void Eligibility_with_audit_prints_the_decision_id_and_a_rerun_does_not_record_twice()
    {
        string store = _folder.File("audit.db");
        string[] args = ["eligibility", "--employee", Repository.Sample("employee-cloud-upskilled.json"), "--rules", Repository.Rules, "--as-of", "2026-03-01", "--audit", store, "--json"];

        var first = CliRunner.Run(args);
        var second = CliRunner.Run(args);

        first.ExitCode.ShouldBe(0, first.Error);
        using var json = System.Text.Json.JsonDocument.Parse(first.Out);
        string id = json.RootElement.GetProperty("decisionId").GetString()!;
        DecisionIds.TryParse(id, out _, out _).ShouldBeTrue();
        second.Out.ShouldContain($"\"decisionId\": \"{id}\"");
        var shown = CliRunner.Run("audit", "show", id, "--store", store);
        shown.ExitCode.ShouldBe(0, shown.Error);
        shown.Out.ShouldContain("kind:            eligibility");
        shown.Out.ShouldContain("caller:          cli:");
    }

    [Fact]
    public void When_the_audit_store_is_down_no_placement_is_written_and_the_error_says_why()
    {
        string down = $"AccountName=devstoreaccount1;AccountKey={Audit.AzureTables.TableConnection.DevelopmentKey};TableEndpoint=http://127.0.0.1:9/devstoreaccount1";
        string output = _folder.File("p.csv");

        var placed = CliRunner.Run("place", "--roster", Repository.Sample("roster.csv"), "--out", output, "--rules", Repository.Rules, "--as-of", "2026-03-01", "--audit", down);

        placed.ExitCode.ShouldBe(2);
        placed.Error.ShouldContain("audit log failed");
        placed.Error.ShouldContain("unreachable");
        File.ReadAllLines(output).Length.ShouldBe(1, "only the header: no placement without its record");
    }

    [Fact]
    public async Task Audit_commands_explain_a_missing_store_an_unknown_decision_and_a_missing_query()
    {
        CliRunner.Run("audit", "verify", "--store", _folder.File("none.db")).ShouldSatisfyAllConditions(
            r => r.ExitCode.ShouldBe(2),
            r => r.Error.ShouldContain("no audit log at"));

        string store = _folder.File("audit.db");
        await SqliteDecisionLog.Open(store).DisposeAsync();
        CliRunner.Run("audit", "replay", "00-000000000001", "--store", store).ShouldSatisfyAllConditions(
            r => r.ExitCode.ShouldBe(2),
            r => r.Error.ShouldContain("No decision '00-000000000001'"));
        CliRunner.Run("audit", "list", "--store", store).ShouldSatisfyAllConditions(
            r => r.ExitCode.ShouldBe(2),
            r => r.Error.ShouldContain("--employee <id>, --release <id>, or --from/--to"));
        CliRunner.Run("audit", "list", "--employee", "E1", "--continue", "garbage", "--store", store).ShouldSatisfyAllConditions(
            r => r.ExitCode.ShouldBe(2),
            r => r.Error.ShouldContain("not a continuation token"));
    }
}
