using JobFramework.Comp.Evaluation;
using JobFramework.Comp.People.Snapshots;
using JobFramework.Comp.Releases;

namespace JobFramework.Comp.Audit.Tests.People;

/// <summary>What every roster-snapshot store must do, run against SQLite and against a real Azurite.</summary>
public abstract class PeopleStoreContract
{
    private static readonly DateOnly TakenOn = new(2026, 11, 30);

    private static readonly Lazy<IReadOnlyList<Person>> Sample = new(() =>
    {
        var release = ReleaseCatalog.Load(Repository.Rules).InEffectOn(TakenOn, out _)!;
        using var text = new StreamReader(Repository.Sample("people.csv"));
        var read = SnapshotReader.Read(text, jsonLines: false, new Evaluator(release) { AsOf = TakenOn });
        read.Accepted.ShouldBeTrue(string.Join("\n", read.Problems));
        return read.People;
    });

    protected static IReadOnlyList<Person> People => Sample.Value;

    /// <summary>A store over the test's own storage; a second call opens the same storage again (a restarted service).</summary>
    protected abstract IPeopleStore Open(TimeProvider? time = null);

    [Fact]
    public async Task A_snapshot_is_stored_whole_and_read_back_as_it_was()
    {
        using (var store = Open())
        {
            var saved = await store.SaveAsync(TakenOn, "payroll-bot", "2026-h1", People);
            (saved.Id, saved.People).ShouldBe(("2026-11-30", 20));
        }

        using var reopened = Open();
        var latest = (await reopened.LatestAsync())!;
        (latest.Id, latest.TakenOn, latest.ImportedBy, latest.Release, latest.People).ShouldBe(("2026-11-30", TakenOn, "payroll-bot", "2026-h1", 20));
        (await reopened.PeopleAsync(latest.Id)).ShouldBe(People.OrderBy(p => p.Id, StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_latest_snapshot_is_the_latest_date_then_the_last_import_of_that_date()
    {
        using var store = Open();

        await store.SaveAsync(new DateOnly(2026, 11, 30), "a", "2026-h1", People);
        await store.SaveAsync(new DateOnly(2026, 10, 31), "b", "2026-h1", [.. People.Take(3)]);
        var again = await store.SaveAsync(new DateOnly(2026, 11, 30), "c", "2026-h1", [.. People.Take(5)]);

        again.Id.ShouldBe("2026-11-30.2");
        (await store.LatestAsync())!.Id.ShouldBe("2026-11-30.2");
        (await store.ListAsync()).Select(s => s.Id).ShouldBe(["2026-11-30.2", "2026-11-30", "2026-10-31"]);
        (await store.PeopleAsync("2026-10-31")).Count.ShouldBe(3);
    }

    [Fact]
    public async Task A_save_that_fails_part_way_leaves_nothing_a_reader_sees()
    {
        using var store = Open();
        var duplicated = People.Append(People[0]).ToList();

        await Should.ThrowAsync<Exception>(() => store.SaveAsync(TakenOn, "a", "2026-h1", duplicated));

        (await store.ListAsync()).ShouldBeEmpty();
        (await store.LatestAsync()).ShouldBeNull();
    }

    [Fact]
    public async Task Hundreds_of_people_span_many_transactions_and_come_back_complete()
    {
        using var store = Open();
        var many = Enumerable.Range(0, 250).Select(i => People[i % People.Count] with { Id = $"X{i:D4}/#?", ManagerId = null }).ToList();

        var saved = await store.SaveAsync(TakenOn, "a", "2026-h1", many);

        (await store.PeopleAsync(saved.Id)).Select(p => p.Id).ShouldBe(many.Select(p => p.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_empty_store_has_no_latest_snapshot()
    {
        using var store = Open();

        (await store.LatestAsync()).ShouldBeNull();
        (await store.PeopleAsync("2026-11-30")).ShouldBeEmpty();
    }
}
