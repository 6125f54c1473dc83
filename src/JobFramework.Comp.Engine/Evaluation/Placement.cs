using JobFramework.Comp.Framework;

namespace JobFramework.Comp.Evaluation;

/// <summary>Where a salary sits relative to its band.</summary>
public enum BandPosition : byte
{
    Below = 0,
    Within = 1,
    Above = 2,
}

/// <summary>
/// A pay-band placement: the band, the salary, compa-ratio (salary / mid) and range penetration
/// ((salary − min) / (max − min)) rounded as the release declares, the position, and the amount needed to
/// reach the band minimum (zero when at or above it). A value type: placing allocates nothing.
/// </summary>
public readonly record struct Placement(
    PayBand Band,
    Monetary.Money Salary,
    decimal CompaRatio,
    decimal RangePenetration,
    BandPosition Position,
    Monetary.Money AmountToMinimum);
