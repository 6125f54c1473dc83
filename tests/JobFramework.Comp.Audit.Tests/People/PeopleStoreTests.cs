using JobFramework.Comp.Audit.AzureTables;
using JobFramework.Comp.Audit.Tests.Support;
using JobFramework.Comp.People.Snapshots;
using JobFramework.Comp.People.Sqlite;

namespace JobFramework.Comp.Audit.Tests.People;

/// <summary>The snapshot store contract on a SQLite file of the test's own.</summary>
public sealed class SqlitePeopleStoreTests : PeopleStoreContract, IDisposable
{
    private readonly TempFolder _folder = new();

    protected override IPeopleStore Open(TimeProvider? time = null) => PeopleStores.Open(_folder.File("people.db"), time: time);

    [Fact]
    public void A_file_path_opens_sqlite() => Open().ShouldBeOfType<SqlitePeopleStore>();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}

/// <summary>The snapshot store contract on a real Azurite, a table per test.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TablePeopleStoreTests(AzuriteFixture azurite) : PeopleStoreContract
{
    private readonly string _table = AzuriteFixture.NewTable();

    protected override IPeopleStore Open(TimeProvider? time = null) => PeopleStores.Open(azurite.ConnectionString, _table, time);

    [Fact]
    public void A_connection_string_opens_table_storage() => Open().ShouldBeOfType<TablePeopleStore>();

    [Fact]
    public async Task An_import_that_stopped_before_its_commit_is_never_read()
    {
        var raw = new AuditTable(TableConnection.Parse(azurite.ConnectionString), _table);
        using var store = Open();
        await store.SaveAsync(new DateOnly(2026, 10, 31), "a", "2026-h1", People);

        // What a crash between the people and the commit leaves: a header not committed, its people written.
        var header = new Azure.Data.Tables.TableEntity("snapshots", "2026-11-30")
        {
            ["TakenOn"] = "2026-11-30", ["Seq"] = 1, ["ImportedAt"] = "2026-11-30T00:00:00.0000000+00:00", ["ImportedBy"] = "crashed", ["Release"] = "2026-h1", ["People"] = 1, ["Committed"] = false,
        };
        await raw.InsertAsync(header);

        (await store.LatestAsync())!.Id.ShouldBe("2026-10-31");
        (await store.ListAsync()).Select(s => s.Id).ShouldBe(["2026-10-31"]);
    }
}
