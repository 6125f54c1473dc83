namespace JobFramework.Comp.Expressions;

/// <summary>Hard limits for user-authored expressions; each has its own test.</summary>
internal static class ExpressionLimits
{
    /// <summary>Characters in one expression. Real criteria are a line or two; 4,000 leaves ample room.</summary>
    public const int MaxLength = 4000;

    /// <summary>Nesting of parentheses, unary operators and sub-expressions.</summary>
    public const int MaxDepth = 48;
}
