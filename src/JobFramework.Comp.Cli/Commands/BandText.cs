using JobFramework.Comp.Framework;

namespace JobFramework.Comp.Cli.Commands;

/// <summary>A band in words, naming only what the band table defines: "USD 118,500.00 – 148,000.00 (mid) – 177,500.00, bonus target 10%, equity yes".</summary>
internal static class BandText
{
    public static string Describe(PayBand band)
    {
        var parts = new List<string>
        {
            band.Mid is { } mid
                ? $"{band.Min.ToDisplayString()} – {mid.ToDisplayString()} (mid) – {band.Max.ToDisplayString()}"
                : band.Min == band.Max ? band.Min.ToDisplayString() : $"{band.Min.ToDisplayString()} – {band.Max.ToDisplayString()}",
        };
        if (band.Reference is { } reference)
        {
            parts.Add($"reference point {reference.ToDisplayString()}");
        }

        if (band.BonusTargetPct is { } bonus)
        {
            parts.Add($"bonus target {bonus}%");
        }

        if (band.Equity is { } equity)
        {
            parts.Add($"equity {(equity ? "yes" : "no")}");
        }

        return string.Join(", ", parts);
    }
}
