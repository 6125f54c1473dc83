using System.Globalization;
using Azure.Data.Tables;
using JobFramework.Comp.Audit;

namespace JobFramework.Comp.Audit.AzureTables;

/// <summary>Decision records as Table entities and back: one property per field, 64-bit and date fields typed.</summary>
internal static class DecisionEntities
{
    public static TableEntity ToEntity(DecisionRecord record) => new(TableKeys.Partition(record.Chain), TableKeys.Record(record.Sequence))
    {
        ["DecisionId"] = record.DecisionId,
        ["Chain"] = record.Chain,
        ["Sequence"] = record.Sequence,
        ["Kind"] = DecisionKinds.Name(record.Kind),
        ["EmployeeId"] = record.EmployeeId,
        ["AsOf"] = record.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["ReleaseId"] = record.ReleaseId,
        ["ReleaseHash"] = record.ReleaseHash,
        ["Input"] = record.Input,
        ["Output"] = record.Output,
        ["Caller"] = record.Caller,
        ["IdempotencyKey"] = record.IdempotencyKey,
        ["RecordedAt"] = record.RecordedAt,
        ["PreviousHash"] = record.PreviousHash,
        ["Hash"] = record.Hash,
    };

    public static TableEntity HeadEntity(int chain, DecisionRecord last) => new(TableKeys.Partition(chain), TableKeys.Head)
    {
        ["Sequence"] = last.Sequence,
        ["Hash"] = last.Hash,
        ["RecordedAt"] = last.RecordedAt,
    };

    public static ChainHead? ToHead(TableEntity? entity) =>
        entity is null ? null : new ChainHead(entity.GetInt64("Sequence") ?? 0, entity.GetString("Hash") ?? "", entity.GetDateTimeOffset("RecordedAt") ?? DateTimeOffset.MinValue);

    public static StoredRecord Read(TableEntity entity, string table)
    {
        string location = $"table {table}, PartitionKey '{entity.PartitionKey}', RowKey '{entity.RowKey}'";
        long sequence = TableKeys.SequenceOfRecord(entity.RowKey);
        string? Text(string name) => entity.GetString(name);
        string Required(string name) => Text(name) ?? throw new FormatException($"property {name} is missing");
        try
        {
            if (!DecisionKinds.TryParse(Text("Kind"), out var kind))
            {
                return new StoredRecord(location, sequence, null, $"unknown kind '{Text("Kind")}'");
            }

            var record = new DecisionRecord(
                Required("DecisionId"),
                entity.GetInt32("Chain") ?? throw new FormatException("property Chain is missing"),
                entity.GetInt64("Sequence") ?? throw new FormatException("property Sequence is missing"),
                kind,
                Required("EmployeeId"),
                DateOnly.ParseExact(Required("AsOf"), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                Required("ReleaseId"),
                Required("ReleaseHash"),
                Required("Input"),
                Required("Output"),
                Text("Caller"),
                Text("IdempotencyKey"),
                entity.GetDateTimeOffset("RecordedAt") ?? throw new FormatException("property RecordedAt is missing"),
                Required("PreviousHash"),
                Required("Hash"));
            return new StoredRecord(location, sequence, record, null);
        }
        catch (FormatException e)
        {
            return new StoredRecord(location, sequence, null, e.Message);
        }
    }
}
