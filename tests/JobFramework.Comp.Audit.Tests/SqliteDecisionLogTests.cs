using JobFramework.Comp.Audit.Sqlite;
using JobFramework.Comp.Audit.Tests.Support;
using Microsoft.Data.Sqlite;

namespace JobFramework.Comp.Audit.Tests;

/// <summary>The contract against a real SQLite file; tampering goes through a second, raw connection.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes it through IAsyncLifetime.DisposeAsync")]
public sealed class SqliteDecisionLogTests : DecisionLogContract
{
    private readonly TempFolder _folder = new();

    private string DatabasePath => _folder.File("audit.db");

    protected override IDecisionLog OpenWriter(TimeProvider? time = null) => SqliteDecisionLog.Open(DatabasePath, time);

    protected override Task AlterOutputAsync(DecisionRecord record, string output) =>
        Raw("UPDATE decisions SET output = $v WHERE decision_id = $id", ("$v", output), ("$id", record.DecisionId));

    protected override Task DeleteAsync(DecisionRecord record) =>
        Raw("DELETE FROM decisions WHERE decision_id = $id", ("$id", record.DecisionId));

    protected override async Task SwapAsync(DecisionRecord first, DecisionRecord second)
    {
        await Raw("UPDATE decisions SET seq = -1 WHERE decision_id = $id", ("$id", first.DecisionId));
        await Raw("UPDATE decisions SET seq = $seq WHERE decision_id = $id", ("$seq", first.Sequence), ("$id", second.DecisionId));
        await Raw("UPDATE decisions SET seq = $seq WHERE decision_id = $id", ("$seq", second.Sequence), ("$id", first.DecisionId));
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task The_database_is_created_on_first_use_in_wal_mode_and_refuses_in_place_edits()
    {
        var log = Log();
        var record = (await log.AppendAsync(Decisions.Placement("S1"))).Record;

        File.Exists(DatabasePath).ShouldBeTrue();
        (await Scalar("PRAGMA journal_mode")).ShouldBe("wal");
        var error = await Should.ThrowAsync<SqliteException>(() => Execute(DatabasePath, "UPDATE decisions SET output = 'x' WHERE decision_id = $id", ("$id", record.DecisionId)));
        error.Message.ShouldContain("append-only");
    }

    [Fact]
    public async Task Concurrent_appends_share_transactions_and_each_caller_gets_exactly_its_own_record()
    {
        var log = Log();
        var drafts = Enumerable.Range(0, 300).Select(i => Decisions.Placement("G" + i, 90_000m + i, key: "k-g" + i)).ToArray();

        var results = await Task.WhenAll(drafts.Select(d => Task.Run(() => log.AppendAsync(d))));

        results.ShouldAllBe(r => r.Created);
        results.Select(r => r.Record.EmployeeId).ShouldBe(drafts.Select(d => d.EmployeeId));
        results.Select(r => r.Record.IdempotencyKey).ShouldBe(drafts.Select(d => d.IdempotencyKey));
        results.Select(r => r.Record.DecisionId).Distinct().Count().ShouldBe(300);
        (await Scalar("SELECT COUNT(*) FROM decisions")).ShouldBe(300L);
        (await ChainVerifier.VerifyAsync(log.Chains)).Problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_conflicting_key_among_concurrent_appends_fails_only_its_own_caller()
    {
        var log = Log();
        await log.AppendAsync(Decisions.Placement("C0", 90_000m, key: "taken"));
        var drafts = Enumerable.Range(1, 60).Select(i => Decisions.Placement("C" + i, 90_000m + i, key: "k-c" + i))
            .Append(Decisions.Placement("C0", 95_000m, key: "taken")).ToArray();

        var outcomes = await Task.WhenAll(drafts.Select(d => Task.Run(async () =>
        {
            try
            {
                return (await log.AppendAsync(d)).Created ? "created" : "replayed";
            }
            catch (IdempotencyConflictException)
            {
                return "conflict";
            }
        })));

        outcomes[..60].ShouldAllBe(o => o == "created");
        outcomes[60].ShouldBe("conflict");
        (await Scalar("SELECT COUNT(*) FROM decisions")).ShouldBe(61L);
    }

    [Fact]
    public void A_file_that_is_not_an_audit_database_is_refused_with_a_clear_error()
    {
        File.WriteAllText(DatabasePath, "this is not a database, it is a note");

        var error = Should.Throw<AuditStoreException>(() => SqliteDecisionLog.Open(DatabasePath));

        error.Message.ShouldContain(DatabasePath);
        error.Message.ShouldContain("audit database");
    }

    [Fact]
    public void A_folder_given_as_the_store_is_refused_with_the_fix()
    {
        var error = Should.Throw<AuditStoreException>(() => SqliteDecisionLog.Open(_folder.Path));

        error.Message.ShouldContain("is a folder");
    }

    private async Task Raw(string sql, params (string Name, object Value)[] parameters)
    {
        await Execute(DatabasePath, "DROP TRIGGER IF EXISTS decisions_are_append_only_update; DROP TRIGGER IF EXISTS decisions_are_append_only_delete;");
        await Execute(DatabasePath, sql, parameters);
    }

    private async Task<object?> Scalar(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    internal static async Task Execute(string path, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync();
    }
}
