using System.Collections;

namespace JobFramework.Comp.Interop;

/// <summary>
/// The step budget of one evaluation on RulesEngine: every list element an expression visits is one step, so a
/// rule nesting loops over large lists is stopped with an error instead of holding the request. Counting steps, not
/// time, keeps the cut-off deterministic: the same input stops at the same place on any machine.
/// </summary>
internal sealed class EvaluationBudget(long maxSteps)
{
    private long _steps;

    public void Step()
    {
        if (++_steps > maxSteps)
        {
            throw new EvaluationBudgetExceededException(maxSteps);
        }
    }
}

internal sealed class EvaluationBudgetExceededException(long maxSteps)
    : Exception($"the evaluation visited more than {maxSteps:N0} list items, its budget; no rule may loop that long");

/// <summary>
/// A list of a RulesEngine input: read-only, indexable, and counted against the evaluation's budget as it is
/// enumerated (LINQ's Any, Where, Sum… all enumerate).
/// </summary>
public sealed class MeteredList<T> : IReadOnlyList<T>
{
    private readonly T[] _items;
    private readonly EvaluationBudget _budget;

    internal MeteredList(T[] items, EvaluationBudget budget)
    {
        _items = items;
        _budget = budget;
    }

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    public IEnumerator<T> GetEnumerator()
    {
        foreach (var item in _items)
        {
            _budget.Step();
            yield return item;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
