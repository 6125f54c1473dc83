using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using Azure;
using Azure.Core;
using Azure.Data.Tables;
using JobFramework.Comp.Audit;

namespace JobFramework.Comp.Audit.AzureTables;

/// <summary>
/// The decision log on Azure Table Storage (key design: <see cref="TableKeys"/>). An append writes, per
/// chain, one entity group transaction holding the records, their index rows and idempotency rows, and the
/// chain head replaced under its ETag: it applies whole or not at all, and a concurrent writer makes it fail
/// (412 on the head, 409 on a key) rather than fork the chain — the append then re-reads and retries.
/// Chains commit independently, so a batch spanning chains that fails part-way names how many decisions
/// were recorded; retrying with the same idempotency keys records the rest exactly once.
/// </summary>
public sealed class TableDecisionLog : IDecisionLog, IChainReader
{
    /// <summary>Per-record payload limit: a string property holds 64 KiB (32K UTF-16 characters).</summary>
    public const int MaxPayloadChars = AuditLimits.MaxPayloadChars;

    private const int MaxAttempts = 30;
    private const int ChainsInParallel = 8;

    private readonly AuditTable _table;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<int, CachedHead> _heads = new();
    private readonly SemaphoreSlim _ensure = new(1, 1);
    private bool _tableReady;

    public TableDecisionLog(AuditTable table, TimeProvider? time = null)
    {
        _table = table ?? throw new ArgumentNullException(nameof(table));
        _time = time ?? TimeProvider.System;
    }

    public string Describe => $"table:{_table.Connection.Endpoint.AbsoluteUri.TrimEnd('/')}/{_table.TableName}";

    public IChainReader Chains => this;

    /// <summary>Opens the log from a connection string (see <see cref="TableConnection"/>).</summary>
    public static TableDecisionLog Open(string connectionString, string tableName = "decisions", TableClientOptions? options = null, TokenCredential? credential = null) =>
        new(new AuditTable(TableConnection.Parse(connectionString), tableName, options, credential));

    public async Task<AppendResult> AppendAsync(DecisionDraft draft, CancellationToken cancellationToken = default) =>
        (await AppendBatchAsync([draft], cancellationToken).ConfigureAwait(false))[0];

    public async Task<IReadOnlyList<AppendResult>> AppendBatchAsync(IReadOnlyList<DecisionDraft> drafts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        Idempotency.Validate(drafts, MaxPayloadChars);
        var results = new AppendResult?[drafts.Count];
        try
        {
            await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
            var chains = Enumerable.Range(0, drafts.Count).GroupBy(i => DecisionChains.Of(drafts[i].EmployeeId));
            await Parallel.ForEachAsync(
                chains,
                new ParallelOptions { MaxDegreeOfParallelism = ChainsInParallel, CancellationToken = cancellationToken },
                async (group, token) => await AppendToChainAsync(group.Key, group.ToList(), drafts, results, token).ConfigureAwait(false)).ConfigureAwait(false);
        }
        catch (Exception e) when (IsStoreFailure(e, cancellationToken))
        {
            int recorded = results.Count(r => r is { Created: true });
            string partial = recorded == 0
                ? "nothing was recorded"
                : $"{recorded} of {drafts.Count} decisions were recorded before the failure; retry with the same idempotency keys to record the rest exactly once";
            throw Failure(e, partial);
        }

        return results!;
    }

    public async Task<DecisionRecord?> GetAsync(string decisionId, CancellationToken cancellationToken = default)
    {
        if (!DecisionIds.TryParse(decisionId, out int chain, out long sequence))
        {
            return null;
        }

        var entity = await Read(() => _table.GetAsync(TableKeys.Partition(chain), TableKeys.Record(sequence), cancellationToken), cancellationToken).ConfigureAwait(false);
        return entity is null ? null : Readable(DecisionEntities.Read(entity, _table.TableName));
    }

    public async Task<DecisionPage> QueryByEmployeeAsync(string employeeId, int pageSize, string? continuation = null, CancellationToken cancellationToken = default)
    {
        Paging.CheckPageSize(pageSize);
        long before = continuation is null ? long.MaxValue : Paging.ParseEmployeeToken(continuation);
        int chain = DecisionChains.Of(employeeId);
        string filter = $"PartitionKey eq {TableKeys.Quote(TableKeys.Partition(chain))} and RowKey gt {TableKeys.Quote(TableKeys.EmployeePrefix(employeeId))} and RowKey lt {TableKeys.Quote(TableKeys.EmployeeEnd(employeeId))}";
        var index = await Read(() => Collect(filter, int.MaxValue, cancellationToken), cancellationToken).ConfigureAwait(false);
        var sequences = index.Select(i => i.GetInt64("Sequence") ?? 0).Where(s => s < before).OrderDescending().Take(pageSize + 1);
        var records = await Task.WhenAll(sequences.Select(s => GetAsync(DecisionIds.Format(chain, s), cancellationToken))).ConfigureAwait(false);
        var found = records.Select(r => r ?? throw new AuditStoreException($"an index row of employee '{employeeId}' points at a missing record; run 'comp audit verify'")).ToList();
        return Paging.Page(found, pageSize, storeOrder: false);
    }

