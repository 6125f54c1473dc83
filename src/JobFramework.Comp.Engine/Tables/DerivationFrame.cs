using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Evaluation;

namespace JobFramework.Comp.Tables;

/// <summary>
/// What a derived table's expressions read while one row is computed at load: the combined source rows
/// (each its input values, then its outputs) and the derived row's columns computed so far.
/// </summary>
internal sealed class DerivationFrame
{
    public object?[][] Sources = [];

    public object?[] Computed = [];

    /// <summary>A source column; an input cell that is not one value (<c>-</c>, a range) has no value to read.</summary>
    public object Read(int source, int column, string name) =>
        Sources[source][column] ?? throw new RuleEvaluationException(Messages.CellNotAValue(name));

    public object ComputedValue(int column, string name) =>
        Computed[column] ?? throw new RuleEvaluationException(Messages.OutputWithoutValue(name));
}

/// <summary>A table a derivation combines, under the alias its expressions use (<c>base</c>, <c>zone</c>).</summary>
internal sealed record DerivationSource(string Alias, int Index, CompiledTable Table, IReadOnlyList<TableOutput> Columns);
