namespace JobFramework.Comp.People.Snapshots;

/// <summary>A stored roster snapshot: its id, the date it describes, who imported it when, the release that validated it, how many people.</summary>
public sealed record SnapshotInfo(string Id, DateOnly TakenOn, DateTimeOffset ImportedAt, string ImportedBy, string Release, int People);
