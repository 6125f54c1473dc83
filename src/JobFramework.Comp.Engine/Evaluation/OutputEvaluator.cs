using JobFramework.Comp.Expressions;
using JobFramework.Comp.Monetary;

namespace JobFramework.Comp.Evaluation;

/// <summary>
/// Computes a workflow's outputs in order — value, declared rounding, floor, then cap (so a cap is a true
/// ceiling) — keeping each for the outputs after it, and records every step for the explanation. An
/// output that fails (no target band, mixed currencies) carries its error; the others are still computed.
/// </summary>
internal static class OutputEvaluator
{
    public static ComputedOutput[] Evaluate(IReadOnlyList<CompiledOutput> outputs, EvaluationScope scope)
    {
        if (outputs.Count == 0)
        {
            return [];
        }

        var results = new ComputedOutput[outputs.Count];
        for (int i = 0; i < results.Length; i++)
        {
            results[i] = Evaluate(outputs[i], scope);
        }

        return results;
    }

    private static ComputedOutput Evaluate(CompiledOutput output, EvaluationScope scope)
    {
        scope.Computed[output.Slot] = null;
        var inputs = output.References
            .Select(r => new OutputInput(r.Name, RuleErrors.TryEvaluate(() => r.Read(scope), out var value) ? Describe(value) : "(no value)") { Source = r.Source?.Invoke(scope) })
            .ToArray();
        string? rounding = output.Rounding?.ToString();
        try
        {
            object raw = output.Value(scope);
            object value = output.Rounding is { } rule ? Round(raw, rule) : raw;
            OutputLimit? limit = null;
            if (output.Floor is { } floor && Compare(value, Bound(floor, scope, value), out var low) < 0)
            {
                limit = new OutputLimit("floor", floor.Expression, OutputValue.From(low)!.Value, OutputValue.From(value)!.Value);
                value = low;
            }

            if (output.Cap is { } cap && Compare(value, Bound(cap, scope, value), out var high) > 0)
            {
                limit = new OutputLimit("cap", cap.Expression, OutputValue.From(high)!.Value, OutputValue.From(value)!.Value);
                value = high;
            }

            scope.Computed[output.Slot] = value;
            return new ComputedOutput(output.Name, output.Expression, OutputValue.From(value), output.Rounding is null ? null : OutputValue.From(raw), rounding, limit, inputs, null);
        }
        catch (Exception e) when (RuleErrors.IsRuleError(e))
        {
            return new ComputedOutput(output.Name, output.Expression, null, null, rounding, null, inputs, e.Message);
        }
    }

    private static object Round(object value, RoundingRule rule) => value switch
    {
        Money money => PayMath.RoundMoneyTo(money, rule.Step, rule.Mode),
        decimal number => PayMath.RoundTo(number, rule.Step, rule.Mode),
        long integer => (long)PayMath.RoundTo(integer, rule.Step, rule.Mode),
        _ => value,
    };

    // A plain number bounding a money output is an amount in the output's currency.
    private static object Bound(CompiledBound bound, EvaluationScope scope, object value)
    {
        object read = bound.Read(scope);
        return (value, read) switch
        {
            (Money money, decimal amount) => new Money(amount, money.Currency),
            (Money money, long amount) => new Money(amount, money.Currency),
            (decimal, long amount) => (decimal)amount,
            _ => read,
        };
    }

    private static int Compare(object value, object bound, out object boundValue)
    {
        boundValue = bound;
        return value switch
        {
            Money money => money.CompareTo((Money)bound),
            decimal number => number.CompareTo((decimal)bound),
            _ => ((long)value).CompareTo((long)bound),
        };
    }

    private static string Describe(object? value) => OutputValue.From(value)?.ToString() ?? Runtime.Format(value);
}
