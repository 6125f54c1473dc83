using JobFramework.Comp.Framework;

namespace JobFramework.Comp.Evaluation;

/// <summary>The placement arithmetic, exact in decimal, rounded only where the release says how.</summary>
internal static class PlacementCalculator
{
    public static Placement Place(Monetary.Money salary, PayBand band, PlacementSettings settings)
    {
        decimal compa = decimal.Round(salary.Amount / band.Mid.Amount, settings.RatioDecimals, settings.RatioRounding);
        decimal spread = band.Max.Amount - band.Min.Amount;

        // A band with min = max has no range to penetrate: at or above it counts as fully penetrated.
        decimal penetration = spread == 0
            ? (salary.Amount >= band.Min.Amount ? 1m : 0m)
            : decimal.Round((salary.Amount - band.Min.Amount) / spread, settings.RatioDecimals, settings.RatioRounding);
        var position = salary.Amount < band.Min.Amount ? BandPosition.Below : salary.Amount > band.Max.Amount ? BandPosition.Above : BandPosition.Within;
        var shortfall = position == BandPosition.Below ? band.Min - salary : new Monetary.Money(0m, salary.Currency);
        return new Placement(band, salary, compa, penetration, position, shortfall);
    }
}
