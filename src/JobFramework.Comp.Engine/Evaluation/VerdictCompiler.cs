using System.Linq.Expressions;
using JobFramework.Comp.Monetary;

namespace JobFramework.Comp.Evaluation;

/// <summary>
/// Fuses a workflow's rules into one compiled predicate for batch paths that need only the verdict:
/// <c>AndAlso</c> over the enabled top-level rules, nested And/Or as <c>AndAlso</c>/<c>OrElse</c>, each
/// leaf guarded so a rule error counts as unmet — the same answer as evaluating rule by rule with
/// <see cref="CompiledRule.Evaluate"/>, without a call, a delegate and an exception frame per rule.
/// </summary>
internal static class VerdictCompiler
{
    // The failures RuleErrors.IsRuleError names; anything else is a bug and must still escape.
    private static readonly Type[] RuleErrorTypes = [typeof(RuleEvaluationException), typeof(CurrencyMismatchException), typeof(ArithmeticException)];

    public static Func<EvaluationScope, bool> Compile(IReadOnlyList<CompiledRule> rules, ParameterExpression scope) =>
        Expression.Lambda<Func<EvaluationScope, bool>>(All(rules), scope).Compile();

    private static Expression All(IEnumerable<CompiledRule> rules) =>
        rules.Where(r => r.Enabled).Select(Node).Aggregate((Expression)Expression.Constant(true), (left, right) => Expression.AndAlso(left, right));

    private static Expression Any(IEnumerable<CompiledRule> rules) =>
        rules.Where(r => r.Enabled).Select(Node).Aggregate((Expression)Expression.Constant(false), (left, right) => Expression.OrElse(left, right));

    private static Expression Node(CompiledRule rule)
    {
        if (rule.Body is not { } body)
        {
            return rule.IsOr ? Any(rule.Children) : All(rule.Children);
        }

        var unmet = Expression.Constant(false);
        return Expression.TryCatch(body, [.. RuleErrorTypes.Select(type => Expression.Catch(type, unmet))]);
    }
}
