using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Releases;

namespace JobFramework.Comp.Governance;

/// <summary>One employee evaluated by one release: placed (position, compa-ratio, amount to minimum) and level-up verdict, or why not.</summary>
public readonly record struct ReleaseOutcome(bool Valid, BandPosition Position, decimal? CompaRatio, Monetary.Money? ToMinimum, bool Eligible, string? Problem);

/// <summary>One employee under both releases.</summary>
public sealed record EmployeeImpact(string Id, string Family, string Track, int Level, string Region, ReleaseOutcome Before, ReleaseOutcome After)
{
    public bool PositionChanged => Before.Valid && After.Valid && Before.Position != After.Position;

    public bool EligibilityChanged => Before.Valid && After.Valid && Before.Eligible != After.Eligible;

    public bool ValidityChanged => Before.Valid != After.Valid;

    public bool Changed => PositionChanged || EligibilityChanged || ValidityChanged;
}

/// <summary>
/// Streams a population through two releases and keeps only aggregates — so a million employees take
/// memory for the groups, not the rows: position transitions, eligibility gained and lost, the cost to bring
/// everyone to band minimum per currency, distributions by level, region and family, and a few examples.
/// Not thread-safe: one simulation per thread.
/// </summary>
public sealed class ImpactSimulation(CompiledRelease from, CompiledRelease to)
{
    public const int MaxExamples = 25;

    private readonly Evaluator _before = new(from);
    private readonly Evaluator _after = new(to);
    private readonly ImpactTotals _totals = new();

    public CompiledRelease From { get; } = from;

    public CompiledRelease To { get; } = to;

    /// <summary>Evaluates one employee under both releases and counts the outcome.</summary>
    public EmployeeImpact Add(Employee employee)
    {
        var impact = new EmployeeImpact(employee.Id, employee.Family, employee.Track, employee.Level, employee.Region, Evaluate(_before, employee), Evaluate(_after, employee));
        _totals.Count(impact);
        return impact;
    }

    /// <summary>A row that could not be read at all (bad CSV field, malformed JSON): counted, under both releases.</summary>
    public void AddUnreadable() => _totals.Unreadable++;

    public ImpactReport Report() => _totals.Report(From, To);

    private static ReleaseOutcome Evaluate(Evaluator evaluator, Employee employee)
    {
        var prepared = evaluator.Prepare(employee);
        if (!prepared.Succeeded)
        {
            return new ReleaseOutcome(false, default, null, null, false, prepared.Errors[0].ToString());
        }

        if (!evaluator.TryPlaceValidated(prepared.Value!, out var placement, out var error))
        {
            return new ReleaseOutcome(false, default, null, null, false, error!.ToString());
        }

        bool eligible = evaluator.IsEligibleForNextLevel(prepared.Value!);
        var toMinimum = placement.Position == BandPosition.Below ? placement.AmountToMinimum : (Monetary.Money?)null;
        return new ReleaseOutcome(true, placement.Position, placement.CompaRatio, toMinimum, eligible, null);
    }
}
