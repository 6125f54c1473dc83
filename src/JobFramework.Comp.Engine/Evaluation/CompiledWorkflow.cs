using System.Linq.Expressions;

namespace JobFramework.Comp.Evaluation;

/// <summary>A compiled eligibility workflow: its top-level rules and the number of outcome slots.</summary>
internal sealed class CompiledWorkflow
{
    // An array, not the interface: a foreach over IReadOnlyList boxes an enumerator on every evaluation.
    private readonly CompiledRule[] _rules;

    // Compiled on first use: only batch paths ask for the bare verdict, and loading stays as fast as it was.
    private readonly Lazy<Func<EvaluationScope, bool>> _verdict;

    public CompiledWorkflow(string name, string file, IReadOnlyList<CompiledRule> rules, int slotCount, ParameterExpression scope)
    {
        Name = name;
        File = file;
        Rules = rules;
        SlotCount = slotCount;
        _rules = [.. rules];
        _verdict = new Lazy<Func<EvaluationScope, bool>>(() => VerdictCompiler.Compile(rules, scope), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string Name { get; }

    public string File { get; }

    public IReadOnlyList<CompiledRule> Rules { get; }

    public int SlotCount { get; }

    /// <summary>Named outputs computed after the rules (promotion recommendation, increase to minimum).</summary>
    public IReadOnlyList<CompiledOutput> Outputs { get; init; } = [];

    /// <summary>The values a caller passes beside the employee (<c>input.name</c> in rules), declared as attributes are.</summary>
    public IReadOnlyList<Model.DeclaredAttribute> Inputs { get; init; } = [];

    /// <summary>The caller roles allowed to evaluate this workflow over HTTP.</summary>
    public IReadOnlyList<string> AllowedRoles { get; init; } = [CallerRoles.CompAdmin];

    public string Description { get; init; } = "";

    /// <summary>A RulesEngine workflow's own named inputs (<c>RuleParameters</c>), in place of the employee; empty for the project's workflows.</summary>
    public IReadOnlyList<(string Name, Interop.ParameterShape Shape)> Parameters { get; init; } = [];

    /// <summary>
    /// A workflow over RuleParameters as RulesEngine 6.0.1 reads it, compiled by the release's engine: what runs it
    /// unless <see cref="Native"/> is set, and what the oracle and injections use either way. Null for the project's workflows.
    /// </summary>
    public Interop.RulesEngineWorkflow? OnRulesEngine { get; init; }

    /// <summary>Set when the typed compiler took a workflow over RuleParameters: its parameters' fields, slotted.</summary>
    public Interop.NativeParameters? Native { get; init; }

    /// <summary>Why a workflow over RuleParameters runs on RulesEngine rather than the typed compiler; empty otherwise.</summary>
    public IReadOnlyList<string> NotNative { get; private init; } = [];

    /// <summary>Which engine evaluates the workflow, as <c>comp rules validate</c> and the decision name it.</summary>
    public string Engine => OnRulesEngine is null || Native is not null ? WorkflowEngines.Typed : WorkflowEngines.RulesEngine;

    /// <summary>True when RulesEngine itself evaluates the workflow.</summary>
    public bool RunsOnRulesEngine => OnRulesEngine is not null && Native is null;

    public CompiledWorkflow WithReasons(IReadOnlyList<string> reasons) => new(Name, File, Rules, SlotCount, System.Linq.Expressions.Expression.Parameter(typeof(EvaluationScope)))
    {
        Description = Description, AllowedRoles = AllowedRoles, Parameters = Parameters, OnRulesEngine = OnRulesEngine, NotNative = reasons,
    };

    /// <summary>What callers may know of the workflow: its name, inputs, rules, outputs and who may call it.</summary>
    public WorkflowDefinition Definition => _definition ??= new WorkflowDefinition(
        Name, Description, File, Inputs, AllowedRoles,
        RunsOnRulesEngine ? [.. OnRulesEngine!.TopRules.Select(r => r.Name)] : [.. Rules.Select(r => r.Name)],
        [.. Outputs.Select(o => new WorkflowOutput(o.Name, o.Type.Name))])
    {
        Engine = Engine, NotNative = NotNative,
        Parameters = [.. Parameters.Select(p => new WorkflowParameter(p.Name, Interop.ParameterSchema.Write(p.Shape)))],
    };

    private WorkflowDefinition? _definition;

    /// <summary>Evaluates every rule; true when all enabled top-level rules are met.</summary>
    public bool Evaluate(EvaluationScope scope, Span<RuleOutcome> outcomes)
    {
        bool eligible = true;
        foreach (var rule in _rules)
        {
            var outcome = rule.Evaluate(scope, outcomes);
            eligible &= outcome is RuleOutcome.Met or RuleOutcome.Disabled;
        }

        return eligible;
    }

    /// <summary>
    /// The verdict of <see cref="Evaluate"/> without the explanation, from one fused predicate that stops
    /// at the first unmet rule.
    /// </summary>
    public bool IsSatisfied(EvaluationScope scope) => _verdict.Value(scope);
}
