namespace JobFramework.Comp.Expressions;

/// <summary>Unwinds the binder to the expression's compile call, which turns it into a diagnostic.</summary>
internal sealed class BindException(ExpressionError error) : Exception(error.Message)
{
    public ExpressionError Error { get; } = error;
}