    public Task<DecisionPage> QueryByReleaseAsync(string releaseId, int pageSize, string? continuation = null, CancellationToken cancellationToken = default) =>
        QueryInStoreOrderAsync($"ReleaseId eq {TableKeys.Quote(releaseId)}", pageSize, continuation, cancellationToken);

    public Task<DecisionPage> QueryByTimeAsync(DateTimeOffset from, DateTimeOffset to, int pageSize, string? continuation = null, CancellationToken cancellationToken = default) =>
        QueryInStoreOrderAsync($"RecordedAt ge datetime'{Iso(from)}' and RecordedAt lt datetime'{Iso(to)}'", pageSize, continuation, cancellationToken);

    public async Task<IReadOnlyDictionary<int, ChainHead>> ReadHeadsAsync(CancellationToken cancellationToken = default)
    {
        var heads = await Read(() => Task.WhenAll(Enumerable.Range(0, DecisionChains.Count).Select(c => _table.GetAsync(TableKeys.Partition(c), TableKeys.Head, cancellationToken))), cancellationToken).ConfigureAwait(false);
        var result = new Dictionary<int, ChainHead>();
        for (int chain = 0; chain < heads.Length; chain++)
        {
            if (DecisionEntities.ToHead(heads[chain]) is { } head)
            {
                result[chain] = head;
            }
        }

        return result;
    }

    public async IAsyncEnumerable<StoredRecord> ReadChainAsync(int chain, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string filter = $"PartitionKey eq {TableKeys.Quote(TableKeys.Partition(chain))} and RowKey ge '{TableKeys.RecordPrefix}' and RowKey lt '{TableKeys.RecordEnd}'";
        await using var pages = _table.QueryAsync(filter, 1000, cancellationToken).GetAsyncEnumerator(cancellationToken);
        while (await Read(async () => await pages.MoveNextAsync().ConfigureAwait(false), cancellationToken).ConfigureAwait(false))
        {
            foreach (var entity in pages.Current)
            {
                yield return DecisionEntities.Read(entity, _table.TableName);
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        _ensure.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task AppendToChainAsync(int chain, List<int> indexes, IReadOnlyList<DecisionDraft> drafts, AppendResult?[] results, CancellationToken cancellationToken)
    {
        string partition = TableKeys.Partition(chain);
        var pending = new List<int>(indexes);
        for (int attempt = 1; pending.Count > 0; attempt++)
        {
            var head = await HeadAsync(chain, cancellationToken).ConfigureAwait(false);
            var transaction = new AuditTransaction(partition);
            var sealedRecords = new List<(int Index, DecisionRecord Record)>();
            var keysInTransaction = new Dictionary<string, DecisionRecord>(StringComparer.Ordinal);
            var replays = new List<(int Index, DecisionRecord Original)>();
            long sequence = head?.Sequence ?? 0;
            string previousHash = head?.Hash ?? DecisionChains.Genesis;
            DateTimeOffset? previousTime = head?.RecordedAt;
            foreach (int index in pending)
            {
                var draft = drafts[index];
                string? keyRow = draft.IdempotencyKey is { } key ? TableKeys.EmployeeIndex(draft.EmployeeId, key, 0) : null;
                if (keyRow is not null && keysInTransaction.TryGetValue(keyRow, out var earlier))
                {
                    replays.Add((index, earlier));
                    continue;
                }

                const int operations = 2;
                int estimatedBytes = (draft.Input.Length + draft.Output.Length) * 3 + 2048;
                if (transaction.Actions.Count + operations + 1 > AuditTransaction.MaxOperations || transaction.PayloadBytes + estimatedBytes > AuditTransaction.MaxPayloadBytes)
                {
                    break;
                }

                var record = DecisionRecord.Seal(draft, chain, sequence + 1, DecisionClock.Next(_time, previousTime), previousHash);
                transaction.Insert(DecisionEntities.ToEntity(record));
                transaction.Insert(new TableEntity(partition, TableKeys.EmployeeIndex(record.EmployeeId, record.IdempotencyKey, record.Sequence)) { ["DecisionId"] = record.DecisionId, ["Sequence"] = record.Sequence });
                if (keyRow is not null)
                {
                    keysInTransaction[keyRow] = record;
                }

                sealedRecords.Add((index, record));
                (sequence, previousHash, previousTime) = (record.Sequence, record.Hash, record.RecordedAt);
            }

            if (sealedRecords.Count == 0 && replays.Count == 0)
            {
                throw new AuditStoreException($"the decision about '{drafts[pending[0]].EmployeeId}' is too large for one Table Storage transaction");
            }

            if (sealedRecords.Count > 0)
            {
                var last = sealedRecords[^1].Record;
                var headEntity = DecisionEntities.HeadEntity(chain, last);
                if (head?.ETag is { } etag)
                {
                    transaction.Replace(headEntity, etag);
                }
                else
                {
                    transaction.Insert(headEntity);
                }

                try
                {
                    var etags = await _table.SubmitTransactionAsync(transaction, cancellationToken).ConfigureAwait(false);
                    CacheHead(chain, etags.Count > 0 ? etags[^1] : null, last);
                }
                catch (TableRequestException e) when (e.Status is 409 or 412 && attempt < MaxAttempts)
                {
                    // Another writer moved the chain (412 on the head, 409 on a row) or a key was used: re-read and go again.
                    _heads.TryRemove(chain, out _);
                    await ResolveUsedKeysAsync(pending, drafts, results, cancellationToken).ConfigureAwait(false);
                    pending.RemoveAll(i => results[i] is not null);
                    await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20 * attempt)), cancellationToken).ConfigureAwait(false);
                    continue;
                }
                catch (TableRequestException e) when (e.Status is 409 or 412)
                {
                    throw new AuditStoreException($"chain {chain} kept changing under this writer ({MaxAttempts} attempts; last: {e.Message}); if no other writer is active its head may be damaged — run 'comp audit verify'", e);
                }
            }

            foreach (var (index, record) in sealedRecords)
            {
                results[index] = new AppendResult(record, Created: true);
            }

            foreach (var (index, original) in replays)
            {
                results[index] = Idempotency.Replayed(original, drafts[index]);
            }

            pending.RemoveAll(i => results[i] is not null);
        }
    }

