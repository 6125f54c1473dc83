using System.Diagnostics;
using System.Globalization;
using JobFramework.Comp.Audit;
using JobFramework.Comp.Audit.AzureTables;
using JobFramework.Comp.Audit.Sqlite;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Workload;
using Microsoft.Data.Sqlite;

namespace JobFramework.Comp.Benchmarks;

/// <summary>
/// The audit targets: append throughput with batching (SQLite, Table Storage) and verification memory.
/// Drafts are real placements of the canonical workload, built before the clock starts.
/// For SQLite the same run also times plain INSERTs of the same rows in the same transactions — the floor
/// our chain, idempotency index and head upkeep are measured against.
/// </summary>
internal static class AuditThroughput
{
    /// <summary>Decisions per append call; the CLI's batch size unless AUDIT_BATCH says otherwise.</summary>
    public static int BatchSize { get; set; } = Cli.Audit.DecisionRecorder.BatchSize;

    /// <summary><c>audit-append sqlite N</c> or <c>audit-append table N CONNECTION</c>.</summary>
    public static async Task<int> Append(string store, int n, string? connection)
    {
        var drafts = Drafts(n);
        string folder = Path.Combine(Path.GetTempPath(), "comp-audit-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var table = new AuditTable(TableConnection.Parse(connection ?? "UseDevelopmentStorage=true"), "bench" + Guid.NewGuid().ToString("N")[..12]);
            IDecisionLog log = store == "sqlite"
                ? SqliteDecisionLog.Open(Path.Combine(folder, "audit.db"))
                : new TableDecisionLog(table);
            await using (log)
            {
                await log.AppendBatchAsync(drafts.Take(BatchSize).Select(d => d with { EmployeeId = "warmup-" + d.EmployeeId }).ToList());
                var clock = Stopwatch.StartNew();
                for (int i = 0; i < drafts.Count; i += BatchSize)
                {
                    await log.AppendBatchAsync(drafts.GetRange(i, Math.Min(BatchSize, drafts.Count - i)));
                }

                clock.Stop();
                Report($"{log.Describe}: appended", n, clock.Elapsed);
                var sealing = Stopwatch.StartNew();
                string previous = DecisionChains.Genesis;
                foreach (var draft in drafts)
                {
                    previous = DecisionRecord.Seal(draft, 0, 1, DateTimeOffset.UtcNow, previous).Hash;
                }

                Report("sealing alone (canonical bytes + SHA-256), for comparison", n, sealing.Elapsed);
                var floor = store == "sqlite"
                    ? PlainInserts(Path.Combine(folder, "plain.db"), drafts)
                    : await PlainTransactions(table, drafts);
                Report(store == "sqlite" ? "plain INSERTs of the same rows (no chain, no idempotency, no indexes)" : "plain transactions of the record entities alone (99 per transaction, no head, index or key rows)", n, floor);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio audit append / plain: {clock.Elapsed / floor:F2}x"));
                if (log is SqliteDecisionLog sqlite)
                {
                    var unindexed = UnindexedRows(Path.Combine(folder, "unindexed.db"), drafts);
                    Report("the store's own rows, sealed beforehand, into its table without its UNIQUE (chain, seq) and three indexes", n, unindexed);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio audit append / unindexed rows: {clock.Elapsed / unindexed:F2}x"));
                    await DurableCommitCost(sqlite, drafts, clock.Elapsed / n);
                }
                if (store != "sqlite")
                {
                    await table.DeleteTableAsync();
                }
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        return 0;
    }

    /// <summary>
    /// What the durable commit costs a request: one decision per append call, first from one caller (every call its
    /// own fsync), then from 16 concurrent callers as the service appends (group commit shares each fsync), beside the
    /// per-decision time of the batched run.
    /// </summary>
    private static async Task DurableCommitCost(SqliteDecisionLog log, List<DecisionDraft> drafts, TimeSpan batchedPerDecision)
    {
        var alone = drafts.Take(Math.Min(1000, drafts.Count)).Select(d => d with { EmployeeId = "alone-" + d.EmployeeId }).ToList();
        var clock = Stopwatch.StartNew();
        foreach (var draft in alone)
        {
            await log.AppendAsync(draft);
        }

        var perCall = clock.Elapsed / alone.Count;
        var together = drafts.Take(Math.Min(40_000, drafts.Count)).Select(d => d with { EmployeeId = "together-" + d.EmployeeId }).ToList();
        long transactionsBefore = log.Transactions;
        int next = -1;
        clock.Restart();
        await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(async () =>
        {
            for (int i = Interlocked.Increment(ref next); i < together.Count; i = Interlocked.Increment(ref next))
            {
                await log.AppendAsync(together[i]);
            }
        })));
        var perDecision = clock.Elapsed / together.Count;
        double perCommit = together.Count / (double)(log.Transactions - transactionsBefore);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"one decision per call, one caller: {alone.Count} calls, {perCall.TotalMilliseconds:F2} ms each = {1 / perCall.TotalSeconds:F0} decisions/s (a durable commit per call)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"one decision per call, 16 concurrent callers: {together.Count} calls, {1 / perDecision.TotalSeconds:F0} decisions/s, {perCommit:F1} decisions per commit; " +
            $"{perDecision.TotalMicroseconds:F0} µs per decision vs {batchedPerDecision.TotalMicroseconds:F0} µs batched: the group commit costs a request {(perDecision - batchedPerDecision).TotalMicroseconds:F0} µs"));
    }

    /// <summary><c>audit-fill N DB</c>: a SQLite audit log of N decisions, for <c>comp audit verify</c>.</summary>
    public static async Task<int> Fill(int n, string path)
    {
        var template = Drafts(Math.Min(n, 20_000));
        await using var log = SqliteDecisionLog.Open(path);
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < n; i += BatchSize)
        {
            var batch = new List<DecisionDraft>(BatchSize);
            for (int j = i; j < Math.Min(n, i + BatchSize); j++)
            {
                batch.Add(template[j % template.Count] with { EmployeeId = "F" + j.ToString("D8", CultureInfo.InvariantCulture) });
            }

            await log.AppendBatchAsync(batch);
        }

        Report($"filled {path}", n, clock.Elapsed);
        return 0;
    }

    private static List<DecisionDraft> Drafts(int n)
    {
        var workload = WorkloadGenerator.Generate(n);
        var release = WorkloadRelease.Compile(workload);
        var evaluator = new Evaluator(release);
        var asOf = new DateOnly(2026, 3, 1);
        return workload.Employees.Select(WorkloadRelease.ToEmployee).Select(employee =>
        {
            var placement = evaluator.Place(employee);
            return new DecisionDraft(
                DecisionKind.Placement, employee.Id, asOf, release.Id, release.ContentHash,
                DecisionPayloads.Input(employee), DecisionPayloads.Output(placement.Value), "bench", "bench:" + employee.Id);
        }).ToList();
    }

    /// <summary>Azurite's own ceiling on this machine: the same record entities in full transactions, 8 partitions in parallel.</summary>
    private static async Task<TimeSpan> PlainTransactions(AuditTable table, List<DecisionDraft> drafts)
    {
        var records = drafts.Select((d, i) => DecisionRecord.Seal(d, i % DecisionChains.Count, 1_000_000 + i, DateTimeOffset.UtcNow, DecisionChains.Genesis)).ToList();
        var transactions = records.GroupBy(r => r.Chain).SelectMany(chain => chain.Chunk(99)).Select(chunk =>
        {
            var transaction = new AuditTransaction(TableKeys.Partition(chunk[0].Chain));
            foreach (var record in chunk)
            {
                transaction.Insert(DecisionEntities.ToEntity(record));
            }

            return transaction;
        }).ToList();
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(transactions, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (t, c) => await table.SubmitTransactionAsync(t, c));
        return clock.Elapsed;
    }

    /// <summary>
    /// The store's own insert of the same records, sealed before the clock starts, into a table with the decisions
    /// table's columns and nothing else: what the row costs without the chain's reads, the head and the indexes.
    /// </summary>
    private static TimeSpan UnindexedRows(string path, List<DecisionDraft> drafts)
    {
        var records = drafts.Select((d, i) => DecisionRecord.Seal(d, i % DecisionChains.Count, 1 + (i / DecisionChains.Count), DateTimeOffset.UtcNow, DecisionChains.Genesis)).ToList();
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using (var setup = connection.CreateCommand())
        {
            setup.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA cache_size=-65536; PRAGMA wal_autocheckpoint=16384; "
                + "CREATE TABLE decisions (" + SqliteSchema.DecisionColumns + ")";
            setup.ExecuteNonQuery();
        }

        var clock = Stopwatch.StartNew();
        for (int i = 0; i < records.Count; i += BatchSize)
        {
            using var transaction = connection.BeginTransaction();
            using var insert = SqliteRows.Prepare(connection, transaction, SqliteSchema.Insert, "$id", "$chain", "$seq", "$kind", "$employee", "$asOf", "$release", "$releaseHash", "$input", "$output", "$caller", "$key", "$at", "$prev", "$hash");
            foreach (var record in records.Skip(i).Take(BatchSize))
            {
                SqliteRows.Bind(insert, record);
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        return clock.Elapsed;
    }

    private static TimeSpan PlainInserts(string path, List<DecisionDraft> drafts)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using (var setup = connection.CreateCommand())
        {
            setup.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; CREATE TABLE d (employee_id TEXT, input TEXT, output TEXT, release_hash TEXT)";
            setup.ExecuteNonQuery();
        }

        var clock = Stopwatch.StartNew();
        for (int i = 0; i < drafts.Count; i += BatchSize)
        {
            using var transaction = connection.BeginTransaction();
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO d VALUES ($e, $i, $o, $h)";
            var e = insert.Parameters.Add("$e", SqliteType.Text);
            var input = insert.Parameters.Add("$i", SqliteType.Text);
            var output = insert.Parameters.Add("$o", SqliteType.Text);
            var hash = insert.Parameters.Add("$h", SqliteType.Text);
            foreach (var draft in drafts.Skip(i).Take(BatchSize))
            {
                (e.Value, input.Value, output.Value, hash.Value) = (draft.EmployeeId, draft.Input, draft.Output, draft.ReleaseHash);
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        return clock.Elapsed;
    }

    private static void Report(string what, int n, TimeSpan elapsed) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: {n} decisions in {elapsed.TotalSeconds:F2} s = {n / elapsed.TotalSeconds:F0} decisions/s (batches of {BatchSize})"));
}
