using JobFramework.Comp.Evaluation;

namespace JobFramework.Comp.Governance;

/// <summary>
/// What a named workflow decides over a population under one release: how many were evaluated, met every rule or
/// were rejected, each money output summed per currency (the cost of a merit cycle) and each number output's
/// average. Streams: memory for the totals, not the rows. Deterministic: outputs in declaration order, currencies
/// in ordinal order.
/// </summary>
public sealed class WorkflowTotals(string release, WorkflowDefinition workflow, DateOnly asOf)
{
    private readonly Dictionary<string, SortedDictionary<string, decimal>> _money = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (decimal Sum, long Count)> _numbers = new(StringComparer.Ordinal);

    public string Release { get; } = release;

    public WorkflowDefinition Workflow { get; } = workflow;

    public DateOnly AsOf { get; } = asOf;

    public long Evaluated { get; private set; }

    public long Passed { get; private set; }

    public long Rejected { get; private set; }

    /// <summary>Output values that could not be computed (a rule error), by output.</summary>
    public long OutputErrors { get; private set; }

    public void Add(WorkflowDecision decision)
    {
        Evaluated++;
        Passed += decision.Passed ? 1 : 0;
        foreach (var output in decision.Outputs)
        {
            if (output.Value is not { } value)
            {
                OutputErrors++;
                continue;
            }

            if (value.Currency is { } currency)
            {
                var sums = _money.TryGetValue(output.Name, out var found) ? found : _money[output.Name] = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
                sums[currency.Code] = sums.GetValueOrDefault(currency.Code) + value.Amount;
            }
            else
            {
                var (sum, count) = _numbers.GetValueOrDefault(output.Name);
                _numbers[output.Name] = (sum + value.Amount, count + 1);
            }
        }
    }

    public void AddRejected() => Rejected++;

    /// <summary>A money output's total per currency (empty when none was computed).</summary>
    public IReadOnlyDictionary<string, decimal> MoneyTotal(string output) =>
        _money.TryGetValue(output, out var sums) ? sums : new SortedDictionary<string, decimal>(StringComparer.Ordinal);

    /// <summary>A number output's mean over the employees it was computed for (4 decimals, half even), or null.</summary>
    public decimal? Average(string output) =>
        _numbers.TryGetValue(output, out var totals) && totals.Count > 0 ? decimal.Round(totals.Sum / totals.Count, 4, MidpointRounding.ToEven) : null;
}
