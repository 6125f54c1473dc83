using JobFramework.Comp.Monetary;

namespace JobFramework.Comp.Framework;

/// <summary>
/// The pay range of one band row: base min / mid / max in one currency, the bonus target (percent of
/// base) and whether equity / long-term incentives apply. <see cref="Row"/> is the band table row (1-based).
/// </summary>
public sealed record PayBand(Money Min, Money Mid, Money Max, decimal BonusTargetPct, bool Equity, int Row)
{
    public Currency Currency => Mid.Currency;

    // The amounts in whole minor units (validated at load to fit them exactly), for integer placement math.
    internal long MinUnits { get; } = Units(Min);

    internal long MidUnits { get; } = Units(Mid);

    internal long MaxUnits { get; } = Units(Max);

    private static long Units(Money amount) =>
        MinorUnits.TryConvert(amount.Amount, amount.Currency.MinorUnits, out long units) ? units : throw new ArgumentException(Diagnostics.Messages.PrecisionTooFine("band", amount.Amount, amount.Currency.Code, amount.Currency.MinorUnits));
}
