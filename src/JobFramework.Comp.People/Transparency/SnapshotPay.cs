using JobFramework.Comp.Audit;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.People.Snapshots;
using JobFramework.Comp.Releases;
using JobFramework.Comp.Transparency;

namespace JobFramework.Comp.People.Transparency;

/// <summary>Why a snapshot's pay figures cannot be given: <see cref="NotFound"/> when there is no such snapshot (or none yet).</summary>
public sealed record SnapshotPayProblem(bool NotFound, string Message)
{
    public override string ToString() => Message;
}

/// <summary>
/// A stored roster snapshot read for the pay-transparency figures: the snapshot, the release in effect on the date it
/// describes (the one that placed those people), and everyone's pay record under that release.
/// </summary>
public sealed record SnapshotPay(SnapshotInfo Snapshot, CompiledRelease Release, IReadOnlyList<PayRecord> Records)
{
    /// <summary>The named snapshot (default: the latest), or why its figures cannot be computed.</summary>
    public static async Task<(SnapshotPay? Pay, SnapshotPayProblem? Problem)> LoadAsync(IPeopleStore store, Func<DateOnly, (CompiledRelease? Release, string? Reason)> releaseOn, string? snapshotId, CancellationToken cancellationToken = default)
    {
        var snapshots = snapshotId is null ? [] : await store.ListAsync(cancellationToken).ConfigureAwait(false);
        var snapshot = snapshotId is null
            ? await store.LatestAsync(cancellationToken).ConfigureAwait(false)
            : snapshots.FirstOrDefault(s => string.Equals(s.Id, snapshotId, StringComparison.Ordinal));
        if (snapshot is null)
        {
            return (null, new(true, snapshotId is null ? "No roster snapshot has been imported yet ('comp people import')." : $"No snapshot '{snapshotId}'; stored: {string.Join(", ", snapshots.Select(s => s.Id))}."));
        }

        var (release, reason) = releaseOn(snapshot.TakenOn);
        if (release is null)
        {
            return (null, new(false, $"No release is in effect on {snapshot.TakenOn:yyyy-MM-dd}, the date of snapshot {snapshot.Id}: {reason}"));
        }

        if (!release.Transparency.Defined)
        {
            return (null, new(false, $"Release {release.Id}, in effect on {snapshot.TakenOn:yyyy-MM-dd}, defines no categories of equal value (transparency.json): there is nothing to compare within."));
        }

        var employees = new List<Employee>();
        foreach (var person in await store.PeopleAsync(snapshot.Id, cancellationToken).ConfigureAwait(false))
        {
            var read = DecisionPayloads.ReadInput(person.Record, release.Framework);
            if (!read.Succeeded)
            {
                return (null, new(false, $"Snapshot {snapshot.Id}: the record of {person.Id} no longer reads under release {release.Id}: {string.Join("; ", read.Errors)}"));
            }

            employees.Add(read.Value.Employee);
        }

        return (new SnapshotPay(snapshot, release, PayRecord.From(release, employees)), null);
    }

    public PayGapReport GapReport() => PayGapReport.Build(Release, Records, Snapshot.TakenOn, Snapshot.Id);

    /// <summary>The audit record of an Art. 7 answer given to <paramref name="caller"/>: whom it is about, from which snapshot, the answer as given.</summary>
    public DecisionDraft Disclosure(WorkerPayInformation answer, string? caller) => new(
        DecisionKind.Disclosure, answer.EmployeeId, Snapshot.TakenOn, Release.Id, Release.ContentHash,
        DecisionPayloads.DisclosureInput(answer.EmployeeId, Snapshot.Id, Snapshot.TakenOn), answer.ToJson(indented: false), caller);

    public EvaluationResult<WorkerPayInformation> Worker(string employeeId) => WorkerPayInformation.For(Release, Records, employeeId, Snapshot.TakenOn, Snapshot.Id);
}
