using JobFramework.Comp.Monetary;

namespace JobFramework.Comp.Framework;

/// <summary>
/// The pay range of one band row: base min and max in one currency, and what else the band table declares —
/// a midpoint, a reference point for compa-ratio, the bonus target (percent of base), whether equity / long-term
/// incentives apply. A pay scale cell may be one amount (min = max) and declare nothing else. <see cref="Row"/>
/// is the band table row (1-based).
/// </summary>
/// <param name="Reference">The declared reference point compa-ratio is measured against, when the table has one (else the mid).</param>
public sealed record PayBand(Money Min, Money? Mid, Money Max, decimal? BonusTargetPct, bool? Equity, int Row, Money? Reference = null)
{
    public Currency Currency => Min.Currency;

    /// <summary>What compa-ratio divides by: the reference point, else the mid; null when the band has neither.</summary>
    public Money? CompaBase => Reference ?? Mid;

    /// <summary>
    /// The band's centre for comparisons between bands (the mid-progression lint, a move's pay effect): the mid,
    /// else the reference point, else half-way between min and max.
    /// </summary>
    public Money Centre => Mid ?? Reference ?? new Money(decimal.Round((Min.Amount + Max.Amount) / 2m, Min.Currency.MinorUnits, MidpointRounding.AwayFromZero), Min.Currency);

    /// <summary>Min in whole minor units (cents): exact, since the loader rejects finer amounts.</summary>
    public long MinUnits { get; } = Units(Min);

    /// <summary>The mid in whole minor units, when the band has one.</summary>
    public long? MidUnits { get; } = Mid is { } mid ? Units(mid) : null;

    /// <summary>The compa-ratio base in whole minor units; 0 when the band has none.</summary>
    public long CompaBaseUnits { get; } = (Reference ?? Mid) is { } value ? Units(value) : 0;

    /// <summary>Max in whole minor units.</summary>
    public long MaxUnits { get; } = Units(Max);

    /// <summary>Max − min in whole minor units: the range a salary penetrates.</summary>
    public long SpreadUnits => MaxUnits - MinUnits;

    /// <summary>Decimal places of the band's currency (2 for USD), kept here for the placement path.</summary>
    public int CurrencyDecimals { get; } = Min.Currency.MinorUnits;

    private static long Units(Money amount) =>
        MinorUnits.TryConvert(amount.Amount, amount.Currency.MinorUnits, out long units) ? units : throw new ArgumentException(Diagnostics.Messages.PrecisionTooFine("band", amount.Amount, amount.Currency.Code, amount.Currency.MinorUnits));
}
