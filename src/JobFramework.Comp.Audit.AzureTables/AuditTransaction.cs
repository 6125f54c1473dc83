using Azure;
using Azure.Data.Tables;

namespace JobFramework.Comp.Audit.AzureTables;

/// <summary>
/// An entity group transaction: inserts and conditional replaces in one partition, at most
/// <see cref="MaxOperations"/>, each entity once, within the 4 MiB payload — the service's rules, enforced here before
/// sending because Azurite accepts transactions that Azure rejects (two partitions, for one).
/// </summary>
public sealed class AuditTransaction(string partitionKey)
{
    public const int MaxOperations = 100;

    /// <summary>The service's limit is 4 MiB; staying under it leaves room for the multipart framing and OData annotations.</summary>
    public const int MaxPayloadBytes = 4 * 1024 * 1024 - 64 * 1024;

    private readonly List<TableTransactionAction> _actions = [];
    private readonly HashSet<string> _rowKeys = new(StringComparer.Ordinal);

    public string PartitionKey { get; } = partitionKey;

    public IReadOnlyList<TableTransactionAction> Actions => _actions;

    public int PayloadBytes { get; private set; }

    /// <summary>Inserts; the transaction fails (409) if the entity exists.</summary>
    public void Insert(TableEntity entity) => Add(new TableTransactionAction(TableTransactionActionType.Add, entity));

    /// <summary>Replaces an entity only if its ETag is still <paramref name="etag"/>; the transaction fails (412) otherwise.</summary>
    public void Replace(TableEntity entity, string etag) => Add(new TableTransactionAction(TableTransactionActionType.UpdateReplace, entity, new ETag(etag)));

    private void Add(TableTransactionAction action)
    {
        var entity = (TableEntity)action.Entity;
        if (!string.Equals(entity.PartitionKey, PartitionKey, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"an entity group transaction holds one partition ('{PartitionKey}'); '{entity.PartitionKey}' cannot join it");
        }

        if (_actions.Count == MaxOperations)
        {
            throw new InvalidOperationException($"an entity group transaction holds at most {MaxOperations} operations");
        }

        if (!_rowKeys.Add(entity.RowKey))
        {
            throw new InvalidOperationException($"row '{entity.RowKey}' appears twice in one transaction; the service allows one operation per entity");
        }

        int bytes = SizeOf(entity);
        if (PayloadBytes + bytes > MaxPayloadBytes)
        {
            _rowKeys.Remove(entity.RowKey);
            throw new InvalidOperationException($"an entity group transaction's payload is limited to 4 MiB; row '{entity.RowKey}' would exceed it");
        }

        PayloadBytes += bytes;
        _actions.Add(action);
    }

    // An upper bound on the entity's JSON as the service receives it: every text at three bytes per character (the
    // worst UTF-8 case, escapes aside), every name with its quotes and OData type annotation, every other value 40 bytes.
    private static int SizeOf(TableEntity entity)
    {
        int bytes = 2;
        foreach (var (name, value) in entity)
        {
            bytes += (2 * name.Length) + 40 + (value is string text ? (3 * text.Length) + 2 : 40);
        }

        return bytes;
    }
}
