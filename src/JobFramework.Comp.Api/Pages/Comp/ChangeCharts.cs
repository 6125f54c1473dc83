using System.Globalization;
using JobFramework.Comp.Governance;

namespace JobFramework.Comp.Api.Pages.Comp;

/// <summary>Numbers the changes page draws: the band mids that move most, and each currency's cost to band minimum before and after.</summary>
public static class ChangeCharts
{
    public const int BandsCharted = 24;

    /// <summary>The band changes with a mid change, largest first (by size, then by position for a fixed order).</summary>
    public static IReadOnlyList<(string Label, decimal Percent)> MidChanges(ReleaseDiff diff) =>
        [.. diff.Bands.Where(b => b.MidChangePercent is not null)
            .OrderByDescending(b => Math.Abs(b.MidChangePercent!.Value)).ThenBy(b => b.Track, StringComparer.Ordinal).ThenBy(b => b.Level).ThenBy(b => b.Region, StringComparer.Ordinal).ThenBy(b => b.Family, StringComparer.Ordinal)
            .Take(BandsCharted)
            .Select(b => ($"{(b.Family == "*" ? "" : b.Family + " ")}{b.Track} {b.Level.ToString(CultureInfo.InvariantCulture)} {b.Region}", b.MidChangePercent!.Value))];

    /// <summary>Bar length in pixels for a value against the largest in the chart (at least 1 for any non-zero value).</summary>
    public static int Length(decimal value, decimal largest, int full) =>
        largest == 0 || value == 0 ? 0 : Math.Max(1, (int)decimal.Round(Math.Abs(value) / largest * full, MidpointRounding.AwayFromZero));
}
