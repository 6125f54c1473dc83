using System.Globalization;
using JobFramework.Comp.Model;

namespace JobFramework.Comp.Transparency;

/// <summary>How many percentage points of a category's gap one objective factor accounts for.</summary>
public sealed record ExplainedShare(ExplainingFactor Factor, decimal? Points);

/// <summary>
/// Splits a category's mean gap into what the rules' objective factors explain and the remainder, by comparing
/// like with like: after the first factor, the gap is the average of the gaps within groups of people who share
/// that factor (weighted by the women in each group that holds both women and men); after the second, within
/// groups sharing both; and so on. Each factor explains the fall it causes; what is left is unexplained. The
/// parts add up to the raw gap exactly (before rounding).
/// </summary>
public static class GapExplanation
{
    public static (IReadOnlyList<ExplainedShare> Explained, decimal? Unexplained) Explain(IReadOnlyList<PayRecord> records, TransparencySettings settings, IReadOnlyList<DeclaredAttribute> attributes)
    {
        var women = records.Where(r => r.Sex == Sexes.Female).ToList();
        var men = records.Where(r => r.Sex == Sexes.Male).ToList();
        decimal? previous = PayFigures.Gap(PayFigures.Mean([.. women.Select(r => r.Total)]), PayFigures.Mean([.. men.Select(r => r.Total)]));
        var shares = new List<ExplainedShare>();
        var keys = new List<Func<PayRecord, string>>();
        foreach (var factor in settings.ExplainedBy)
        {
            keys.Add(KeyOf(factor, settings, attributes));
            decimal? within = previous is null ? null : WithinGroups(women, men, keys);
            shares.Add(new ExplainedShare(factor, within is null ? null : previous - within));
            previous = within;
        }

        return (shares, previous);
    }

    // The women-weighted average of the gaps inside groups that hold both women and men; null when none does.
    private static decimal? WithinGroups(List<PayRecord> women, List<PayRecord> men, List<Func<PayRecord, string>> keys)
    {
        string Key(PayRecord r) => string.Join('\u001f', keys.Select(k => k(r)));
        var menByGroup = men.GroupBy(Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(r => r.Total).ToList(), StringComparer.Ordinal);
        decimal weighted = 0m;
        int weights = 0;
        foreach (var group in women.GroupBy(Key, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (!menByGroup.TryGetValue(group.Key, out var menPay) || PayFigures.Gap(PayFigures.Mean([.. group.Select(r => r.Total)]), PayFigures.Mean(menPay)) is not { } gap)
            {
                continue;
            }

            weighted += gap * group.Count();
            weights += group.Count();
        }

        return weights == 0 ? null : weighted / weights;
    }

    private static Func<PayRecord, string> KeyOf(ExplainingFactor factor, TransparencySettings settings, IReadOnlyList<DeclaredAttribute> attributes) => factor.Kind switch
    {
        FactorKind.Band => r => string.Join('/', r.Employee.Track, r.Employee.Level.ToString(CultureInfo.InvariantCulture), r.Employee.Focus, r.Employee.Region),
        FactorKind.TimeInLevel => r => (r.Employee.MonthsInLevel / settings.TimeInLevelBucketMonths).ToString(CultureInfo.InvariantCulture),
        _ => AttributeKey(attributes.First(a => a.Name == factor.Name)),
    };

    private static Func<PayRecord, string> AttributeKey(DeclaredAttribute attribute) =>
        r => AttributeValue.Display(attribute.Kind, r.Employee.Attributes[attribute.Slot]);
}
