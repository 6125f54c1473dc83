namespace JobFramework.Comp.Api.Contract;

/// <summary>A stored roster snapshot: its id, the date it describes, who imported it when, the release that checked it, how many people.</summary>
public sealed record SnapshotSummary(string Id, string TakenOn, string ImportedAt, string ImportedBy, string Release, int People);

/// <summary>Every stored snapshot, newest first: the first is the one the pages show.</summary>
public sealed record SnapshotList(IReadOnlyList<SnapshotSummary> Snapshots);
