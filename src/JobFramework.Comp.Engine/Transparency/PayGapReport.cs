using JobFramework.Comp.Framework;
using JobFramework.Comp.Releases;

namespace JobFramework.Comp.Transparency;

/// <summary>A mean and a median gap in percent (rounded to one decimal); null when withheld or not computable.</summary>
public sealed record GapPair(decimal? Mean, decimal? Median);

/// <summary>How many women, men and others a group has; figures are withheld when women or men are fewer than the release's minimum.</summary>
public sealed record Headcount(int Women, int Men, int Others)
{
    public int Total => Women + Men + Others;
}

/// <summary>One pay quartile: who is in it (lowest pay first) and the share of women and men, in percent.</summary>
public sealed record Quartile(int Number, int People, int Women, int Men, decimal? WomenPct, decimal? MenPct);

/// <summary>
/// One category of equal value in a reporting unit: headcount, the mean and median gaps of basic, variable and total
/// pay, whether the total mean gap reaches the release's threshold (Art. 10), and how much of it the objective
/// factors explain. <see cref="Withheld"/>: too few women or men to show any figure without identifying someone.
/// </summary>
public sealed record CategoryGap(
    EqualValueCategory Category,
    Headcount People,
    bool Withheld,
    GapPair Base,
    GapPair Variable,
    GapPair Total,
    bool Flagged,
    IReadOnlyList<ExplainedShare> Explained,
    decimal? Unexplained);

/// <summary>
/// The figures of Art. 9 for one reporting unit — a region, whose pay is in one currency: the gaps overall (total,
/// basic and variable pay), the share of women and men receiving variable pay, the quartiles, and every category.
/// </summary>
public sealed record UnitGap(
    Region Region,
    Headcount People,
    bool Withheld,
    GapPair Total,
    GapPair Base,
    GapPair Variable,
    decimal? WomenReceivingVariablePct,
    decimal? MenReceivingVariablePct,
    IReadOnlyList<Quartile> Quartiles,
    IReadOnlyList<CategoryGap> Categories);

