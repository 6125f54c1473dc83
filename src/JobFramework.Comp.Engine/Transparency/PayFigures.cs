namespace JobFramework.Comp.Transparency;

/// <summary>
/// The arithmetic of the pay-gap figures, in decimals so every figure is exact and reproducible. A gap is
/// (men − women) / men × 100: positive when men are paid more (Eurostat's definition, used by the Directive).
/// </summary>
public static class PayFigures
{
    /// <summary>Percentages and gaps are shown to one decimal, halves away from zero.</summary>
    public const int PercentDecimals = 1;

    public static decimal? Mean(IReadOnlyCollection<decimal> values) => values.Count == 0 ? null : values.Sum() / values.Count;

    /// <summary>The middle value; for an even count, half-way between the two middle values.</summary>
    public static decimal? Median(IReadOnlyCollection<decimal> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToArray();
        int middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2m;
    }

    /// <summary>(men − women) / men × 100, unrounded; null when either is missing or men's figure is zero.</summary>
    public static decimal? Gap(decimal? women, decimal? men) =>
        women is { } w && men is { } m && m != 0 ? (m - w) / m * 100m : null;

    /// <summary>part / whole × 100, unrounded; null for an empty whole.</summary>
    public static decimal? Share(int part, int whole) => whole == 0 ? null : part * 100m / whole;

    // Adding 0.0m gives every figure one decimal place (0.0, not 0), so the same figure is always written the same way.
    public static decimal? Round(decimal? percent) => percent is { } p ? decimal.Round(p, PercentDecimals, MidpointRounding.AwayFromZero) + 0.0m : null;

    /// <summary>An amount to the currency's minor units, halves away from zero.</summary>
    public static decimal? RoundAmount(decimal? amount, int minorUnits) => amount is { } a ? decimal.Round(a, minorUnits, MidpointRounding.AwayFromZero) : null;
}
