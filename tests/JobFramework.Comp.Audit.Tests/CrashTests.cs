using System.Diagnostics;
using JobFramework.Comp.Audit.AzureTables;
using JobFramework.Comp.Audit.Tests.Support;
using Microsoft.Data.Sqlite;

namespace JobFramework.Comp.Audit.Tests;

/// <summary>
/// Crashes in the middle of recording: the comp process killed (SIGKILL) mid-roster, the storage server
/// stopped mid-batch. Every acknowledged decision must survive, and the retry must record the rest exactly once.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class CrashTests(AzuriteFixture azurite) : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Killing_comp_mid_roster_loses_no_written_placement_and_the_rerun_records_each_employee_once_on_sqlite()
    {
        const int Rows = 100_000;
        string store = _folder.File("audit.db");
        string roster = CompCli.WriteRoster(_folder.File("roster.csv"), Rows);

        long atKill = await RunAndKill(["--audit", store], roster, async () => File.Exists(store) ? await CountSqlite(store) : 0, threshold: 2_000);

        await AssertEveryWrittenPlacementIsRecorded(Sqlite.SqliteDecisionLog.Open(store), atKill, Rows);
        var rerun = Place(roster, "--audit", store);
        rerun.ExitCode.ShouldBe(0, rerun.Error);
        rerun.Out.ShouldContain($"already recorded by an earlier run");
        await using var log = Sqlite.SqliteDecisionLog.Open(store);
        await AssertComplete(log, Rows);
    }

    [Fact]
    public async Task Killing_comp_mid_roster_loses_no_written_placement_and_the_rerun_records_each_employee_once_on_table_storage()
    {
        const int Rows = 6_000;
        string table = AzuriteFixture.NewTable();
        string roster = CompCli.WriteRoster(_folder.File("roster.csv"), Rows);
        var log = new TableDecisionLog(new AuditTable(TableConnection.Parse(azurite.ConnectionString), table));

        long atKill = await RunAndKill(["--audit", azurite.ConnectionString, "--audit-table", table], roster, async () => await CountTable(log), threshold: 300);

        await AssertEveryWrittenPlacementIsRecorded(log, atKill, Rows);
        var rerun = Place(roster, "--audit", azurite.ConnectionString, "--audit-table", table);
        rerun.ExitCode.ShouldBe(0, rerun.Error);
        await AssertComplete(log, Rows);
    }

    [Fact]
    public async Task Stopping_the_storage_server_mid_batch_loses_no_acknowledged_decision_and_the_retry_duplicates_none()
    {
        string data = _folder.File("azurite-data");
        Directory.CreateDirectory(data);
        var server = AzuriteServer.Start(location: data);
        int port = server.Port;
        string connection = server.ConnectionString;
        var options = AuditTableOptions.Create();
        options.Retry.MaxRetries = 1;
        options.Retry.Delay = TimeSpan.FromMilliseconds(20);
        var log = new TableDecisionLog(new AuditTable(TableConnection.Parse(connection), "decisions", options));
        var batches = Enumerable.Range(0, 400).Select(b => Enumerable.Range(0, 50).Select(i => Decisions.Placement($"B{b:D3}-{i:D2}", key: $"batch-{b}-{i}")).ToList()).ToList();
        var acknowledged = new List<string>();
        int failedBatch = -1;
        AuditStoreException? failure = null;
        var writer = Task.Run(async () =>
        {
            for (int b = 0; b < batches.Count; b++)
            {
                try
                {
                    var results = await log.AppendBatchAsync(batches[b]);
                    lock (acknowledged)
                    {
                        acknowledged.AddRange(results.Select(r => r.Record.DecisionId));
                    }
                }
                catch (AuditStoreException e)
                {
                    (failedBatch, failure) = (b, e);
                    return;
                }
            }
        });
        while (true)
        {
            lock (acknowledged)
            {
                if (acknowledged.Count >= 500)
                {
                    break;
                }
            }

            await Task.Delay(5);
        }

        server.Terminate();
        await writer;
        failedBatch.ShouldBeGreaterThan(0, "the server was killed while batches were still being written");
        failure!.Message.ShouldContain("unreachable");

        using var restarted = AzuriteServer.Start(location: data, port: port);
        var retry = new TableDecisionLog(new AuditTable(TableConnection.Parse(connection), "decisions"));
        foreach (var id in acknowledged)
        {
            (await retry.GetAsync(id)).ShouldNotBeNull($"acknowledged decision {id} was lost");
        }

        var retried = await retry.AppendBatchAsync(batches[failedBatch]);
        retried.Select(r => r.Record.EmployeeId).ShouldBe(batches[failedBatch].Select(d => d.EmployeeId));
        var report = await ChainVerifier.VerifyAsync(retry.Chains);
        report.Problems.ShouldBeEmpty();
        report.RecordsChecked.ShouldBe(acknowledged.Count + batches[failedBatch].Count, "every acknowledged decision plus the retried batch, each once");
        server.Dispose();
    }

    private (int ExitCode, string Out, string Error) Place(string roster, params string[] audit) =>
        CliRunner.Run(["place", "--roster", roster, "--out", _folder.File("placements.csv"), "--rules", Repository.Rules, "--as-of", "2026-03-01", .. audit]);

    /// <summary>Starts comp place in its own process and kills it once <paramref name="count"/> passes the threshold; returns the count then.</summary>
    private async Task<long> RunAndKill(string[] audit, string roster, Func<Task<long>> count, long threshold)
    {
        using var process = CompCli.Start(["place", "--roster", roster, "--out", _folder.File("placements.csv"), "--rules", Repository.Rules, "--as-of", "2026-03-01", .. audit]);
        var clock = Stopwatch.StartNew();
        long seen = 0;
        while (!process.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            try
            {
                seen = await count();
            }
            catch (Exception e) when (e is SqliteException or AuditStoreException)
            {
                // The store is still being created by the process.
            }

            if (seen >= threshold)
            {
                break;
            }

            await Task.Delay(10);
        }

        process.HasExited.ShouldBeFalse($"comp finished before it could be killed ({seen} recorded); the roster must be longer. stderr: {(process.HasExited ? await process.StandardError.ReadToEndAsync() : "")}");
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        return seen;
    }

    private async Task AssertEveryWrittenPlacementIsRecorded(IDecisionLog log, long atKill, int rows)
    {
        var written = File.ReadAllLines(_folder.File("placements.csv")).Skip(1)
            .Where(line => line.EndsWith("2026-h1", StringComparison.Ordinal)) // a line cut by the kill is not a placement
            .Select(line => line[..line.IndexOf(',', StringComparison.Ordinal)]).ToHashSet();
        var recorded = await RecordedEmployees(log);
        recorded.Count.ShouldBeGreaterThanOrEqualTo((int)atKill);
        recorded.Count.ShouldBeLessThan(rows, "the kill happened mid-roster");
        written.ShouldAllBe(id => recorded.Contains(id));
        await log.DisposeAsync();
    }

    private static async Task AssertComplete(IDecisionLog log, int rows)
    {
        var report = await ChainVerifier.VerifyAsync(log.Chains);
        report.Problems.ShouldBeEmpty();
        report.RecordsChecked.ShouldBe(rows);
        (await RecordedEmployees(log)).Count.ShouldBe(rows);
    }

    private static async Task<HashSet<string>> RecordedEmployees(IDecisionLog log)
    {
        var employees = new HashSet<string>();
        for (int chain = 0; chain < DecisionChains.Count; chain++)
        {
            await foreach (var stored in log.Chains.ReadChainAsync(chain))
            {
                employees.Add(stored.Record!.EmployeeId).ShouldBeTrue($"{stored.Record.EmployeeId} recorded twice");
            }
        }

        return employees;
    }


    private static async Task<long> CountSqlite(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM decisions";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<long> CountTable(TableDecisionLog log) =>
        (await log.ReadHeadsAsync()).Values.Sum(h => h.Sequence);
}
