using JobFramework.Comp.Model;

namespace JobFramework.Comp.Evaluation;

/// <summary>A workflow output's name and type (<c>money</c>, <c>number</c>, <c>integer</c>…).</summary>
public sealed record WorkflowOutput(string Name, string Type);

/// <summary>A RulesEngine workflow's named input and its JSON Schema (as the workflow declares it, normalised).</summary>
public sealed record WorkflowParameter(string Name, string Schema);

/// <summary>
/// A named workflow of a release as callers see it: its inputs (declared like attributes), its top-level rules, its
/// outputs and the caller roles allowed to evaluate it over HTTP. Level-up is one workflow among any number.
/// </summary>
public sealed record WorkflowDefinition(
    string Name,
    string Description,
    string File,
    IReadOnlyList<DeclaredAttribute> Inputs,
    IReadOnlyList<string> AllowedRoles,
    IReadOnlyList<string> Rules,
    IReadOnlyList<WorkflowOutput> Outputs)
{
    /// <summary>Which engine evaluates it: <c>typed</c>, or <c>RulesEngine 6.0.1</c>.</summary>
    public string Engine { get; init; } = WorkflowEngines.Typed;

    /// <summary>A RulesEngine workflow's own inputs, passed in place of an employee; empty for the project's workflows.</summary>
    public IReadOnlyList<WorkflowParameter> Parameters { get; init; } = [];

    public bool TakesParameters => Parameters.Count > 0;

    /// <summary>For a workflow over RuleParameters that RulesEngine runs: why the typed compiler does not.</summary>
    public IReadOnlyList<string> NotNative { get; init; } = [];

    public DeclaredAttribute? FindInput(string name) => Inputs.FirstOrDefault(i => string.Equals(i.Name, name, StringComparison.Ordinal));
}

/// <summary>
/// The outcome of one named workflow for one employee: whether every top-level rule was met, each criterion with its
/// explanation, the skill gaps, and the computed outputs with how each was reached; with the input values used
/// (defaults filled in), as the audit records them.
/// </summary>
public sealed record WorkflowDecision(
    string Workflow,
    bool Passed,
    IReadOnlyList<CriterionResult> Criteria,
    IReadOnlyList<SkillGap> Gaps,
    IReadOnlyList<ComputedOutput> Outputs,
    AttributeValues Inputs)
{
    /// <summary>A RulesEngine workflow's parameter values as read, in canonical JSON (what the audit records); null for the project's workflows.</summary>
    public string? Parameters { get; init; }

    /// <summary>The engine that decided: <c>typed</c> or <c>RulesEngine 6.0.1</c>.</summary>
    public string Engine { get; init; } = WorkflowEngines.Typed;

    /// <summary>
    /// The rules a results table lists as unmet, as <see cref="WorkflowVerdict.Unmet"/> does: an unmet rule by its
    /// name, else its unmet descendants.
    /// </summary>
    public IReadOnlyList<string> UnmetRules()
    {
        var unmet = new List<string>();
        Gather(Criteria, unmet);
        return unmet;

        static void Gather(IReadOnlyList<CriterionResult> criteria, List<string> unmet)
        {
            foreach (var criterion in criteria)
            {
                if (criterion.Outcome == RuleOutcome.Unmet)
                {
                    unmet.Add(criterion.Rule);
                }
                else
                {
                    Gather(criterion.Children, unmet);
                }
            }
        }
    }
}

/// <summary>
/// A workflow's result without its explanations (<see cref="Evaluator.EvaluateVerdict"/>): whether every rule was met,
/// the unmet rules by name, and the computed outputs — what a roster's results table holds.
/// </summary>
public sealed record WorkflowVerdict(string Workflow, bool Passed, IReadOnlyList<string> Unmet, IReadOnlyList<ComputedOutput> Outputs);
