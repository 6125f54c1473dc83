using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Framework;

namespace JobFramework.Comp.Mobility;

/// <summary>
/// Placement in a target band under pay protection: a move never lowers base pay unless a rule says so (the
/// path's or the settings' protectPay false); a salary above the target maximum is flagged with the amount
/// either way, and one below the minimum is raised to it.
/// </summary>
internal static class PayProtection
{
    public static PayImpact Apply(decimal salary, PayBand band, bool protect, PlacementSettings settings)
    {
        var current = new Monetary.Money(salary, band.Currency);
        var zero = current - current;
        if (current < band.Min)
        {
            return Impact(PayEffect.RaiseToMinimum, current, band.Min, zero, band, settings);
        }

        if (current <= band.Max)
        {
            return Impact(PayEffect.Unchanged, current, current, zero, band, settings);
        }

        var above = current - band.Max;
        return protect
            ? Impact(PayEffect.Protected, current, current, above, band, settings)
            : Impact(PayEffect.Decrease, current, band.Max, above, band, settings);
    }

    private static PayImpact Impact(PayEffect effect, Monetary.Money current, Monetary.Money proposed, Monetary.Money above, PayBand band, PlacementSettings settings) =>
        new(effect, current, proposed, proposed - current, above, PlacementCalculator.Place(proposed.Amount, band, settings));
}
