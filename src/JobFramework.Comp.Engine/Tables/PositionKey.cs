using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Framework;

namespace JobFramework.Comp.Tables;

/// <summary>
/// One indexed column of a table keyed by the position alone (a band table: track, level, region): which
/// field it reads and how that field's value becomes an ordinal — a reference-first id index for text, an
/// array for a short run of integers.
/// </summary>
internal readonly struct PositionKeyPart(PositionField field, IdIndex<int>? text, int[]? numbers, long lowest, long radix)
{
    public long Radix { get; } = radix;

    /// <summary>The ordinal of the position's value in this column, or -1 when no row names it.</summary>
    public int Ordinal(Position position)
    {
        if (numbers is not null)
        {
            ulong offset = unchecked((ulong)(position.Level - lowest));
            return offset < (ulong)numbers.Length ? numbers[offset] : -1;
        }

        string value = field switch
        {
            PositionField.Track => position.Track,
            PositionField.Region => position.Region,
            PositionField.Family => position.Family,
            _ => position.Focus,
        };
        return text!.TryGetValue(value, out int ordinal) ? ordinal : -1;
    }
}
