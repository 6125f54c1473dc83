using JobFramework.Comp.Framework;
using JobFramework.Comp.Monetary;

namespace JobFramework.Comp.Evaluation;

/// <summary>
/// The placement arithmetic, exact, rounded only where the release says how. Salaries in whole minor units
/// (all but pathological inputs) are placed with long arithmetic on the band's precomputed minor units;
/// others take the same formulas in decimal.
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
        decimal compa = ExactRatio.Divide(units, band.MidUnits, settings.RatioDecimals, settings.RatioRounding);

        // A band with min = max has no range to penetrate: at or above it counts as fully penetrated.
        decimal penetration = spread == 0
            ? (units >= band.MinUnits ? 1m : 0m)
            : ExactRatio.Divide(units - band.MinUnits, spread, settings.RatioDecimals, settings.RatioRounding);
        var position = units < band.MinUnits ? BandPosition.Below : units > band.MaxUnits ? BandPosition.Above : BandPosition.Within;
        return new Placement(band, salary, compa, penetration, position);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static Placement PlaceDecimal(Monetary.Money salary, PayBand band, PlacementSettings settings)
    {
        decimal compa = ExactRatio.Divide(salary.Amount, band.Mid.Amount, settings.RatioDecimals, settings.RatioRounding);
        decimal spread = band.Max.Amount - band.Min.Amount;
        decimal penetration = spread == 0
            ? (salary.Amount >= band.Min.Amount ? 1m : 0m)
            : ExactRatio.Divide(salary.Amount - band.Min.Amount, spread, settings.RatioDecimals, settings.RatioRounding);
        var position = salary.Amount < band.Min.Amount ? BandPosition.Below : salary.Amount > band.Max.Amount ? BandPosition.Above : BandPosition.Within;
        return new Placement(band, salary.Amount, compa, penetration, position);
    }
}
