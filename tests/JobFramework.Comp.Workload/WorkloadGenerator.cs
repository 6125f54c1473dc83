namespace JobFramework.Comp.Workload;

/// <summary>
/// The canonical workload generator (seed 20240601): the same framework, bands, required skills and
/// employees, in the same random order, as the reference JavaScript generator, with its reference
/// evaluation computed the same way in doubles. <see cref="WorkloadFiles"/> writes identical files.
/// </summary>
public static class WorkloadGenerator
{
    public const uint Seed = 20240601;

    public static readonly string[] Families = ["engineering", "data", "product", "people", "finance", "risk"];

    public static readonly WorkloadRegion[] Regions =
    [
        new("us", "USD", 95000), new("uk", "GBP", 60000), new("de", "EUR", 65000),
        new("in", "INR", 1500000), new("sg", "SGD", 85000), new("br", "BRL", 110000),
    ];

    public static readonly int[] IcLevels = [1, 2, 3, 4, 5, 6, 7, 8];

    public static readonly int[] ManagerLevels = [3, 4, 5, 6, 7, 8];

    private static readonly int[] IcBonus = [5, 5, 8, 10, 12, 15, 18, 20];

    public static readonly string[] SkillPool = Enumerable.Range(0, 120).Select(i => "sk" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    public static WorkloadData Generate(int n)
    {
        var random = new Mulberry32(Seed);
        var bands = Bands();
        var requirements = Requirements(random);
        var bandMap = bands.ToDictionary(b => (b.Track, b.Level, b.Region));
        var requirementMap = requirements.ToDictionary(r => (r.Family, r.Level), r => r.Skills);
        var regionNames = Regions.Select(r => r.Region).ToArray();
        var employees = new WorkloadEmployee[n];
        int below = 0, within = 0, above = 0, eligible = 0;
        double sumCompa = 0, sumPen = 0;
        uint digest = 0;
        for (int i = 0; i < n; i++)
        {
            int fi = random.Int(0, 5);
            string family = Families[fi];
            string track = random.Next() < 0.8 ? "ic" : "manager";
            int level = track == "ic" ? random.Int(1, 8) : random.Int(3, 8);
            string region = random.Weighted(regionNames, [35, 12, 12, 20, 8, 13]);
            var band = bandMap[(track, level, region)];
            long salary = JsRound(band.Mid * (1 + ((random.Next() * 0.7) - 0.35)));
            int rating = random.Weighted([1, 2, 3, 4, 5], [5, 15, 45, 25, 10]);
            int months = random.Int(0, 60);
            int scope = Math.Min(10, Math.Max(0, level + random.Int(-3, 3)));
            int mentorship = random.Int(0, 6);
            int k = random.Int(3, 15);
            var skills = new List<string>();
            requirementMap.TryGetValue((family, level + 1), out var required);
            if (required is not null && random.Next() < 0.4)
            {
                skills.AddRange(required);
            }

            var home = FamilyPool(fi);
            while (skills.Count < k)
            {
                string skill = random.Next() < 0.6 ? home[random.Int(0, 19)] : SkillPool[random.Int(0, 119)];
                if (!skills.Contains(skill))
                {
                    skills.Add(skill);
                }
            }

            for (int j = skills.Count - 1; j > 0; j--)
            {
                int x = random.Int(0, j);
                (skills[j], skills[x]) = (skills[x], skills[j]);
            }

            employees[i] = new WorkloadEmployee(i + 1, family, track, level, region, salary, rating, months, scope, mentorship, [.. skills]);

            double compa = salary / (double)band.Mid;
            double pen = (salary - band.Min) / (double)(band.Max - band.Min);
            int position = salary < band.Min ? 0 : salary > band.Max ? 2 : 1;
            bool isEligible = rating >= 3 && months >= 12 && scope >= level + 1 && (level < 5 || mentorship >= 2)
                && required is not null && required.All(skills.Contains);
            _ = position switch { 0 => below++, 1 => within++, _ => above++ };
            eligible += isEligible ? 1 : 0;
            sumCompa += compa;
            sumPen += pen;
            digest = WorkloadExpected.Step(digest, position, isEligible);
        }

        var expected = new WorkloadExpected(n, below, within, above, eligible, RoundLikeToFixed(sumCompa), RoundLikeToFixed(sumPen), digest);
        return new WorkloadData(Families, Regions, SkillPool, bands, requirements, employees, expected);
    }

    public static string[] FamilyPool(int familyIndex) => SkillPool.Skip(familyIndex * 20).Take(20).ToArray();

    private static List<WorkloadBand> Bands()
    {
        var bands = new List<WorkloadBand>();
        foreach (var (track, levels) in new[] { ("ic", IcLevels), ("manager", ManagerLevels) })
        {
            foreach (int level in levels)
            {
                foreach (var region in Regions)
                {
                    long mid = JsRound(region.Base * Math.Pow(1.18, level - 1) * (track == "manager" ? 1.05 : 1));
                    bands.Add(new WorkloadBand(track, level, region.Region, region.Currency, JsRound(0.8 * mid), mid, JsRound(1.2 * mid),
                        IcBonus[level - 1] + (track == "manager" ? 5 : 0), level >= 4 || track == "manager"));
                }
            }
        }

        return bands;
    }

    private static List<WorkloadRequirement> Requirements(Mulberry32 random)
    {
        var requirements = new List<WorkloadRequirement>();
        for (int fi = 0; fi < Families.Length; fi++)
        {
            for (int level = 2; level <= 8; level++)
            {
                var pool = FamilyPool(fi).ToList();
                var skills = new List<string>();
                while (skills.Count < 3)
                {
                    int index = random.Int(0, pool.Count - 1);
                    skills.Add(pool[index]);
                    pool.RemoveAt(index);
                }

                requirements.Add(new WorkloadRequirement(Families[fi], level, [.. skills]));
            }
        }

        return requirements;
    }

    /// <summary>JavaScript's Math.round: halves round up (towards +∞).</summary>
    public static long JsRound(double value) => (long)Math.Floor(value + 0.5);

    /// <summary>+x.toFixed(6): the value rounded to 6 decimals, back as the nearest double.</summary>
    private static double RoundLikeToFixed(double value) =>
        double.Parse(value.ToString("F6", System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);
}
