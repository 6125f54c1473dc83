using JobFramework.Comp.Framework;

namespace JobFramework.Comp.Governance;

/// <summary>How one item differs between two releases.</summary>
public enum ChangeKind
{
    Added,
    Removed,
    Changed,
}

/// <summary>
/// A band that differs between two releases at one position. <see cref="Family"/> is "*" when the change
/// is the same for every family (the band table does not tell families apart there).
/// </summary>
public sealed record BandChange(string Family, string Track, int Level, string Region, ChangeKind Kind, PayBand? Before, PayBand? After)
{
    /// <summary>The mid's change in percent (two decimals, half away from zero); null unless both sides exist in one currency.</summary>
    public decimal? MidChangePercent =>
        Before is not null && After is not null && Before.Currency == After.Currency && Before.Centre.Amount != 0
            ? decimal.Round((After.Centre.Amount - Before.Centre.Amount) * 100m / Before.Centre.Amount, 2, MidpointRounding.AwayFromZero)
            : null;
}

/// <summary>A framework item (role, skill, focus area, family, region, level, table) or a rule that differs, with what changed.</summary>
public sealed record ItemChange(string Id, ChangeKind Kind, IReadOnlyList<string> Details);

/// <summary>
/// What changes from one release to another, in the framework's own terms rather than as text: bands (with
/// the change of the mid), roles, skills, focus areas, families, regions, levels, workflow rules and lookup
/// tables. Deterministic: every list is in a fixed order.
/// </summary>
public sealed record ReleaseDiff(
    string From,
    string To,
    IReadOnlyList<BandChange> Bands,
    IReadOnlyList<ItemChange> Roles,
    IReadOnlyList<ItemChange> Skills,
    IReadOnlyList<ItemChange> FocusAreas,
    IReadOnlyList<ItemChange> Structure,
    IReadOnlyList<ItemChange> Rules,
    IReadOnlyList<ItemChange> Tables)
{
    /// <summary>Mobility rules: settings, trainings, named career paths, learning pathways per skill.</summary>
    public IReadOnlyList<ItemChange> Mobility { get; init; } = [];

    /// <summary>Published progression criteria (Art. 6) per family, track and step up: criteria in words, expectations, skills.</summary>
    public IReadOnlyList<ItemChange> Progression { get; init; } = [];

    public bool IsEmpty => Bands.Count + Roles.Count + Skills.Count + FocusAreas.Count + Structure.Count + Rules.Count + Tables.Count + Mobility.Count + Progression.Count == 0;
}
