using System.Text;
using JobFramework.Comp.Api.Hosting;
using JobFramework.Comp.Audit;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.People.Access;
using JobFramework.Comp.People.Roster;
using JobFramework.Comp.People.Snapshots;
using JobFramework.Comp.Releases;
using Microsoft.Extensions.Options;

namespace JobFramework.Comp.Api.People;

/// <summary>
/// What the pages show people from: the latest roster snapshot, the release in effect today, and each person's
/// employee record read with that release. Built once per (snapshot, release) and shared by every request
/// until a newer snapshot is imported or the release set reloads.
/// </summary>
public sealed record PeopleView(PeopleDirectory Directory, CompiledRelease Release, DateOnly AsOf, IReadOnlyDictionary<string, Employee> Employees)
{
    public Evaluator Evaluator(ReleaseSet releases) => releases.EvaluatorFor(Release, AsOf);

    /// <summary>The person <paramref name="id"/> with their record, when <paramref name="viewer"/> may see them; otherwise null, as for an unknown id.</summary>
    public (Person Person, Employee Employee)? FindFor(Viewer viewer, string id) =>
        Directory.FindFor(viewer, id) is { } person && Employees.TryGetValue(person.Id, out var employee) ? (person, employee) : null;
}

/// <summary>The pages' access to people data: the snapshot store, the cached view of the latest snapshot, and the start-up import of a seed snapshot.</summary>
public sealed class PeopleData(IPeopleStore store, ReleaseSet releases, TimeProvider time, IOptions<PeopleSettings> settings, ILogger<PeopleData> logger) : IDisposable
{
    /// <summary>What a page says when there is no one to show yet.</summary>
    public const string Unavailable = "No roster snapshot has been imported yet, or no release is in effect on the pages' date.";

    private readonly SemaphoreSlim _building = new(1, 1);
    private PeopleView? _view;

    public IPeopleStore Store => store;

    /// <summary>The date the pages evaluate on: the configured one, or today (UTC).</summary>
    public DateOnly AsOf => settings.Value.AsOf ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    /// <summary>The release in effect on <see cref="AsOf"/>, or null with the reason.</summary>
    public CompiledRelease? Release(out string? reason) => releases.InEffectOn(AsOf, out reason);

    /// <summary>
    /// The view for one page request: the layout and the page share one look-up of the latest snapshot (a query of
    /// the store, which is Table Storage in Azure) instead of making one each.
    /// </summary>
    public async Task<PeopleView?> CurrentAsync(HttpContext context)
    {
        if (context.Items.TryGetValue(typeof(PeopleView), out var known))
        {
            return (PeopleView?)known;
        }

        var view = await CurrentAsync(context.RequestAborted).ConfigureAwait(false);
        context.Items[typeof(PeopleView)] = view;
        return view;
    }

    /// <summary>The view of the latest snapshot under the release in effect today; null before any snapshot or when no release is in effect.</summary>
    public async Task<PeopleView?> CurrentAsync(CancellationToken cancellationToken)
    {
        var asOf = AsOf;
        var release = releases.InEffectOn(asOf, out _);
        var latest = await store.LatestAsync(cancellationToken).ConfigureAwait(false);
        if (release is null || latest is null)
        {
            return null;
        }

        var view = _view;
        if (view is not null && view.Directory.Snapshot.Id == latest.Id && ReferenceEquals(view.Release, release) && view.AsOf == asOf)
        {
            return view;
        }

        await _building.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var people = await store.PeopleAsync(latest.Id, cancellationToken).ConfigureAwait(false);
            var employees = new Dictionary<string, Employee>(StringComparer.Ordinal);
            foreach (var person in people)
            {
                // A snapshot checked against an earlier release may hold a record the live one no longer accepts
                // (a retired region, say): that person is listed without pay or eligibility rather than breaking the page.
                var read = DecisionPayloads.ReadInput(person.Record, release.Framework);
                if (read.Succeeded)
                {
                    employees[person.Id] = read.Value.Employee;
                }
            }

            _view = new PeopleView(new PeopleDirectory(latest, people), release, asOf, employees);
            return _view;
        }
        finally
        {
            _building.Release();
        }
    }

    public void Dispose() => _building.Dispose();

    /// <summary>Imports the seed snapshot when the store has none: the sample data of a fresh clone.</summary>
    public async Task SeedAsync(string contentRoot, CancellationToken cancellationToken)
    {
        if (settings.Value.SeedSnapshot is not { Length: > 0 } seed || await store.LatestAsync(cancellationToken).ConfigureAwait(false) is not null)
        {
            return;
        }

        string path = Path.GetFullPath(Path.Combine(contentRoot, seed));
        var asOf = AsOf;
        // Rules whose first release lies ahead leave the pages nothing to show yet: the seed waits for a later start.
        var release = releases.InEffectOn(asOf, out string? reason);
        if (release is null)
        {
            PeopleLog.SeedSkipped(logger, path, reason ?? "no release in effect");
            return;
        }

        SnapshotRead read;
        using (var text = new StreamReader(path, Encoding.UTF8))
        {
            read = SnapshotReader.Read(text, RosterReader.IsJsonLines(path), new Evaluator(release) { AsOf = asOf });
        }

        if (!read.Accepted)
        {
            throw new InvalidOperationException($"The seed snapshot {path} was refused: " + string.Join("; ", read.Problems.Take(5)));
        }

        var saved = await store.SaveAsync(asOf, "seed", release.Id, read.People, cancellationToken).ConfigureAwait(false);
        PeopleLog.Seeded(logger, saved.Id, saved.People, path);
    }
}

internal static partial class PeopleLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Imported seed snapshot {Snapshot}: {People} people from {Path}")]
    public static partial void Seeded(ILogger logger, string snapshot, int people, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Seed snapshot {Path} not imported: {Reason}")]
    public static partial void SeedSkipped(ILogger logger, string path, string reason);
}
