namespace JobFramework.Comp.Tables;

/// <summary>
/// One parsed unary-test cell of a decision table, tested against the column's input value. Values are
/// strings, decimals (every number) or booleans; the column's type decides which.
/// </summary>
internal abstract class CellTest
{
    public abstract bool Matches(in CellValue value);

    /// <summary>Whether some input could satisfy both cells (used to find UNIQUE overlaps at load).</summary>
    public abstract bool Overlaps(CellTest other);

    /// <summary>
    /// Whether every input <paramref name="other"/> matches also matches this cell — provably: false when it
    /// cannot be shown (used to find rows a FIRST table can never reach).
    /// </summary>
    public abstract bool Covers(CellTest other);
}

/// <summary><c>-</c>: any value.</summary>
internal sealed class AnyCell : CellTest
{
    public static readonly AnyCell Instance = new();

    public override bool Matches(in CellValue value) => true;

    public override bool Overlaps(CellTest other) => true;

    public override bool Covers(CellTest other) => true;

    public override string ToString() => "-";
}

/// <summary><c>5</c>, <c>us</c>, <c>"us","uk"</c>: one of the listed values.</summary>
internal sealed class EqualsCell(IReadOnlyList<CellValue> values) : CellTest
{
    public IReadOnlyList<CellValue> Values { get; } = values;

    public override string ToString() => string.Join(",", Values.Select(v => v.Text is not null ? "\"" + v.Text + "\"" : v.Text is null && v.Number == 0 && v.Flag ? "true" : v.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public override bool Matches(in CellValue value)
    {
        foreach (var candidate in Values)
        {
            if (candidate.Equals(value))
            {
                return true;
            }
        }

        return false;
    }

    public override bool Covers(CellTest other) => other is EqualsCell equals && equals.Values.All(v => Matches(v));

    public override bool Overlaps(CellTest other) => other switch
    {
        EqualsCell equals => Values.Any(v => equals.Matches(v)),
        RangeCell range => Values.Any(v => range.Matches(v)),
        NotCell not => Values.Any(v => not.Matches(v)),
        _ => true,
    };
}

/// <summary><c>&gt;= 3</c>, <c>[1..4]</c>, <c>(1..4]</c>: a numeric interval; a missing bound is unbounded.</summary>
internal sealed class RangeCell(decimal? low, bool lowInclusive, decimal? high, bool highInclusive) : CellTest
{
    public override bool Matches(in CellValue value)
    {
        var number = value.Number;
        if (low is { } l && (lowInclusive ? number < l : number <= l))
        {
            return false;
        }

        return high is not { } h || (highInclusive ? number <= h : number < h);
    }

    public override bool Overlaps(CellTest other) => other switch
    {
        EqualsCell equals => equals.Overlaps(this),
        RangeCell range => IntersectsInterval(range),
        _ => true,
    };

    public override bool Covers(CellTest other) => other switch
    {
        AnyCell => low is null && high is null,
        EqualsCell equals => equals.Values.All(v => Matches(v)),
        RangeCell range => StartsNoLaterThan(range) && EndsNoEarlierThan(range),
        _ => false,
    };

    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{(lowInclusive ? "[" : "(")}{low?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""}..{high?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""}{(highInclusive ? "]" : ")")}");

    private bool IntersectsInterval(RangeCell other)
    {
        // Two intervals are disjoint when one ends before the other starts.
        return !EndsBefore(high, highInclusive, other.LowBound, other.LowInclusive)
            && !EndsBefore(other.HighBound, other.HighInclusive, low, lowInclusive);
    }

    private decimal? LowBound => low;

    private bool LowInclusive => lowInclusive;

    private decimal? HighBound => high;

    private bool HighInclusive => highInclusive;

    // This interval's start is at or before the other's: unbounded, lower, or equal with no stricter inclusion.
    private bool StartsNoLaterThan(RangeCell other) =>
        low is not { } l || (other.LowBound is { } o && (l < o || (l == o && (lowInclusive || !other.LowInclusive))));

    private bool EndsNoEarlierThan(RangeCell other) =>
        high is not { } h || (other.HighBound is { } o && (h > o || (h == o && (highInclusive || !other.HighInclusive))));

    private static bool EndsBefore(decimal? end, bool endInclusive, decimal? start, bool startInclusive) =>
        end is { } e && start is { } s && (e < s || (e == s && !(endInclusive && startInclusive)));
}

/// <summary><c>not(…)</c>: the inner test fails.</summary>
internal sealed class NotCell(CellTest inner) : CellTest
{
    public override bool Matches(in CellValue value) => !inner.Matches(value);

    public override string ToString() => "not(" + inner + ")";

    // Conservative: only a negated list against a plain list can be proved disjoint.
    public override bool Overlaps(CellTest other) => other is EqualsCell equals ? equals.Values.Any(v => Matches(v)) : true;

    public override bool Covers(CellTest other) => other is EqualsCell equals && equals.Values.All(v => Matches(v));
}
