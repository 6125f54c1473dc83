using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Expressions;

namespace JobFramework.Comp.Tables;

/// <summary>
/// An input column: its name, kind and the compiled expression that reads its value — as a
/// <see cref="CellValue"/> for cell tests, and typed (<see cref="TypedRead"/>: string, long, decimal or
/// bool by <see cref="ValueType"/>) for the hash index, which then hashes the plain value.
/// </summary>
internal sealed record TableInput(string Name, ColumnKind Kind, Func<EvaluationScope, Position, CellValue> Read, string Expression, SourceSpan Span, Delegate TypedRead, ExprType ValueType);

/// <summary>An output column and its type as expressions see it (a list of that type under COLLECT).</summary>
internal sealed record TableOutput(string Name, ExprType Type);

/// <summary>
/// One row: a test per input column and a value per output column, with its source line. A derived row
/// also says which source rows it came from and which caps or floors applied.
/// </summary>
internal sealed record TableRow(CellTest[] Tests, object[] Outputs, SourceSpan Span)
{
    public string? Origin { get; init; }

    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Derived rows: where each output's expression is written, so errors point at the formula.</summary>
    public SourceSpan[]? OutputSpans { get; init; }

    public SourceSpan SpanOf(int output) => OutputSpans?[output] ?? Span;

    /// <summary>" (derived from …)" for messages about a derived row; empty for a typed one.</summary>
    public string OriginSuffix => Origin is null ? "" : " (" + Origin + ")";
}
