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
    public static Placement Place(Monetary.Money salary, PayBand band, PlacementSettings settings)
    {
        int minor = salary.Currency.MinorUnits;
        if (!MinorUnits.TryConvert(salary.Amount, minor, out long units))
        {
            return PlaceDecimal(salary, band, settings);
        }

        long spread = band.MaxUnits - band.MinUnits;
        decimal compa = ExactRatio.Divide(units, band.MidUnits, settings.RatioDecimals, settings.RatioRounding);

        // A band with min = max has no range to penetrate: at or above it counts as fully penetrated.
        decimal penetration = spread == 0
            ? (units >= band.MinUnits ? 1m : 0m)
            : ExactRatio.Divide(units - band.MinUnits, spread, settings.RatioDecimals, settings.RatioRounding);
        var position = units < band.MinUnits ? BandPosition.Below : units > band.MaxUnits ? BandPosition.Above : BandPosition.Within;
        long shortfall = position == BandPosition.Below ? band.MinUnits - units : 0;
        return new Placement(band, salary, compa, penetration, position, new Monetary.Money(ExactRatio.FromUnits(shortfall, minor), salary.Currency));
    }

    private static Placement PlaceDecimal(Monetary.Money salary, PayBand band, PlacementSettings settings)
    {
        decimal compa = ExactRatio.Divide(salary.Amount, band.Mid.Amount, settings.RatioDecimals, settings.RatioRounding);
        decimal spread = band.Max.Amount - band.Min.Amount;
        decimal penetration = spread == 0
            ? (salary.Amount >= band.Min.Amount ? 1m : 0m)
            : ExactRatio.Divide(salary.Amount - band.Min.Amount, spread, settings.RatioDecimals, settings.RatioRounding);
        var position = salary.Amount < band.Min.Amount ? BandPosition.Below : salary.Amount > band.Max.Amount ? BandPosition.Above : BandPosition.Within;
        var shortfall = position == BandPosition.Below ? band.Min - salary : new Monetary.Money(0m, salary.Currency);
        return new Placement(band, salary, compa, penetration, position, shortfall);
    }
}
