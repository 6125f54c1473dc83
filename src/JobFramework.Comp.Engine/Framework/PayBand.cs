using JobFramework.Comp.Monetary;

namespace JobFramework.Comp.Framework;

/// <summary>
/// The pay range of one band row: base min / mid / max in one currency, the bonus target (percent of
/// base) and whether equity / long-term incentives apply. <see cref="Row"/> is the band table row (1-based).
/// </summary>
public sealed record PayBand(Money Min, Money Mid, Money Max, decimal BonusTargetPct, bool Equity, int Row)
{
    public Currency Currency => Mid.Currency;

    /// <summary>Min in whole minor units (cents): exact, since the loader rejects finer amounts.</summary>
    public long MinUnits { get; } = Units(Min);

    /// <summary>Mid in whole minor units.</summary>
    public long MidUnits { get; } = Units(Mid);

    /// <summary>Max in whole minor units.</summary>
    public long MaxUnits { get; } = Units(Max);

    /// <summary>Max − min in whole minor units: the range a salary penetrates.</summary>
    public long SpreadUnits => MaxUnits - MinUnits;

    /// <summary>Decimal places of the band's currency (2 for USD), kept here for the placement path.</summary>
    public int CurrencyDecimals { get; } = Mid.Currency.MinorUnits;

    private static long Units(Money amount) =>
        MinorUnits.TryConvert(amount.Amount, amount.Currency.MinorUnits, out long units) ? units : throw new ArgumentException(Diagnostics.Messages.PrecisionTooFine("band", amount.Amount, amount.Currency.Code, amount.Currency.MinorUnits));
}
