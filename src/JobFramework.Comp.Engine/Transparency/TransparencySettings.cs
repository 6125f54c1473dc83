namespace JobFramework.Comp.Transparency;

/// <summary>
/// A category of workers doing work of equal value (EU Directive 2023/970 Art. 4): the levels — and, when it
/// narrows them, the families — whose jobs it holds, and the objective, gender-neutral basis for grouping them.
/// </summary>
public sealed record EqualValueCategory(string Id, string Name, IReadOnlyList<int> Levels, IReadOnlyList<string> Families, string Basis)
{
    public bool Holds(string family, int level) => Levels.Contains(level) && (Families.Count == 0 || Families.Contains(family, StringComparer.Ordinal));
}

/// <summary>What an explained share of a gap is attributed to: the band (track, level, focus and region), time in level in buckets, or a declared attribute.</summary>
public enum FactorKind
{
    Band,
    TimeInLevel,
    Attribute,
}

/// <summary>One objective factor a gap may be explained by, in the order the report attributes them.</summary>
public sealed record ExplainingFactor(FactorKind Kind, string Name, string Label);

/// <summary>
/// A release's pay-transparency settings (transparency.json): which protected attribute holds sex, which declared
/// attributes are variable pay, the smallest group whose figures may be shown, the gap that flags a category, the
/// factors a gap may be explained by, the regions whose postings carry progression text, and the categories of equal value.
/// </summary>
public sealed record TransparencySettings(
    string? SexAttribute,
    IReadOnlyList<string> VariablePay,
    int MinimumGroupSize,
    decimal GapThresholdPct,
    IReadOnlyList<ExplainingFactor> ExplainedBy,
    int TimeInLevelBucketMonths,
    IReadOnlyList<string> ProgressionInPostings,
    IReadOnlyList<EqualValueCategory> Categories)
{
    /// <summary>A release without transparency.json: no categories, so no gap report or Art. 7 answer.</summary>
    public static TransparencySettings None { get; } = new(null, [], 5, 5m, [], 12, [], []);

    public bool Defined => SexAttribute is not null && Categories.Count > 0;

    /// <summary>The category holding a family at a level; the loader guarantees exactly one for every family and level of the framework.</summary>
    public EqualValueCategory? CategoryOf(string family, int level) => Categories.FirstOrDefault(c => c.Holds(family, level));
}
