using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace JobFramework.Comp.Audit.Sqlite;

/// <summary>
/// The embedded decision log: one SQLite file in WAL mode, created on first use. A batch is one
/// <c>BEGIN IMMEDIATE</c> transaction, so it is all-or-nothing and serialised against other processes
/// writing the same file; <c>synchronous=FULL</c> makes a committed batch survive a crash of the process
/// or the machine. Appends that arrive together share a transaction (<see cref="GroupCommit"/>).
/// </summary>
public sealed class SqliteDecisionLog : IDecisionLog, IChainReader
{
    /// <summary>Per-record payload limit, the same as the Table store's so the two accept the same decisions.</summary>
    public const int MaxPayloadChars = AuditLimits.MaxPayloadChars;

    private const int SqliteConstraint = 19;

    private readonly SqliteConnection _connection;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly GroupCommit _appends;
    private readonly TimeProvider _time;
    private readonly string _path;
    private long _transactions;

    private SqliteDecisionLog(SqliteConnection connection, string path, TimeProvider time)
    {
        _connection = connection;
        _path = path;
        _time = time;
        _appends = new GroupCommit(WriteTransaction);
    }

    public string Describe => "sqlite:" + _path;

    /// <summary>Transactions written so far: with <see cref="GroupCommit"/>, fewer than the append calls under load.</summary>
    internal long Transactions => Interlocked.Read(ref _transactions);

    public IChainReader Chains => this;

