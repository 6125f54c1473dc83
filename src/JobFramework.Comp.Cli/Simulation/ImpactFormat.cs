using System.Globalization;
using JobFramework.Comp.Governance;

namespace JobFramework.Comp.Cli.Simulation;

/// <summary>Number and label formatting shared by the report writers: invariant, so reports are the same everywhere.</summary>
internal static class ImpactFormat
{
    public static readonly string[] Positions = ["below", "within", "above"];

    public static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Amount(decimal value) => value.ToString("#,0.00", CultureInfo.InvariantCulture);

    public static string Signed(decimal value) => (value > 0 ? "+" : "") + Amount(value);

    public static string Signed(long value) => (value > 0 ? "+" : "") + N(value);

    /// <summary>"12" when unchanged, "10 → 12" when it changed.</summary>
    public static string Shift(long before, long after) => before == after ? N(after) : $"{N(before)} → {N(after)}";

    public static string Compa(decimal? value) => value?.ToString("0.0000", CultureInfo.InvariantCulture) ?? "-";

    public static string Percent(long part, long whole) => whole == 0 ? "-" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    public static string Outcome(ReleaseOutcome outcome) =>
        outcome.Valid ? Positions[(int)outcome.Position] + (outcome.Eligible ? ", eligible" : "") : "rejected: " + outcome.Problem;

    public static string Dimension(string dimension) => dimension switch
    {
        "level" => "Level",
        "region" => "Region",
        _ => "Family",
    };
}
