using System.Runtime.CompilerServices;
using Azure;
using Azure.Core;
using Azure.Data.Tables;

namespace JobFramework.Comp.Audit.AzureTables;

/// <summary>
/// The one table the decision log writes, through Azure.Data.Tables: create, point reads, partition queries with
/// continuation, inserts and entity group transactions. A thin seam over the SDK's <see cref="TableClient"/> that
/// keeps two things the SDK does not: the entity-group-transaction limits checked before sending
/// (<see cref="AuditTransaction"/>; Azurite accepts transactions Azure rejects), and the service's refusals turned
/// into <see cref="TableRequestException"/>s that name the table, the status, the service's error code and, for a
/// transaction, the operation that failed. Shared key from a connection string locally; a
/// <see cref="TokenCredential"/> (DefaultAzureCredential, a managed identity) in Azure.
/// </summary>
public sealed class AuditTable
{
    private readonly TableClient _client;
    private readonly TableServiceClient _service;

    public AuditTable(TableConnection connection, string tableName, TableClientOptions? options = null, TokenCredential? credential = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        TableName = TableNames.Check(tableName);
        Connection = connection;
        options ??= AuditTableOptions.Create();
        _service = connection.AccountKey is { } key
            ? new TableServiceClient(connection.Endpoint, new TableSharedKeyCredential(connection.AccountName, Convert.ToBase64String(key)), options)
            : new TableServiceClient(connection.Endpoint, credential ?? new Azure.Identity.DefaultAzureCredential(), options);
        _client = _service.GetTableClient(TableName);
    }

    public TableConnection Connection { get; }

    public string TableName { get; }

    /// <summary>Creates the table; true when it was created, false when it already existed.</summary>
    public Task<bool> CreateIfNotExistsAsync(CancellationToken cancellationToken = default) => Call("create", async () =>
        (await _client.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false)).GetRawResponse().Status != 409);

    /// <summary>Deletes the table and everything in it. For tests and benchmarks that clean up after themselves.</summary>
    public Task DeleteTableAsync(CancellationToken cancellationToken = default) => Call("delete", async () =>
        (await _client.DeleteAsync(cancellationToken).ConfigureAwait(false)).Status);

    public Task<bool> ExistsAsync(CancellationToken cancellationToken = default) => Call("exists", async () =>
    {
        await foreach (var table in _service.QueryAsync(t => t.Name == TableName, maxPerPage: 1, cancellationToken).ConfigureAwait(false))
        {
            return string.Equals(table.Name, TableName, StringComparison.Ordinal);
        }

        return false;
    });

    /// <summary>Inserts an entity; a <see cref="TableRequestException"/> with status 409 if it exists.</summary>
    public Task InsertAsync(TableEntity entity, CancellationToken cancellationToken = default) => Call("insert", async () =>
        (await _client.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false)).Status);

    /// <summary>Replaces an entity unconditionally (insert or replace). Used by tests and repair tools, never by the log.</summary>
    public Task UpsertAsync(TableEntity entity, CancellationToken cancellationToken = default) => Call("upsert", async () =>
        (await _client.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false)).Status);

    /// <summary>Deletes an entity whatever its ETag. Used by tests and repair tools, never by the log.</summary>
    public Task DeleteAsync(string partitionKey, string rowKey, CancellationToken cancellationToken = default) => Call("delete entity", async () =>
        (await _client.DeleteEntityAsync(partitionKey, rowKey, ETag.All, cancellationToken).ConfigureAwait(false)).Status);

    /// <summary>One entity by its keys, or null; a missing table is an error (TableNotFound), not a missing entity.</summary>
    public Task<TableEntity?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken = default) => Call("read", async () =>
    {
        var found = await _client.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue ? found.Value : null;
    });

    /// <summary>
    /// Entities matching an OData filter, one service page at a time (at most <paramref name="top"/> each),
    /// following the service's continuation until the result is exhausted.
    /// </summary>
    public async IAsyncEnumerable<IReadOnlyList<TableEntity>> QueryAsync(string filter, int top = 1000, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var pages = _client.QueryAsync<TableEntity>(filter, top, cancellationToken: cancellationToken).AsPages(pageSizeHint: top).GetAsyncEnumerator(cancellationToken);
        await using (pages.ConfigureAwait(false))
        {
            while (await Call("query", async () => await pages.MoveNextAsync().ConfigureAwait(false)).ConfigureAwait(false))
            {
                yield return pages.Current.Values;
            }
        }
    }

    /// <summary>Submits an entity group transaction: all its operations apply, or none. Returns each operation's new ETag.</summary>
    public async Task<IReadOnlyList<string?>> SubmitTransactionAsync(AuditTransaction transaction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        if (transaction.Actions.Count == 0)
        {
            return [];
        }

        var responses = await Call("transaction", async () => await _client.SubmitTransactionAsync(transaction.Actions, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
        return [.. responses.Value.Select(r => r.Headers.ETag?.ToString())];
    }

    /// <summary>The ETag an entity was read with, as text, or null for one never read.</summary>
    public static string? ETagOf(TableEntity? entity) => entity is null || entity.ETag == default ? null : entity.ETag.ToString();

    // The service's refusal as the log's exception: the operation, the table, the status and the service's own code.
    private async Task<T> Call<T>(string operation, Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (TableTransactionFailedException e)
        {
            throw new TableRequestException(e.Status, e.ErrorCode, $"{operation} {TableName}: {e.Status} {e.ErrorCode}: {FirstLine(e.Message)}", e.FailedTransactionActionIndex, e);
        }
        catch (RequestFailedException e) when (e.Status > 0)
        {
            throw new TableRequestException(e.Status, e.ErrorCode, $"{operation} {TableName}: {e.Status} {e.ErrorCode}: {FirstLine(e.Message)}", null, e);
        }
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
