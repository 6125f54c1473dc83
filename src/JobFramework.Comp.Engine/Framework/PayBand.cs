using JobFramework.Comp.Monetary;

namespace JobFramework.Comp.Framework;

/// <summary>
/// The pay range of one band row: base min / mid / max in one currency, the bonus target (percent of
/// base) and whether equity / long-term incentives apply. <see cref="Row"/> is the band table row (1-based).
/// </summary>
public sealed record PayBand(Money Min, Money Mid, Money Max, decimal BonusTargetPct, bool Equity, int Row)
{
    public Currency Currency => Mid.Currency;
}
