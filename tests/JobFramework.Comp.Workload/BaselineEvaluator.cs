namespace JobFramework.Comp.Workload;

/// <summary>
/// The hand-written C# baseline: dictionary lookups and inline conditions, the practical ceiling for any
/// engine on this workload. The engine's benchmark runs beside it in the same process.
/// </summary>
public sealed class BaselineEvaluator
{
    private readonly Dictionary<(string Track, int Level, string Region), WorkloadBand> _bands = [];
    private readonly Dictionary<(string Family, int Level), string[]> _required = [];

    public BaselineEvaluator(WorkloadData workload)
    {
        foreach (var band in workload.Bands)
        {
            _bands.Add((band.Track, band.Level, band.Region), band);
        }

        foreach (var requirement in workload.Requirements)
        {
            _required.Add((requirement.Family, requirement.Level), requirement.Skills);
        }
    }

    public struct Result
    {
        public double CompaRatio;
        public double RangePenetration;
        public int Position;
        public bool Eligible;
        public int BonusTargetPct;
        public bool Equity;
    }

    /// <summary>An array, as the reference baseline takes: indexing an interface would slow the baseline down.</summary>
    public void EvaluateAll(WorkloadEmployee[] employees, Result[] results)
    {
        for (int i = 0; i < employees.Length; i++)
        {
            var e = employees[i];
            var b = _bands[(e.Track, e.Level, e.Region)];
            long s = e.BaseSalary;
            ref var r = ref results[i];
            r.CompaRatio = s / (double)b.Mid;
            r.RangePenetration = (s - b.Min) / (double)(b.Max - b.Min);
            r.Position = s < b.Min ? 0 : s > b.Max ? 2 : 1;
            r.BonusTargetPct = b.BonusTargetPct;
            r.Equity = b.Equity;
            r.Eligible = e.Rating >= 3 && e.MonthsInLevel >= 12 && e.Scope >= e.Level + 1 && (e.Level < 5 || e.Mentorship >= 2)
                && _required.TryGetValue((e.Family, e.Level + 1), out var need) && HasAll(e.Skills, need);
        }
    }

    private static bool HasAll(string[] have, string[] need)
    {
        foreach (var skill in need)
        {
            if (Array.IndexOf(have, skill) < 0)
            {
                return false;
            }
        }

        return true;
    }
}