    /// <summary>After a conflict: the drafts whose idempotency key is now recorded get the original decision.</summary>
    private async Task ResolveUsedKeysAsync(List<int> pending, IReadOnlyList<DecisionDraft> drafts, AppendResult?[] results, CancellationToken cancellationToken)
    {
        var withKeys = pending.Where(i => drafts[i].IdempotencyKey is not null).ToList();
        var keyRows = await Task.WhenAll(withKeys.Select(i =>
            _table.GetAsync(TableKeys.Partition(DecisionChains.Of(drafts[i].EmployeeId)), TableKeys.EmployeeIndex(drafts[i].EmployeeId, drafts[i].IdempotencyKey, 0), cancellationToken))).ConfigureAwait(false);
        for (int k = 0; k < withKeys.Count; k++)
        {
            if (keyRows[k]?.GetString("DecisionId") is { } decisionId)
            {
                var original = await GetAsync(decisionId, cancellationToken).ConfigureAwait(false)
                    ?? throw new AuditStoreException($"idempotency key of employee '{drafts[withKeys[k]].EmployeeId}' points at missing decision {decisionId}; run 'comp audit verify'");
                results[withKeys[k]] = Idempotency.Replayed(original, drafts[withKeys[k]]);
            }
        }
    }

    private async Task<CachedHead?> HeadAsync(int chain, CancellationToken cancellationToken)
    {
        if (_heads.TryGetValue(chain, out var cached))
        {
            return cached;
        }

        var entity = await _table.GetAsync(TableKeys.Partition(chain), TableKeys.Head, cancellationToken).ConfigureAwait(false);
        if (entity is null)
        {
            return null;
        }

        var head = DecisionEntities.ToHead(entity)!;
        return new CachedHead(head.Sequence, head.Hash, head.RecordedAt, AuditTable.ETagOf(entity));
    }

    private void CacheHead(int chain, string? etag, DecisionRecord last)
    {
        if (etag is null)
        {
            _heads.TryRemove(chain, out _);
        }
        else
        {
            _heads[chain] = new CachedHead(last.Sequence, last.Hash, last.RecordedAt, etag);
        }
    }