    /// <summary>Opens (creating when absent) the audit database at <paramref name="path"/>.</summary>
    public static SqliteDecisionLog Open(string path, TimeProvider? time = null)
    {
        string full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new AuditStoreException($"audit store '{path}' is a folder; give a file path such as {Path.Combine(path, "audit.db")}");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full, Pooling = false, DefaultTimeout = 30 }.ToString());
        try
        {
            connection.Open();
            // A 64 MiB page cache keeps the indexes' hot pages in memory while batches insert at random places in them.
            Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=30000; PRAGMA cache_size=-65536; PRAGMA wal_autocheckpoint=16384;");
            Execute(connection, SqliteSchema.Create);
            CheckLayout(connection, path);
            return new SqliteDecisionLog(connection, path, time ?? TimeProvider.System);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new AuditStoreException($"cannot open audit store '{path}': {e.Message} (is it an audit database written by comp?)", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public async Task<AppendResult> AppendAsync(DecisionDraft draft, CancellationToken cancellationToken = default) =>
        (await AppendBatchAsync([draft], cancellationToken).ConfigureAwait(false))[0];

    public Task<IReadOnlyList<AppendResult>> AppendBatchAsync(IReadOnlyList<DecisionDraft> drafts, CancellationToken cancellationToken = default)
    {
        Idempotency.Validate(drafts, MaxPayloadChars);
        return _appends.AppendAsync(drafts, cancellationToken);
    }

    // Runs inside GroupCommit's single writer; the gate keeps it apart from reads on the shared connection.
    private List<AppendResult> WriteTransaction(IReadOnlyList<DecisionDraft> drafts)
    {
        _gate.Wait();
        try
        {
            Interlocked.Increment(ref _transactions);
            return Guard(() => AppendLocked(drafts));
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<DecisionRecord?> GetAsync(string decisionId, CancellationToken cancellationToken = default)
    {
        // The id names its chain and sequence: the (chain, seq) key finds it, so the id column needs no index.
        if (!DecisionIds.TryParse(decisionId, out int chain, out long sequence))
        {
            return null;
        }

        var page = await QueryAsync("chain = $chain AND seq = $seq", [("$chain", chain), ("$seq", sequence)], "seq", 1, cancellationToken).ConfigureAwait(false);
        return page.Count > 0 ? page[0] : null;
    }

    public async Task<DecisionPage> QueryByEmployeeAsync(string employeeId, int pageSize, string? continuation = null, CancellationToken cancellationToken = default)
    {
        Paging.CheckPageSize(pageSize);
        long before = continuation is null ? long.MaxValue : Paging.ParseEmployeeToken(continuation);
        var rows = await QueryAsync("employee_id = $employee AND seq < $before", [("$employee", employeeId), ("$before", before)], "seq DESC", pageSize + 1, cancellationToken).ConfigureAwait(false);
        return Paging.Page(rows, pageSize, storeOrder: false);
    }

    public Task<DecisionPage> QueryByReleaseAsync(string releaseId, int pageSize, string? continuation = null, CancellationToken cancellationToken = default) =>
        QueryInStoreOrderAsync("release_id = $release", ("$release", releaseId), pageSize, continuation, cancellationToken);

    public Task<DecisionPage> QueryByTimeAsync(DateTimeOffset from, DateTimeOffset to, int pageSize, string? continuation = null, CancellationToken cancellationToken = default) =>
        QueryInStoreOrderAsync(
            "recorded_at >= $from AND recorded_at < $to",
            ("$from", DecisionClock.Format(DecisionClock.Normalize(from))),
            pageSize,
            continuation,
            cancellationToken,
            ("$to", DecisionClock.Format(DecisionClock.Normalize(to))));

    public async Task<IReadOnlyDictionary<int, ChainHead>> ReadHeadsAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return Guard(() =>
            {
                var heads = new Dictionary<int, ChainHead>();
                using var command = SqliteRows.Prepare(_connection, null, "SELECT chain, seq, hash, recorded_at FROM chain_heads");
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    heads[reader.GetInt32(0)] = new ChainHead(reader.GetInt64(1), reader.GetString(2), DateTimeOffset.Parse(reader.GetString(3), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal));
                }

                return heads;
            });
        }
        finally
        {
            _gate.Release();
        }
    }

    public async IAsyncEnumerable<StoredRecord> ReadChainAsync(int chain, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // A separate connection streams the chain without holding the writer's gate for the whole walk.
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(_path), Pooling = false, Mode = SqliteOpenMode.ReadOnly }.ToString());
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = SqliteRows.Prepare(connection, null, $"SELECT {SqliteSchema.Columns} FROM decisions WHERE chain = $chain ORDER BY seq DESC", "$chain");
        command.Parameters["$chain"].Value = chain;
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return SqliteRows.Read(reader, _path);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _connection.DisposeAsync().ConfigureAwait(false);
        _gate.Dispose();
        _appends.Dispose();
    }

    private List<AppendResult> AppendLocked(IReadOnlyList<DecisionDraft> drafts)
    {
        using var transaction = _connection.BeginTransaction(deferred: false);
        using var findKey = SqliteRows.Prepare(_connection, transaction, $"SELECT {SqliteSchema.Columns} FROM decisions WHERE employee_id = $employee AND idempotency_key = $key", "$employee", "$key");
        using var readHead = SqliteRows.Prepare(_connection, transaction, "SELECT seq, hash, recorded_at FROM chain_heads WHERE chain = $chain", "$chain");
        using var insert = SqliteRows.Prepare(_connection, transaction, SqliteSchema.Insert, "$id", "$chain", "$seq", "$kind", "$employee", "$asOf", "$release", "$releaseHash", "$input", "$output", "$caller", "$key", "$at", "$prev", "$hash");
        using var upsertHead = SqliteRows.Prepare(_connection, transaction, SqliteSchema.UpsertHead, "$chain", "$seq", "$hash", "$at");

        var heads = new Dictionary<int, DecisionRecord?>();
        var startHeads = new Dictionary<int, ChainHead?>();
        var results = new List<AppendResult>(drafts.Count);
        foreach (var draft in drafts)
        {
            int chain = DecisionChains.Of(draft.EmployeeId);
            if (!startHeads.TryGetValue(chain, out var head))
            {
                head = ReadHead(readHead, chain);
                startHeads[chain] = head;
            }

            var previous = heads.GetValueOrDefault(chain);
            long sequence = previous?.Sequence ?? head?.Sequence ?? 0;
            var record = DecisionRecord.Seal(
                draft, chain, sequence + 1,
                DecisionClock.Next(_time, previous?.RecordedAt ?? head?.RecordedAt),
                previous?.Hash ?? head?.Hash ?? DecisionChains.Genesis);
            SqliteRows.Bind(insert, record);
            try
            {
                insert.ExecuteNonQuery();
            }
            catch (SqliteException e) when (e.SqliteErrorCode == SqliteConstraint && draft.IdempotencyKey is { } key)
            {
                // The unique (employee, key) index refused it: a retry. Only this statement was undone; the
                // transaction and the chain position stay as they were.
                var original = FindByKey(findKey, draft.EmployeeId, key) ?? throw new AuditStoreException($"audit store '{_path}' refused decision {record.DecisionId}: {e.Message}", e);
                results.Add(Idempotency.Replayed(original, draft));
                continue;
            }

            heads[chain] = record;
            results.Add(new AppendResult(record, Created: true));
        }

        foreach (var (chain, last) in heads)
        {
            upsertHead.Parameters["$chain"].Value = chain;
            upsertHead.Parameters["$seq"].Value = last!.Sequence;
            upsertHead.Parameters["$hash"].Value = last.Hash;
            upsertHead.Parameters["$at"].Value = DecisionClock.Format(last.RecordedAt);
            upsertHead.ExecuteNonQuery();
        }

        transaction.Commit();
        return results;
    }

    private DecisionRecord? FindByKey(SqliteCommand findKey, string employeeId, string key)
    {
        findKey.Parameters["$employee"].Value = employeeId;
        findKey.Parameters["$key"].Value = key;
        using var reader = findKey.ExecuteReader();
        return reader.Read() ? SqliteRows.Read(reader, _path).Record : null;
    }

    private static ChainHead? ReadHead(SqliteCommand readHead, int chain)
    {
        readHead.Parameters["$chain"].Value = chain;
        using var reader = readHead.ExecuteReader();
        return reader.Read()
            ? new ChainHead(reader.GetInt64(0), reader.GetString(1), DateTimeOffset.Parse(reader.GetString(2), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal))
            : null;
    }

    private async Task<DecisionPage> QueryInStoreOrderAsync(string filter, (string, object) parameter, int pageSize, string? continuation, CancellationToken cancellationToken, (string, object)? extra = null)
    {
        Paging.CheckPageSize(pageSize);
        var (chain, before) = continuation is null ? (0, long.MaxValue) : Paging.ParseStoreOrderToken(continuation);
        List<(string, object)> parameters = [parameter, ("$chain", chain), ("$before", before)];
        if (extra is { } more)
        {
            parameters.Add(more);
        }

        var rows = await QueryAsync($"{filter} AND (chain > $chain OR (chain = $chain AND seq < $before))", parameters, "chain, seq DESC", pageSize + 1, cancellationToken).ConfigureAwait(false);
        return Paging.Page(rows, pageSize, storeOrder: true);
    }

    private async Task<List<DecisionRecord>> QueryAsync(string where, IReadOnlyList<(string Name, object Value)> parameters, string orderBy, int limit, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return Guard(() =>
            {
                using var command = _connection.CreateCommand();
                command.CommandText = $"SELECT {SqliteSchema.Columns} FROM decisions WHERE {where} ORDER BY {orderBy} LIMIT {limit.ToString(CultureInfo.InvariantCulture)}";
                foreach (var (name, value) in parameters)
                {
                    command.Parameters.AddWithValue(name, value);
                }

                var records = new List<DecisionRecord>();
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    var stored = SqliteRows.Read(reader, _path);
                    records.Add(stored.Record ?? throw new AuditStoreException($"{stored.Location} cannot be read: {stored.Problem}; run 'comp audit verify'"));
                }

                return records;
            });
        }
        finally
        {
            _gate.Release();
        }
    }

    private T Guard<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (SqliteException e)
        {
            throw new AuditStoreException($"audit store '{_path}' failed: {e.Message}", e);
        }
    }

    private static void CheckLayout(SqliteConnection connection, string path)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT key, value FROM audit_layout WHERE key IN ('format', 'chains')";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            string expected = reader.GetString(0) == "format" ? SqliteSchema.FormatVersion : DecisionChains.Count.ToString(CultureInfo.InvariantCulture);
            if (reader.GetString(1) != expected)
            {
                throw new AuditStoreException($"audit store '{path}' has {reader.GetString(0)} {reader.GetString(1)}, this version of comp writes {expected}: use the comp version that created it");
            }
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
