using System.Globalization;
using System.Text;
using Azure.Core;
using Azure.Data.Tables;
using JobFramework.Comp.People.Snapshots;

namespace JobFramework.Comp.Audit.AzureTables;

/// <summary>
/// Roster snapshots in Table Storage, for the pages in Azure. A snapshot's header lives in partition
/// <c>snapshots</c> (row key: the snapshot id); its people in partition <c>s-{id}</c>, one entity per person
/// (row key: the id in hex, free of the characters the service forbids), written in entity group transactions
/// of 100. A snapshot spans many transactions, so it is stored whole in the only way Table Storage allows:
/// the header is written first as uncommitted, the people next, and the header marked committed last —
/// readers see committed snapshots only, so a failed import leaves nothing any page can read.
/// </summary>
public sealed class TablePeopleStore(AuditTable table, TimeProvider time) : IPeopleStore
{
    public const string DefaultTable = "people";
    private const string Headers = "snapshots";
    // The record (at most SnapshotLimits.MaxRecordLength characters) at three bytes each, and room for the other fields.
    private const int LargestEntityBytes = (3 * SnapshotLimits.MaxRecordLength) + (16 * 1024);

    /// <summary>Opens the store from a connection string (see <see cref="TableConnection"/>), creating the table if needed.</summary>
    public static TablePeopleStore Open(string connectionString, string tableName = DefaultTable, TimeProvider? time = null, TableClientOptions? options = null, TokenCredential? credential = null)
    {
        var table = new AuditTable(TableConnection.Parse(connectionString), tableName, options, credential);
        table.CreateIfNotExistsAsync().GetAwaiter().GetResult();
        return new TablePeopleStore(table, time ?? TimeProvider.System);
    }

    public async Task<SnapshotInfo> SaveAsync(DateOnly takenOn, string importedBy, string release, IReadOnlyList<Person> people, CancellationToken cancellationToken = default)
    {
        string date = takenOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var taken = await HeadersAsync($"PartitionKey eq '{Headers}' and TakenOn eq '{date}'", cancellationToken).ConfigureAwait(false);
        int seq = taken.Count == 0 ? 1 : taken.Max(h => h.GetInt32("Seq") ?? 0) + 1;
        var info = new SnapshotInfo(seq == 1 ? date : date + "." + seq.ToString(CultureInfo.InvariantCulture), takenOn, time.GetUtcNow(), importedBy, release, people.Count);

        // Inserted, not upserted: two imports racing for the same id make the second fail rather than mix.
        var header = Header(info, seq, committed: false);
        await table.InsertAsync(header, cancellationToken).ConfigureAwait(false);
        string partition = "s-" + info.Id;
        var transaction = new AuditTransaction(partition);
        foreach (var person in people)
        {
            // Full at 100 operations, or when one more of the largest entity a snapshot allows might not fit.
            if (transaction.Actions.Count == AuditTransaction.MaxOperations || transaction.PayloadBytes + LargestEntityBytes > AuditTransaction.MaxPayloadBytes)
            {
                await table.SubmitTransactionAsync(transaction, cancellationToken).ConfigureAwait(false);
                transaction = new AuditTransaction(partition);
            }

            transaction.Insert(Entity(partition, person));
        }

        await table.SubmitTransactionAsync(transaction, cancellationToken).ConfigureAwait(false);

        header["Committed"] = true;
        await table.UpsertAsync(header, cancellationToken).ConfigureAwait(false);
        return info;
    }

    public async Task<SnapshotInfo?> LatestAsync(CancellationToken cancellationToken = default) =>
        (await ListAsync(cancellationToken).ConfigureAwait(false)) is [var latest, ..] ? latest : null;

    public async Task<IReadOnlyList<SnapshotInfo>> ListAsync(CancellationToken cancellationToken = default) =>
        [.. (await HeadersAsync($"PartitionKey eq '{Headers}' and Committed eq true", cancellationToken).ConfigureAwait(false))
            .OrderByDescending(h => h.GetString("TakenOn"), StringComparer.Ordinal).ThenByDescending(h => h.GetInt32("Seq"))
            .Select(Info)];

    public async Task<IReadOnlyList<Person>> PeopleAsync(string snapshotId, CancellationToken cancellationToken = default)
    {
        var people = new List<Person>();
        await foreach (var page in table.QueryAsync($"PartitionKey eq {TableKeys.Quote("s-" + snapshotId)}", cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            people.AddRange(page.Select(Person));
        }

        return [.. people.OrderBy(p => p.Id, StringComparer.Ordinal)];
    }

    public void Dispose()
    {
        // The SDK's clients hold no resources to release.
    }

    private async Task<List<TableEntity>> HeadersAsync(string filter, CancellationToken cancellationToken)
    {
        var headers = new List<TableEntity>();
        await foreach (var page in table.QueryAsync(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            headers.AddRange(page);
        }

        return headers;
    }

    private static TableEntity Header(SnapshotInfo info, int seq, bool committed) => new(Headers, info.Id)
    {
        ["TakenOn"] = info.TakenOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["Seq"] = seq,
        ["ImportedAt"] = info.ImportedAt.ToString("O", CultureInfo.InvariantCulture),
        ["ImportedBy"] = info.ImportedBy,
        ["Release"] = info.Release,
        ["People"] = info.People,
        ["Committed"] = committed,
    };

    private static SnapshotInfo Info(TableEntity header) => new(
        header.RowKey,
        DateOnly.ParseExact(header.GetString("TakenOn"), "yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset.Parse(header.GetString("ImportedAt"), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
        header.GetString("ImportedBy"),
        header.GetString("Release"),
        header.GetInt32("People") ?? 0);

    private static TableEntity Entity(string partition, Person person) => new(partition, Convert.ToHexStringLower(Encoding.UTF8.GetBytes(person.Id)))
    {
        ["Id"] = person.Id,
        ["Name"] = person.Name,
        ["ManagerId"] = person.ManagerId,
        ["Mentor"] = person.Mentor,
        ["Family"] = person.Family,
        ["Track"] = person.Track,
        ["Level"] = person.Level,
        ["Region"] = person.Region,
        ["Record"] = person.Record,
    };

    private static Person Person(TableEntity entity) => new(
        entity.GetString("Id"), entity.GetString("Name"), entity.GetString("ManagerId"), entity.GetBoolean("Mentor") ?? false,
        entity.GetString("Family"), entity.GetString("Track"), entity.GetInt32("Level") ?? 0, entity.GetString("Region"), entity.GetString("Record"));
}
