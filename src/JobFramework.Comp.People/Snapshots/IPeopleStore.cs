namespace JobFramework.Comp.People.Snapshots;

/// <summary>
/// Where roster snapshots are kept: SQLite on one machine, Table Storage in Azure. A snapshot is stored whole
/// or not at all, and never changes once stored; a newer one supersedes it for the pages.
/// </summary>
public interface IPeopleStore : IDisposable
{
    /// <summary>Stores a checked snapshot of <paramref name="takenOn"/>; its id is the date, with a suffix when that date already has one.</summary>
    Task<SnapshotInfo> SaveAsync(DateOnly takenOn, string importedBy, string release, IReadOnlyList<Person> people, CancellationToken cancellationToken = default);

    /// <summary>The snapshot describing the latest date (the last imported of that date), or null before any import.</summary>
    Task<SnapshotInfo?> LatestAsync(CancellationToken cancellationToken = default);

    /// <summary>Every snapshot, newest first.</summary>
    Task<IReadOnlyList<SnapshotInfo>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Everyone in a snapshot, by id.</summary>
    Task<IReadOnlyList<Person>> PeopleAsync(string snapshotId, CancellationToken cancellationToken = default);
}
