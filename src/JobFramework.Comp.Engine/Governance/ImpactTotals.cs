using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Releases;

namespace JobFramework.Comp.Governance;

/// <summary>Counts for one group of employees (everyone, or one level, region or family) under both releases.</summary>
public sealed class GroupImpact(string dimension, string key)
{
    public string Dimension { get; } = dimension;

    public string Key { get; } = key;

    public long Employees { get; internal set; }

    /// <summary>Below / within / above the band, indexed by <see cref="BandPosition"/>, before and after.</summary>
    public long[] PositionsBefore { get; } = new long[3];

    public long[] PositionsAfter { get; } = new long[3];

    public long EligibleBefore { get; internal set; }

    public long EligibleAfter { get; internal set; }

    public decimal CompaSumBefore { get; internal set; }

    public decimal CompaSumAfter { get; internal set; }

    /// <summary>Placed employees whose band defines a compa-ratio (a mid or reference point), before and after.</summary>
    public long WithCompaBefore { get; internal set; }

    public long WithCompaAfter { get; internal set; }

    public long PlacedBefore { get; internal set; }

    public long PlacedAfter { get; internal set; }

    public long PositionChanged { get; internal set; }

    public long EligibilityChanged { get; internal set; }

    /// <summary>Employees whose position or verdict differs — what ranks the most affected groups.</summary>
    public long Affected => PositionChanged + EligibilityChanged;

    public decimal? AverageCompaBefore => WithCompaBefore == 0 ? null : decimal.Round(CompaSumBefore / WithCompaBefore, 4, MidpointRounding.ToEven);

    public decimal? AverageCompaAfter => WithCompaAfter == 0 ? null : decimal.Round(CompaSumAfter / WithCompaAfter, 4, MidpointRounding.ToEven);

    internal void Count(EmployeeImpact impact)
    {
        Employees++;
        if (impact.Before.Valid)
        {
            PlacedBefore++;
            PositionsBefore[(int)impact.Before.Position]++;
            if (impact.Before.CompaRatio is { } compa)
            {
                CompaSumBefore += compa;
                WithCompaBefore++;
            }

            EligibleBefore += impact.Before.Eligible ? 1 : 0;
        }

        if (impact.After.Valid)
        {
            PlacedAfter++;
            PositionsAfter[(int)impact.After.Position]++;
            if (impact.After.CompaRatio is { } compa)
            {
                CompaSumAfter += compa;
                WithCompaAfter++;
            }

            EligibleAfter += impact.After.Eligible ? 1 : 0;
        }

        PositionChanged += impact.PositionChanged ? 1 : 0;
        EligibilityChanged += impact.EligibilityChanged ? 1 : 0;
    }
}

/// <summary>The cost to bring everyone below band to the band minimum, in one currency, before and after.</summary>
public sealed record CurrencyCost(string Currency, decimal Before, long BelowBefore, decimal After, long BelowAfter)
{
    public decimal Change => After - Before;
}

/// <summary>What a simulation found. Lists are in a fixed order, so the same population gives the same report.</summary>
public sealed record ImpactReport(
    string From,
    string To,
    string FromHash,
    string ToHash,
    long Rows,
    long Unreadable,
    long InvalidBefore,
    long InvalidAfter,
    long[,] Transitions,
    long BecameEligible,
    long StoppedBeingEligible,
    IReadOnlyList<CurrencyCost> Costs,
    GroupImpact Everyone,
    IReadOnlyList<GroupImpact> Groups,
    IReadOnlyList<EmployeeImpact> Examples)
{
    public long PositionChanges => Everyone.PositionChanged;

    /// <summary>The groups with the most employees whose position or verdict changes, most first.</summary>
    public IEnumerable<GroupImpact> MostAffected(int count) =>
        Groups.Where(g => g.Affected > 0).OrderByDescending(g => g.Affected).ThenBy(g => g.Dimension, StringComparer.Ordinal).ThenBy(g => g.Key, StringComparer.Ordinal).Take(count);
}

/// <summary>The running totals behind an <see cref="ImpactSimulation"/>.</summary>
internal sealed class ImpactTotals
{
    private readonly long[,] _transitions = new long[3, 3];
    private readonly Dictionary<string, (decimal Amount, long Count)> _costBefore = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (decimal Amount, long Count)> _costAfter = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Dimension, string Key), GroupImpact> _groups = [];
    private readonly GroupImpact _everyone = new("all", "all");
    private readonly List<EmployeeImpact> _examples = [];

    public long Unreadable { get; set; }

    private long _invalidBefore;
    private long _invalidAfter;
    private long _became;
    private long _stopped;

    public void Count(EmployeeImpact impact)
    {
        _everyone.Count(impact);
        Group("level", impact.Track + " L" + impact.Level.ToString(System.Globalization.CultureInfo.InvariantCulture)).Count(impact);
        Group("region", impact.Region).Count(impact);
        Group("family", impact.Family).Count(impact);
        _invalidBefore += impact.Before.Valid ? 0 : 1;
        _invalidAfter += impact.After.Valid ? 0 : 1;
        if (impact.Before.Valid && impact.After.Valid)
        {
            _transitions[(int)impact.Before.Position, (int)impact.After.Position]++;
            _became += !impact.Before.Eligible && impact.After.Eligible ? 1 : 0;
            _stopped += impact.Before.Eligible && !impact.After.Eligible ? 1 : 0;
        }

        Add(_costBefore, impact.Before.ToMinimum);
        Add(_costAfter, impact.After.ToMinimum);
        if (impact.Changed && _examples.Count < ImpactSimulation.MaxExamples)
        {
            _examples.Add(impact);
        }
    }

    public ImpactReport Report(CompiledRelease from, CompiledRelease to)
    {
        var currencies = _costBefore.Keys.Union(_costAfter.Keys).Order(StringComparer.Ordinal);
        var costs = currencies.Select(c =>
        {
            var before = _costBefore.GetValueOrDefault(c);
            var after = _costAfter.GetValueOrDefault(c);
            return new CurrencyCost(c, before.Amount, before.Count, after.Amount, after.Count);
        }).ToList();
        var groups = _groups.Values.OrderBy(g => g.Dimension, StringComparer.Ordinal).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        return new ImpactReport(
            from.Id, to.Id, from.ContentHash, to.ContentHash, _everyone.Employees + Unreadable, Unreadable, _invalidBefore, _invalidAfter,
            (long[,])_transitions.Clone(), _became, _stopped, costs, _everyone, groups, [.. _examples]);
    }

    private GroupImpact Group(string dimension, string key)
    {
        if (!_groups.TryGetValue((dimension, key), out var group))
        {
            _groups[(dimension, key)] = group = new GroupImpact(dimension, key);
        }

        return group;
    }

    private static void Add(Dictionary<string, (decimal Amount, long Count)> costs, Monetary.Money? amount)
    {
        if (amount is { } money)
        {
            var (total, count) = costs.GetValueOrDefault(money.Currency.Code);
            costs[money.Currency.Code] = (total + money.Amount, count + 1);
        }
    }
}
