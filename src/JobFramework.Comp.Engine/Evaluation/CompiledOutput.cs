using JobFramework.Comp.Expressions;
using JobFramework.Comp.Monetary;

namespace JobFramework.Comp.Evaluation;

/// <summary>A cap or floor of an output: an expression compiled at load, and its text for the explanation.</summary>
internal sealed record CompiledBound(string Expression, Func<EvaluationScope, object> Read);

/// <summary>A value an output reads, compiled on its own so the explanation can show it.</summary>
internal sealed record CompiledReference(string Name, Func<EvaluationScope, object> Read)
{
    /// <summary>For a constant: where its value in effect is written, for the explanation.</summary>
    public Func<EvaluationScope, string>? Source { get; init; }
}

/// <summary>
/// A workflow output (RulesEngine's OutputExpression, typed): its expression, the declared rounding, an
/// optional floor and cap, and the values it reads. <see cref="Slot"/> is where its value is kept while
/// the workflow's later outputs are computed, so they can use it by name.
/// </summary>
internal sealed class CompiledOutput
{
    public required string Name { get; init; }

    public required int Slot { get; init; }

    public required ExprType Type { get; init; }

    public required string Expression { get; init; }

    public required Func<EvaluationScope, object> Value { get; init; }

    public RoundingRule? Rounding { get; init; }

    public CompiledBound? Floor { get; init; }

    public CompiledBound? Cap { get; init; }

    public IReadOnlyList<CompiledReference> References { get; init; } = [];
}
