using JobFramework.Comp.Framework;
using JobFramework.Comp.Monetary;

namespace JobFramework.Comp.Evaluation;

/// <summary>Where a salary sits relative to its band.</summary>
public enum BandPosition : byte
{
    Below = 0,
    Within = 1,
    Above = 2,
}

/// <summary>
/// A pay-band placement: the band, the salary, compa-ratio (salary / mid, or the declared reference
/// point) and range penetration ((salary − min) / (max − min)) rounded as the release declares — each null where the
/// band does not define it —, the position, and the amount needed to
/// reach the band minimum (zero when at or above it). A small value type: placing allocates nothing, and
/// what follows from the band and the salary (their currency, the shortfall) is derived, not stored, so a
/// batch writes little per employee.
/// </summary>
public readonly record struct Placement(PayBand Band, decimal SalaryAmount, decimal? CompaRatio, decimal? RangePenetration, BandPosition Position)
{
    /// <summary>The salary, in the band's currency (placement rejects a salary stated in any other).</summary>
    public Money Salary => new(SalaryAmount, Band.Currency);

    /// <summary>Band minimum minus salary when below the band, otherwise zero (with the currency's minor units).</summary>
    public Money AmountToMinimum => Position == BandPosition.Below
        ? Band.Min - Salary
        : new Money(ExactRatio.FromUnits(0, Band.Currency.MinorUnits), Band.Currency);
}
