using JobFramework.Comp.Monetary;

namespace JobFramework.Comp.Evaluation;

/// <summary>
/// The failures a rule can meet on valid input (no band row, mixed currencies, overflow, division by zero)
/// — and only those: anything else is a bug and must surface as one.
/// </summary>
internal static class RuleErrors
{
    public static bool IsRuleError(Exception e) => e is RuleEvaluationException or CurrencyMismatchException or ArithmeticException;

    public static bool TryEvaluate<T>(Func<T> evaluate, out T value)
    {
        try
        {
            value = evaluate();
            return true;
        }
        catch (Exception e) when (IsRuleError(e))
        {
            value = default!;
            return false;
        }
    }
}
