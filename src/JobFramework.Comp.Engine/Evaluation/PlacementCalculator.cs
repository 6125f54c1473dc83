using JobFramework.Comp.Framework;
using JobFramework.Comp.Monetary;

namespace JobFramework.Comp.Evaluation;

/// <summary>
/// The placement arithmetic, exact, rounded only where the release says how. Salaries in whole minor units
/// (all but pathological inputs) are placed with long arithmetic on the band's precomputed minor units;
/// others take the same formulas in decimal. Only what the band defines is reported: no compa-ratio without
/// a mid or reference point, no penetration of a band with no range (min = max).
/// </summary>
internal static class PlacementCalculator
{
    /// <summary>Places a salary stated in the band's currency.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static Placement Place(decimal salary, PayBand band, PlacementSettings settings)
    {
        if (!MinorUnits.TryConvert(salary, band.CurrencyDecimals, out long units))
        {
            return PlaceDecimal(new Monetary.Money(salary, band.Currency), band, settings);
        }

        long spread = band.SpreadUnits;
        decimal? compa = band.CompaBaseUnits == 0 ? null : ExactRatio.Divide(units, band.CompaBaseUnits, settings.RatioDecimals, settings.RatioRounding);
        decimal? penetration = spread == 0 ? null : ExactRatio.Divide(units - band.MinUnits, spread, settings.RatioDecimals, settings.RatioRounding);
        var position = units < band.MinUnits ? BandPosition.Below : units > band.MaxUnits ? BandPosition.Above : BandPosition.Within;
        return new Placement(band, salary, compa, penetration, position);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static Placement PlaceDecimal(Monetary.Money salary, PayBand band, PlacementSettings settings)
    {
        decimal? compa = band.CompaBase is { Amount: not 0 } compaBase ? ExactRatio.Divide(salary.Amount, compaBase.Amount, settings.RatioDecimals, settings.RatioRounding) : null;
        decimal spread = band.Max.Amount - band.Min.Amount;
        decimal? penetration = spread == 0 ? null : ExactRatio.Divide(salary.Amount - band.Min.Amount, spread, settings.RatioDecimals, settings.RatioRounding);
        var position = salary.Amount < band.Min.Amount ? BandPosition.Below : salary.Amount > band.Max.Amount ? BandPosition.Above : BandPosition.Within;
        return new Placement(band, salary.Amount, compa, penetration, position);
    }
}
