using JobFramework.Comp.Evaluation;

namespace JobFramework.Comp.Expressions;

/// <summary>
/// What the Dynamic-LINQ-style list methods do at run time (<c>Where</c>, <c>Select</c>, <c>Sum</c>, <c>First</c>…, and
/// indexing). An empty list where an element is needed, or an index outside the list, is a rule error naming it —
/// the rule is reported as an error, never a silent false.
/// </summary>
internal static class ListRuntime
{
    public static T ElementAt<T>(T[] list, long index) =>
        index >= 0 && index < list.Length ? list[index] : throw new RuleEvaluationException(Diagnostics.Messages.IndexOutside(index, list.Length));

    public static T[] Where<T>(T[] list, Func<T, bool> condition) => [.. list.Where(condition)];

    public static TResult[] Select<T, TResult>(T[] list, Func<T, TResult> selector) => [.. list.Select(selector)];

    public static T First<T>(T[] list, Func<T, bool> condition)
    {
        foreach (var item in list)
        {
            if (condition(item))
            {
                return item;
            }
        }

        throw new RuleEvaluationException(Diagnostics.Messages.NoElement("First"));
    }

    public static T FirstOrDefault<T>(T[] list, Func<T, bool> condition, T fallback)
    {
        foreach (var item in list)
        {
            if (condition(item))
            {
                return item;
            }
        }

        return fallback;
    }

    public static long SumIntegers(long[] values) => values.Sum();

    public static decimal SumNumbers(decimal[] values) => values.Sum();

    public static long MinInteger(long[] values) => values.Length > 0 ? values.Min() : throw new RuleEvaluationException(Diagnostics.Messages.NoElement("Min"));

    public static decimal MinNumber(decimal[] values) => values.Length > 0 ? values.Min() : throw new RuleEvaluationException(Diagnostics.Messages.NoElement("Min"));

    public static long MaxInteger(long[] values) => values.Length > 0 ? values.Max() : throw new RuleEvaluationException(Diagnostics.Messages.NoElement("Max"));

    public static decimal MaxNumber(decimal[] values) => values.Length > 0 ? values.Max() : throw new RuleEvaluationException(Diagnostics.Messages.NoElement("Max"));

    public static decimal AverageIntegers(long[] values) =>
        values.Length > 0 ? (decimal)values.Sum() / values.Length : throw new RuleEvaluationException(Diagnostics.Messages.NoElement("Average"));

    public static decimal AverageNumbers(decimal[] values) =>
        values.Length > 0 ? values.Sum() / values.Length : throw new RuleEvaluationException(Diagnostics.Messages.NoElement("Average"));
}
