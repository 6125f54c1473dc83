namespace JobFramework.Comp.Evaluation;

/// <summary>
/// A rule could not be evaluated for this input (no role defined at the target, no band row matched…).
/// The evaluator reports it as that rule's outcome, with this message; it never escapes as a crash.
/// </summary>
public sealed class RuleEvaluationException : Exception
{
    public RuleEvaluationException(string message)
        : base(message)
    {
    }

    public RuleEvaluationException()
    {
    }

    public RuleEvaluationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
