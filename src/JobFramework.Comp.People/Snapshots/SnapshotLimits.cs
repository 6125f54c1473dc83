namespace JobFramework.Comp.People.Snapshots;

/// <summary>Bounds on a snapshot, so an import cannot take the service's memory: a snapshot is held whole while it is checked.</summary>
public static class SnapshotLimits
{
    /// <summary>People in one snapshot (a large employer's whole roster, with room to spare).</summary>
    public const int MaxPeople = 250_000;

    /// <summary>Characters in a person's name.</summary>
    public const int MaxNameLength = 200;

    /// <summary>Characters in one person's employee record as stored (Table Storage holds at most 32K characters in a property).</summary>
    public const int MaxRecordLength = 32_000;

    /// <summary>Problems listed before the rest are only counted.</summary>
    public const int MaxProblemsListed = 200;
}
