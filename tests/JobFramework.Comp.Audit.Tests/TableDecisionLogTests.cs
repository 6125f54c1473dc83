using Azure.Data.Tables;
using JobFramework.Comp.Audit.AzureTables;
using JobFramework.Comp.Audit.Tests.Support;

namespace JobFramework.Comp.Audit.Tests;

/// <summary>The contract against a real Azurite; tampering goes through the Table client directly.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TableDecisionLogTests(AzuriteFixture azurite) : DecisionLogContract
{
    private readonly string _table = AzuriteFixture.NewTable();

    private AuditTable Raw => new(TableConnection.Parse(azurite.ConnectionString), _table);

    protected override IDecisionLog OpenWriter(TimeProvider? time = null) =>
        new TableDecisionLog(new AuditTable(TableConnection.Parse(azurite.ConnectionString), _table), time);

    protected override async Task AlterOutputAsync(DecisionRecord record, string output)
    {
        var entity = await Raw.GetAsync(TableKeys.Partition(record.Chain), TableKeys.Record(record.Sequence));
        entity!["Output"] = output;
        await Raw.UpsertAsync(entity);
    }

    protected override Task DeleteAsync(DecisionRecord record) =>
        Raw.DeleteAsync(TableKeys.Partition(record.Chain), TableKeys.Record(record.Sequence));

    protected override async Task SwapAsync(DecisionRecord first, DecisionRecord second)
    {
        var a = await Raw.GetAsync(TableKeys.Partition(first.Chain), TableKeys.Record(first.Sequence));
        var b = await Raw.GetAsync(TableKeys.Partition(second.Chain), TableKeys.Record(second.Sequence));
        await Raw.UpsertAsync(Moved(b!, a!.RowKey));
        await Raw.UpsertAsync(Moved(a, b!.RowKey));
    }

    private static TableEntity Moved(TableEntity source, string rowKey)
    {
        var moved = new TableEntity(source.PartitionKey, rowKey);
        foreach (var (name, value) in source.Where(p => p.Key is not ("Timestamp" or "PartitionKey" or "RowKey" or "odata.etag")))
        {
            moved[name] = value;
        }

        return moved;
    }
}