/// <summary>
/// The pay-gap report (EU Directive 2023/970 Art. 9) with the joint-assessment trigger (Art. 10), computed from one
/// roster snapshot under the release in effect on its date. Deterministic: the same snapshot and release give the
/// same figures, byte for byte, in every format.
/// </summary>
public sealed record PayGapReport(
    string ReleaseId,
    string ContentHash,
    DateOnly TakenOn,
    string? Snapshot,
    int MinimumGroupSize,
    decimal ThresholdPct,
    IReadOnlyList<ExplainingFactor> Factors,
    IReadOnlyList<UnitGap> Units)
{
    /// <summary>Every flagged category, with its unit.</summary>
    public IEnumerable<(UnitGap Unit, CategoryGap Category)> Flags => Units.SelectMany(u => u.Categories.Where(c => c.Flagged).Select(c => (u, c)));

    public static PayGapReport Build(CompiledRelease release, IReadOnlyList<PayRecord> records, DateOnly takenOn, string? snapshot = null)
    {
        var settings = release.Transparency;
        var units = new List<UnitGap>();
        foreach (var region in release.Framework.Regions)
        {
            var unit = records.Where(r => r.Region == region.Id).OrderBy(r => r.Employee.Id, StringComparer.Ordinal).ToList();
            if (unit.Count > 0)
            {
                units.Add(Unit(region, unit, release, settings));
            }
        }

        return new PayGapReport(release.Id, release.ContentHash, takenOn, snapshot, settings.MinimumGroupSize, settings.GapThresholdPct, settings.ExplainedBy, units);
    }

    private static UnitGap Unit(Region region, List<PayRecord> records, CompiledRelease release, TransparencySettings settings)
    {
        var people = Count(records);
        bool withheld = TooFew(people, settings);
        var (women, men, womenPaid, menPaid) = BySex(records);
        bool variableWithheld = withheld || !VariableShown(womenPaid, menPaid, settings);
        var categories = settings.Categories
            .Select(c => (Category: c, Records: records.Where(r => r.Category == c.Id).ToList()))
            .Where(c => c.Records.Count > 0)
            .Select(c => Category(c.Category, c.Records, release, settings))
            .ToList();
        return new UnitGap(
            region,
            people,
            withheld,
            withheld ? Empty : Pair(women, men, r => r.Total),
            withheld ? Empty : Pair(women, men, r => r.Base),
            variableWithheld ? Empty : Pair(womenPaid, menPaid, r => r.Variable),
            withheld ? null : PayFigures.Round(PayFigures.Share(womenPaid.Count, women.Count)),
            withheld ? null : PayFigures.Round(PayFigures.Share(menPaid.Count, men.Count)),
            withheld ? [] : Quartiles(records),
            categories);
    }

    private static CategoryGap Category(EqualValueCategory category, List<PayRecord> records, CompiledRelease release, TransparencySettings settings)
    {
        var people = Count(records);
        if (TooFew(people, settings))
        {
            return new CategoryGap(category, people, true, Empty, Empty, Empty, false, [], null);
        }

        var (women, men, womenPaid, menPaid) = BySex(records);
        bool variableShown = VariableShown(womenPaid, menPaid, settings);
        var total = Pair(women, men, r => r.Total);
        var (explained, unexplained) = GapExplanation.Explain(records, settings, release.Framework.Attributes);
        return new CategoryGap(
            category,
            people,
            false,
            Pair(women, men, r => r.Base),
            variableShown ? Pair(womenPaid, menPaid, r => r.Variable) : Empty,
            total,
            total.Mean is { } gap && Math.Abs(gap) >= settings.GapThresholdPct,
            [.. explained.Select(e => e with { Points = PayFigures.Round(e.Points) })],
            PayFigures.Round(unexplained));
    }

    // Everyone ranked by total pay (then id), lowest first; rank i of n is in quartile ⌊4i/n⌋ + 1.
    private static List<Quartile> Quartiles(List<PayRecord> records)
    {
        var ranked = records.OrderBy(r => r.Total).ThenBy(r => r.Employee.Id, StringComparer.Ordinal).ToList();
        var result = new List<Quartile>();
        for (int q = 1; q <= 4; q++)
        {
            var members = ranked.Where((_, i) => (4 * i / ranked.Count) + 1 == q).ToList();
            int women = members.Count(r => r.Sex == Sexes.Female);
            int men = members.Count(r => r.Sex == Sexes.Male);
            result.Add(new Quartile(q, members.Count, women, men, PayFigures.Round(PayFigures.Share(women, members.Count)), PayFigures.Round(PayFigures.Share(men, members.Count))));
        }

        return result;
    }

    private static readonly GapPair Empty = new(null, null);

    private static GapPair Pair(List<PayRecord> women, List<PayRecord> men, Func<PayRecord, decimal> pay)
    {
        var w = women.Select(pay).ToList();
        var m = men.Select(pay).ToList();
        return new GapPair(
            PayFigures.Round(PayFigures.Gap(PayFigures.Mean(w), PayFigures.Mean(m))),
            PayFigures.Round(PayFigures.Gap(PayFigures.Median(w), PayFigures.Median(m))));
    }

    // Women and men, and those of each who received variable pay: the groups every gap compares.
    private static (List<PayRecord> Women, List<PayRecord> Men, List<PayRecord> WomenPaid, List<PayRecord> MenPaid) BySex(List<PayRecord> records)
    {
        var women = records.Where(r => r.Sex == Sexes.Female).ToList();
        var men = records.Where(r => r.Sex == Sexes.Male).ToList();
        return (women, men, women.Where(r => r.Variable > 0).ToList(), men.Where(r => r.Variable > 0).ToList());
    }

    private static bool VariableShown(List<PayRecord> womenPaid, List<PayRecord> menPaid, TransparencySettings settings) =>
        womenPaid.Count >= settings.MinimumGroupSize && menPaid.Count >= settings.MinimumGroupSize;

    private static Headcount Count(List<PayRecord> records)
    {
        int women = records.Count(r => r.Sex == Sexes.Female);
        int men = records.Count(r => r.Sex == Sexes.Male);
        return new Headcount(women, men, records.Count - women - men);
    }

    private static bool TooFew(Headcount people, TransparencySettings settings) => people.Women < settings.MinimumGroupSize || people.Men < settings.MinimumGroupSize;
}
