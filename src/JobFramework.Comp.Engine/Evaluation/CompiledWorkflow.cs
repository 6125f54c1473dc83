namespace JobFramework.Comp.Evaluation;

/// <summary>A compiled eligibility workflow: its top-level rules and the number of outcome slots.</summary>
internal sealed class CompiledWorkflow(string name, string file, IReadOnlyList<CompiledRule> rules, int slotCount)
{
    // An array, not the interface: a foreach over IReadOnlyList boxes an enumerator on every evaluation.
    private readonly CompiledRule[] _rules = [.. rules];

    public string Name { get; } = name;

    public string File { get; } = file;

    public IReadOnlyList<CompiledRule> Rules { get; } = rules;

    public int SlotCount { get; } = slotCount;

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
}
