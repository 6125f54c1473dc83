using System.Globalization;

namespace JobFramework.Comp.Mobility;

/// <summary>
/// The order of move options, fixed so the same employee and release always list them the same way: open,
/// then reachable with learning, then blocked; named career paths first, then readiness (highest first), learning effort (least first),
/// the kind of move (lateral, level up, track switch) and the target role id.
/// </summary>
internal static class MoveRanking
{
    public static readonly IComparer<MoveOption> Comparer = Comparer<MoveOption>.Create(Compare);

    public static string Explain(MoveOption option)
    {
        int rules = option.BlockedBy.Count(b => !b.ClosedByLearning);
        var parts = new List<string>
        {
            option.Status switch
            {
                MoveStatus.Open => "open",
                MoveStatus.ReachableWithLearning => "reachable with learning",
                _ => string.Create(CultureInfo.InvariantCulture, $"blocked by {rules} rule{(rules == 1 ? "" : "s")}"),
            },
        };
        if (option.NamedPath)
        {
            parts.Add("named career path");
        }

        parts.Add(string.Create(CultureInfo.InvariantCulture, $"{option.Readiness.Held} of {option.Readiness.Required} core skills held"));
        parts.Add(string.Create(CultureInfo.InvariantCulture, $"{option.EffortHours} h of learning"));
        parts.Add(option.Kind switch { MoveKind.Vertical => "level up", MoveKind.TrackSwitch => "track switch", _ => "lateral" });
        return string.Join("; ", parts);
    }

    /// <summary>A decimal without trailing zeros, so 40.0 hours reads and serialises as 40 (efforts are read so; their sums are settled so).</summary>
    public static decimal Normalize(decimal value) => value / 1.0000000000000000000000000000m;

    private static int Compare(MoveOption? x, MoveOption? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        int order = x.Status.CompareTo(y.Status);
        if (order == 0) order = y.NamedPath.CompareTo(x.NamedPath);
        if (order == 0) order = y.Readiness.Share.CompareTo(x.Readiness.Share);
        if (order == 0) order = x.EffortHours.CompareTo(y.EffortHours);
        if (order == 0) order = x.Kind.CompareTo(y.Kind);
        return order != 0 ? order : string.CompareOrdinal(x.Target.Id, y.Target.Id);
    }
}
