using System.Text.Json;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Diagnostics;
using RulesEngine.Models;

namespace JobFramework.Comp.Interop;

/// <summary>
/// A workflow run by Microsoft RulesEngine 6.0.1 itself: its model as RulesEngine read it, its declared parameters,
/// and the engine the release shares between such workflows (attached by <see cref="RulesEngineHost"/> once every
/// workflow of the release is read, compiled then). Its decision has the same shape as the typed compiler's: every
/// rule's outcome, the message RulesEngine fills in, each action's output.
/// </summary>
internal sealed class RulesEngineWorkflow(
    Workflow model,
    IReadOnlyList<(string Name, ParameterShape Shape)> parameters,
    IReadOnlyList<(string Name, bool Enabled)> topRules,
    IReadOnlyDictionary<string, SourceSpan> ruleSpans,
    SourceSpan span,
    IReadOnlyList<(string Name, SourceSpan Span)> injects,
    IReadOnlyList<(string Workflow, string Rule, SourceSpan Span)> chained)
{
    private RulesEngine.RulesEngine? _engine;

    public Workflow Model { get; } = model;

    public IReadOnlyList<(string Name, ParameterShape Shape)> Parameters { get; } = parameters;

    /// <summary>The top-level rules in order, injected ones after the workflow's own, with whether each is enabled.</summary>
    public IReadOnlyList<(string Name, bool Enabled)> TopRules { get; set; } = topRules;

    public IReadOnlyDictionary<string, SourceSpan> RuleSpans { get; } = ruleSpans;

    public SourceSpan Span { get; } = span;

    public IReadOnlyList<(string Name, SourceSpan Span)> Injects { get; } = injects;

    public IReadOnlyList<(string Workflow, string Rule, SourceSpan Span)> Chained { get; } = chained;

    internal void Attach(RulesEngine.RulesEngine engine) => _engine = engine;

    /// <summary>Reads the caller's parameter values and runs every rule; errors name the parameter field.</summary>
    public EvaluationResult<WorkflowDecision> Evaluate(JsonElement? arguments)
    {
        var read = ParameterValues.FromJson(Parameters, arguments);
        if (!read.Succeeded)
        {
            return EvaluationResult<WorkflowDecision>.Fail(read.Errors);
        }

        var results = Run(ParameterValues.Materialize(Parameters, read.Value!.Roots, new EvaluationBudget(ParameterLimits.MaxSteps)));
        var byName = results.ToDictionary(r => r.Rule.RuleName, StringComparer.Ordinal);
        var criteria = new List<CriterionResult>();
        bool passed = true;
        foreach (var (name, enabled) in TopRules)
        {
            if (!enabled || !byName.TryGetValue(name, out var result))
            {
                criteria.Add(new CriterionResult(name, RuleOutcome.Disabled, null, [], []));
                continue;
            }

            passed &= result.IsSuccess;
            criteria.Add(RulesEngineResults.Criterion(result));
        }

        return EvaluationResult<WorkflowDecision>.Ok(new WorkflowDecision(Model.WorkflowName, passed, criteria, [], [], Comp.Model.AttributeValues.None)
        {
            Parameters = read.Value.Canonical, Engine = WorkflowEngines.RulesEngine,
        });
    }

    /// <summary>Every rule of the workflow on RulesEngine, for the values given (the loader's warm-up passes defaults).</summary>
    internal List<RuleResultTree> Run(object[] values)
    {
        var engine = _engine ?? throw new InvalidOperationException("the workflow was not compiled by its release");
        var arguments = new RuleParameter[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            arguments[i] = new RuleParameter(Parameters[i].Name, values[i]);
        }

        return engine.ExecuteAllRulesAsync(Model.WorkflowName, arguments).AsTask().GetAwaiter().GetResult();
    }
}
