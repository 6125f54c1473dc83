namespace JobFramework.Comp.People.Snapshots;

/// <summary>
/// One person of a roster snapshot: who they are in the directory (name, manager, whether they offer to mentor),
/// the fields access rules and filters read (family, track, level, region), and their employee record as the
/// rules read it — the JSON the audit log records, read back with the release in effect when a page asks.
/// </summary>
public sealed record Person(string Id, string Name, string? ManagerId, bool Mentor, string Family, string Track, int Level, string Region, string Record);
