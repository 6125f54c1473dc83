namespace JobFramework.Comp.Expressions;

/// <summary>A problem in an expression, at a 0-based offset into its text.</summary>
internal sealed record ExpressionError(int Position, string Message, string Code = Diagnostics.Codes.ExpressionSyntax);
