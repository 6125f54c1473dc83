using JobFramework.Comp.Framework;

namespace JobFramework.Comp.Evaluation;

/// <summary>
/// One rule of the level-up workflow as a published criterion: its name, its bar in words (the rule's
/// <c>Properties.Criterion</c> filled in for the target; null when it states none), where it is written, and its nested rules.
/// </summary>
public sealed record StatedCriterion(string Rule, string? Statement, string Location, bool AnyOf, IReadOnlyList<StatedCriterion> Children)
{
    /// <summary>This criterion, then its nested ones, in document order.</summary>
    public IEnumerable<StatedCriterion> SelfAndNested() => Children.SelectMany(c => c.SelfAndNested()).Prepend(this);

    /// <summary>The criteria that state a bar of their own: this one without children, else its children's leaves.</summary>
    public IEnumerable<StatedCriterion> Leaves() => Children.Count == 0 ? [this] : Children.SelectMany(c => c.Leaves());
}

public sealed partial class Evaluator
{
    /// <summary>
    /// The level-up criteria for moving from <paramref name="reference"/>'s position to the next level on its track
    /// (or <paramref name="target"/>), in the words the rules give them. Criteria never read the person, so any
    /// employee at the position states the same bar. Null when there is no level above or no level-up workflow.
    /// </summary>
    public EvaluationResult<IReadOnlyList<StatedCriterion>> StateLevelUpCriteria(Employee reference, EligibilityTarget? target = null)
    {
        var prepared = EmployeeValidator.Prepare(Release.Framework, reference, out var errors);
        if (prepared is null)
        {
            return EvaluationResult<IReadOnlyList<StatedCriterion>>.Fail(errors);
        }

        if (_levelUp is not { } workflow)
        {
            return EvaluationResult<IReadOnlyList<StatedCriterion>>.Fail("workflow", Diagnostics.Messages.NoLevelUpWorkflow(Release.Id));
        }

        Reset(prepared);
        var resolved = ResolveTarget(prepared, target);
        if (resolved.Error is not null)
        {
            return EvaluationResult<IReadOnlyList<StatedCriterion>>.Fail([resolved.Error]);
        }

        if (resolved.Level is null)
        {
            return EvaluationResult<IReadOnlyList<StatedCriterion>>.Ok([]);
        }

        _scope.SetTarget(resolved.Track, resolved.Level.Number, resolved.Role);
        return EvaluationResult<IReadOnlyList<StatedCriterion>>.Ok([.. workflow.Rules.Where(r => r.Enabled).Select(State)]);
    }

    private StatedCriterion State(CompiledRule rule)
    {
        string? statement = null;
        if (rule.Criterion.Source.Length > 0 && RuleErrors.TryEvaluate(() => rule.Criterion.Render(_scope), out var text))
        {
            statement = text;
        }

        return new StatedCriterion(rule.Name, statement, $"{rule.Location.File}:{rule.Location.Line}", rule.IsOr, [.. rule.Children.Where(c => c.Enabled).Select(State)]);
    }
}
