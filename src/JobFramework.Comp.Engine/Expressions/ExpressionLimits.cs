namespace JobFramework.Comp.Expressions;

/// <summary>Hard limits for user-authored expressions; each has its own test.</summary>
internal static class ExpressionLimits
{
    /// <summary>Characters in one expression. Real criteria are a line or two; 4,000 leaves ample room.</summary>
    public const int MaxLength = 4000;

    /// <summary>Nesting of parentheses, unary operators and sub-expressions.</summary>
    public const int MaxDepth = 48;

    /// <summary>
    /// Lambdas inside lambdas. Each loops over a list of at most 100 items, so three deep is at most a million steps
    /// per rule; a fourth would be a hundred million — a rule that could stall a request.
    /// </summary>
    public const int MaxLambdaNesting = 3;
}