    private async Task EnsureTableAsync(CancellationToken cancellationToken)
    {
        if (_tableReady)
        {
            return;
        }

        await _ensure.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_tableReady)
            {
                await _table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
                _tableReady = true;
            }
        }
        finally
        {
            _ensure.Release();
        }
    }

    private async Task<DecisionPage> QueryInStoreOrderAsync(string condition, int pageSize, string? continuation, CancellationToken cancellationToken)
    {
        Paging.CheckPageSize(pageSize);
        var (startChain, before) = continuation is null ? (0, long.MaxValue) : Paging.ParseStoreOrderToken(continuation);
        var found = new List<DecisionRecord>();
        for (int chain = startChain; chain < DecisionChains.Count && found.Count <= pageSize; chain++)
        {
            string from = chain == startChain && before != long.MaxValue
                ? $"RowKey gt {TableKeys.Quote(TableKeys.Record(before))}"
                : $"RowKey ge '{TableKeys.RecordPrefix}'";
            string filter = $"PartitionKey eq {TableKeys.Quote(TableKeys.Partition(chain))} and {from} and RowKey lt '{TableKeys.RecordEnd}' and {condition}";
            var entities = await Read(() => Collect(filter, pageSize + 1 - found.Count, cancellationToken), cancellationToken).ConfigureAwait(false);
            found.AddRange(entities.Select(e => Readable(DecisionEntities.Read(e, _table.TableName))));
        }

        return Paging.Page(found, pageSize, storeOrder: true);
    }

    private async Task<List<TableEntity>> Collect(string filter, int wanted, CancellationToken cancellationToken)
    {
        var found = new List<TableEntity>();
        await foreach (var page in _table.QueryAsync(filter, Math.Min(wanted, 1000), cancellationToken).ConfigureAwait(false))
        {
            found.AddRange(page);
            if (found.Count >= wanted)
            {
                break;
            }
        }

        return found.Count > wanted ? found[..wanted] : found;
    }

    private async Task<T> Read<T>(Func<Task<T>> read, CancellationToken cancellationToken)
    {
        try
        {
            return await read().ConfigureAwait(false);
        }
        catch (Exception e) when (IsStoreFailure(e, cancellationToken))
        {
            throw Failure(e, null);
        }
    }

    private static DecisionRecord Readable(StoredRecord stored) =>
        stored.Record ?? throw new AuditStoreException($"{stored.Location} cannot be read: {stored.Problem}; run 'comp audit verify'");

    private static bool IsStoreFailure(Exception e, CancellationToken cancellationToken) =>
        e is TableRequestException or RequestFailedException or AggregateException or HttpRequestException or IOException
        || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested);

    private AuditStoreException Failure(Exception e, string? partial)
    {
        string where = Describe;
        string suffix = partial is null ? "" : " — " + partial;
        return e switch
        {
            TableRequestException { ErrorCode: "TableNotFound" } => new AuditStoreException($"{where}: the table does not exist, so no decision was ever recorded there; check the table name, or record a decision with --audit first (appending creates it){suffix}", e),
            TableRequestException { Status: 429 or 500 or 503 } t => new AuditStoreException($"{where}: the service stayed busy through every retry ({t.Status}{(t.ErrorCode is { Length: > 0 } busy ? " " + busy : "")}); nothing of the refused transaction was written — run the same command again later, it records what is missing exactly once{suffix}", e),
            TableRequestException { Status: 401 or 403 } t => new AuditStoreException($"{where}: access denied{(t.ErrorCode is { Length: > 0 } code ? " (" + code + ")" : "")}; {AccessAdvice}{suffix}", e),
            TableRequestException t => new AuditStoreException($"{where}: {t.Message}{suffix}", e),
            AuditStoreException a => new AuditStoreException(a.Message + suffix, a),
            _ => new AuditStoreException($"{where} is unreachable or timed out after retries ({Innermost(e).Message}); check that the service is running and the endpoint is right{suffix}", e),
        };
    }

    // What to fix depends on how the log signs in: an account key, or a token from Microsoft Entra ID.
    private string AccessAdvice => _table.Connection.UsesSharedKey
        ? "check the AccountKey in the connection string (Storage account → Access keys)"
        : "the credential was refused — its token may have expired or be for another tenant (sign in again with az login, or check the app's managed identity), or the identity lacks the 'Storage Table Data Contributor' role on the account";

    private static Exception Innermost(Exception e) => e is AggregateException { InnerExceptions.Count: > 0 } aggregate ? Innermost(aggregate.InnerExceptions[^1]) : e.InnerException is { } inner && e is RequestFailedException ? Innermost(inner) : e;

    private static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private sealed record CachedHead(long Sequence, string Hash, DateTimeOffset RecordedAt, string? ETag);
}
