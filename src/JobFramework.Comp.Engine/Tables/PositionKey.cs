using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Framework;

namespace JobFramework.Comp.Tables;

/// <summary>
/// One indexed column of a table whose inputs are all bare position-field reads (a band table: track,
/// level, region): which field it reads and how the value becomes an ordinal — a reference-first id index
/// for text, an array for a short run of levels.
/// </summary>
internal readonly struct PositionKeyPart(PositionRead read, IdIndex<int>? text, int[]? levels, long lowest, long radix)
{
    public long Radix { get; } = radix;

    /// <summary>The ordinal of the value in this column, or -1 when no row names it.</summary>
    public int Ordinal(EvaluationScope scope, Position position)
    {
        if (levels is not null)
        {
            ulong offset = unchecked((ulong)(read.Level(scope, position) - lowest));
            return offset < (ulong)levels.Length ? levels[offset] : -1;
        }

        return text!.TryGetValue(read.Text(scope, position), out int ordinal) ? ordinal : -1;
    }
}
