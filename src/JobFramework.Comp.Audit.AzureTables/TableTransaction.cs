namespace JobFramework.Comp.Audit.AzureTables;

/// <summary>
/// An entity group transaction: inserts and conditional replaces in one partition, at most
/// <see cref="MaxOperations"/>, each entity once — the service's rules, enforced here before sending
/// because Azurite accepts transactions that Azure rejects (two partitions, for one).
/// </summary>
public sealed class TableTransaction(string partitionKey)
{
    public const int MaxOperations = 100;

    /// <summary>The service's limit is 4 MiB; staying under it leaves room for the multipart framing.</summary>
    public const int MaxPayloadBytes = 4 * 1024 * 1024 - 64 * 1024;

    private readonly List<TableOperation> _operations = [];
    private readonly HashSet<string> _rowKeys = new(StringComparer.Ordinal);

    public string PartitionKey { get; } = partitionKey;

    public IReadOnlyList<TableOperation> Operations => _operations;

    public int PayloadBytes { get; private set; }

    /// <summary>Inserts; the transaction fails (409) if the entity exists.</summary>
    public void Insert(TableEntity entity) => Add(new TableOperation(TableOperationKind.Insert, entity, null));

    /// <summary>Replaces an entity only if its ETag is still <paramref name="etag"/>; the transaction fails (412) otherwise.</summary>
    public void Replace(TableEntity entity, string etag) => Add(new TableOperation(TableOperationKind.Replace, entity, etag));

    private void Add(TableOperation operation)
    {
        if (!string.Equals(operation.Entity.PartitionKey, PartitionKey, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"an entity group transaction holds one partition ('{PartitionKey}'); '{operation.Entity.PartitionKey}' cannot join it");
        }

        if (_operations.Count == MaxOperations)
        {
            throw new InvalidOperationException($"an entity group transaction holds at most {MaxOperations} operations");
        }

        if (!_rowKeys.Add(operation.Entity.RowKey))
        {
            throw new InvalidOperationException($"row '{operation.Entity.RowKey}' appears twice in one transaction; the service allows one operation per entity");
        }

        operation.Body = EntityJson.Write(operation.Entity);
        if (PayloadBytes + operation.Body.Length > MaxPayloadBytes)
        {
            _rowKeys.Remove(operation.Entity.RowKey);
            throw new InvalidOperationException($"an entity group transaction's payload is limited to 4 MiB; row '{operation.Entity.RowKey}' would exceed it");
        }

        PayloadBytes += operation.Body.Length;
        _operations.Add(operation);
    }
}

public enum TableOperationKind
{
    Insert,
    Replace,
}

/// <summary>One operation of a transaction, with its JSON body serialized when added.</summary>
public sealed class TableOperation(TableOperationKind kind, TableEntity entity, string? etag)
{
    public TableOperationKind Kind { get; } = kind;

    public TableEntity Entity { get; } = entity;

    public string? ETag { get; } = etag;

    internal byte[] Body { get; set; } = [];
}
