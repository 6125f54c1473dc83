using JobFramework.Comp.People.Snapshots;
using JobFramework.Comp.People.Sqlite;
using Microsoft.Data.Sqlite;

namespace JobFramework.Comp.People.Tests;

public sealed class SqlitePeopleStoreTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("comp-people-").FullName;

    private string DatabasePath => Path.Combine(_folder, "people.db");

    [Fact]
    public async Task A_snapshot_is_stored_whole_and_read_back_as_it_was()
    {
        var people = SampleSnapshot.People;
        using (var store = SqlitePeopleStore.Open(DatabasePath))
        {
            var saved = await store.SaveAsync(SampleSnapshot.TakenOn, "payroll-bot", "2026-h1", people);
            saved.Id.ShouldBe("2026-11-30");
            saved.People.ShouldBe(20);
        }

        // A new connection to the same file: what a restarted service reads.
        using var reopened = SqlitePeopleStore.Open(DatabasePath);
        var latest = (await reopened.LatestAsync())!;
        (latest.Id, latest.TakenOn, latest.ImportedBy, latest.Release, latest.People).ShouldBe(("2026-11-30", SampleSnapshot.TakenOn, "payroll-bot", "2026-h1", 20));
        (await reopened.PeopleAsync(latest.Id)).ShouldBe(people.OrderBy(p => p.Id, StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_latest_snapshot_is_the_latest_date_then_the_last_import_of_that_date()
    {
        using var store = SqlitePeopleStore.Open(DatabasePath);
        var people = SampleSnapshot.People;

        await store.SaveAsync(new DateOnly(2026, 11, 30), "a", "2026-h1", people);
        await store.SaveAsync(new DateOnly(2026, 10, 31), "b", "2026-h1", people.Take(3).ToList());
        var again = await store.SaveAsync(new DateOnly(2026, 11, 30), "c", "2026-h1", people.Take(5).ToList());

        again.Id.ShouldBe("2026-11-30.2");
        (await store.LatestAsync())!.Id.ShouldBe("2026-11-30.2");
        (await store.ListAsync()).Select(s => s.Id).ShouldBe(["2026-11-30.2", "2026-11-30", "2026-10-31"]);
        (await store.PeopleAsync("2026-10-31")).Count.ShouldBe(3);
    }

    [Fact]
    public async Task A_save_that_fails_part_way_leaves_nothing_behind()
    {
        using var store = SqlitePeopleStore.Open(DatabasePath);
        var people = SampleSnapshot.People;
        var duplicated = people.Append(people[0]).ToList();

        await Should.ThrowAsync<SqliteException>(() => store.SaveAsync(SampleSnapshot.TakenOn, "a", "2026-h1", duplicated));

        (await store.ListAsync()).ShouldBeEmpty();
        (await store.PeopleAsync("2026-11-30")).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_empty_store_has_no_latest_snapshot()
    {
        using var store = SqlitePeopleStore.Open(DatabasePath);

        (await store.LatestAsync()).ShouldBeNull();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
