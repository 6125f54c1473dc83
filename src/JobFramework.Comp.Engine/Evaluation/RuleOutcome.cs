namespace JobFramework.Comp.Evaluation;

/// <summary>How one rule of a workflow came out for one employee.</summary>
public enum RuleOutcome : byte
{
    Disabled,
    Met,
    Unmet,

    /// <summary>The rule could not be evaluated for this input (e.g. no role at the target); counts as unmet.</summary>
    Error,
}
