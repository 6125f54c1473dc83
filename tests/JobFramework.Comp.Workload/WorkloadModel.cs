namespace JobFramework.Comp.Workload;

public sealed record WorkloadRegion(string Region, string Currency, int Base);

public sealed record WorkloadBand(string Track, int Level, string Region, string Currency, long Min, long Mid, long Max, int BonusTargetPct, bool Equity);

public sealed record WorkloadRequirement(string Family, int Level, string[] Skills);

public sealed record WorkloadEmployee(int Id, string Family, string Track, int Level, string Region, long BaseSalary, int Rating, int MonthsInLevel, int Scope, int Mentorship, string[] Skills);

/// <summary>The reference summary: counts, sums and the order-sensitive digest over (position, eligible).</summary>
public sealed record WorkloadExpected(int N, int Below, int Within, int Above, int Eligible, double SumCompa, double SumPen, uint Digest)
{
    /// <summary>h = h * 31 + (position * 2 + eligible) mod 2^32, positions below = 0, within = 1, above = 2.</summary>
    public static uint Step(uint digest, int position, bool eligible) => unchecked((digest * 31) + (uint)((position * 2) + (eligible ? 1 : 0)));
}

public sealed record WorkloadData(
    IReadOnlyList<string> Families,
    IReadOnlyList<WorkloadRegion> Regions,
    IReadOnlyList<string> SkillPool,
    IReadOnlyList<WorkloadBand> Bands,
    IReadOnlyList<WorkloadRequirement> Requirements,
    IReadOnlyList<WorkloadEmployee> Employees,
    WorkloadExpected Expected);
