using JobFramework.Comp.Expressions;

namespace JobFramework.Comp.Evaluation;

/// <summary>
/// One workflow rule, compiled: a predicate (a leaf) or an And/Or over nested rules, its message
/// templates, and the skill criteria it contains. <see cref="Slot"/> is its place in the flat outcome
/// array, so evaluating a workflow writes outcomes without allocating.
/// </summary>
internal sealed class CompiledRule
{
    /// <summary>An OutputExpression action: its expression as written and the compiled value.</summary>
    public sealed record RuleAction(string Expression, Func<EvaluationScope, object> Value);

    public required string Name { get; init; }

    public required int Slot { get; init; }

    public required bool Enabled { get; init; }

    public Func<EvaluationScope, bool>? Predicate { get; init; }

    /// <summary>The rule's expression as written (leaves), or its operator (And/Or), for diffs and explanations.</summary>
    public string Source { get; init; } = "";

    /// <summary>The leaf's expression tree (over the release's scope parameter), kept to build fused verdicts.</summary>
    public System.Linq.Expressions.Expression? Body { get; init; }

    /// <summary>True for Or/OrElse, false for And/AndAlso; only meaningful with children.</summary>
    public bool IsOr { get; init; }

    public IReadOnlyList<CompiledRule> Children
    {
        get => _children;
        init => _children = [.. value];
    }

    // An array so evaluation iterates without boxing an enumerator.
    private readonly CompiledRule[] _children = [];

    public MessageTemplate ErrorMessage { get; init; } = MessageTemplate.Empty;

    public MessageTemplate SuccessEvent { get; init; } = MessageTemplate.Empty;

    /// <summary>The rule's bar in words (<c>Properties.Criterion</c>), for progression criteria; empty when the rule states none.</summary>
    public MessageTemplate Criterion { get; init; } = MessageTemplate.Empty;

    /// <summary>Where the rule is written, so a published criterion can be traced to it.</summary>
    public Diagnostics.SourceSpan Location { get; init; }

    public IReadOnlyList<SkillCheck> SkillChecks { get; init; } = [];

    /// <summary>RulesEngine's <c>Actions.OnSuccess</c> / <c>OnFailure</c> <c>OutputExpression</c>: a value computed when the rule is met, or unmet.</summary>
    public RuleAction? OnSuccess { get; init; }

    public RuleAction? OnFailure { get; init; }

    public RuleOutcome Evaluate(EvaluationScope scope, Span<RuleOutcome> outcomes)
    {
        RuleOutcome outcome;
        if (!Enabled)
        {
            outcome = RuleOutcome.Disabled;
        }
        else if (Predicate is not null)
        {
            outcome = EvaluateLeaf(scope);
        }
        else
        {
            // Every child is evaluated (no short-circuit) so the explanation covers all criteria.
            bool any = false;
            bool all = true;
            foreach (var child in _children)
            {
                var result = child.Evaluate(scope, outcomes);
                if (result == RuleOutcome.Disabled)
                {
                    continue;
                }

                any |= result == RuleOutcome.Met;
                all &= result == RuleOutcome.Met;
            }

            outcome = (IsOr ? any : all) ? RuleOutcome.Met : RuleOutcome.Unmet;
        }

        outcomes[Slot] = outcome;
        return outcome;
    }

    private RuleOutcome EvaluateLeaf(EvaluationScope scope)
    {
        try
        {
            return Predicate!(scope) ? RuleOutcome.Met : RuleOutcome.Unmet;
        }
        catch (Exception e) when (RuleErrors.IsRuleError(e))
        {
            return RuleOutcome.Error;
        }
    }

    /// <summary>The error text of a rule that failed to evaluate (re-run only when explaining).</summary>
    public string? ErrorText(EvaluationScope scope)
    {
        try
        {
            Predicate?.Invoke(scope);
            return null;
        }
        catch (Exception e) when (RuleErrors.IsRuleError(e))
        {
            return e.Message;
        }
    }
}
