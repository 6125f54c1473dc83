namespace JobFramework.Comp.Evaluation;

/// <summary>The two engines a workflow may run on, by the names decisions, validation and the API give them.</summary>
public static class WorkflowEngines
{
    /// <summary>The project's typed compiler: everything checked and compiled at load.</summary>
    public const string Typed = "typed";

    /// <summary>Microsoft RulesEngine itself, for workflows over their own RuleParameters.</summary>
    public const string RulesEngine = "RulesEngine 6.0.1";
}
