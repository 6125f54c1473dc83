namespace JobFramework.Comp.Audit.AzureTables;

/// <summary>
/// An entity: partition key, row key, ETag (when read) and typed properties — string, int, long, bool,
/// double or DateTimeOffset, the Table service's Edm types that the decision log uses.
/// </summary>
public sealed class TableEntity(string partitionKey, string rowKey)
{
    public string PartitionKey { get; } = partitionKey;

    public string RowKey { get; } = rowKey;

    public string? ETag { get; init; }

    public Dictionary<string, object> Properties { get; } = new(StringComparer.Ordinal);

    public object? this[string name]
    {
        get => Properties.GetValueOrDefault(name);
        set
        {
            if (value is null)
            {
                Properties.Remove(name);
            }
            else
            {
                Properties[name] = value;
            }
        }
    }

    public string? GetString(string name) => Properties.GetValueOrDefault(name) as string;

    public long? GetInt64(string name) => Properties.GetValueOrDefault(name) switch
    {
        long l => l,
        int i => i,
        _ => null,
    };

    public DateTimeOffset? GetDateTime(string name) => Properties.GetValueOrDefault(name) as DateTimeOffset?;
}
