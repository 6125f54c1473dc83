namespace JobFramework.Comp.Tables;

/// <summary>
/// Hash index over a table's equality columns (every cell "-" or a list of values), so a lookup in a
/// 10,000-row table reads one bucket instead of scanning rows. Each row is filed under the key of its
/// values; "-" cells use ordinal 0, and the set of "-" patterns present (<see cref="Masks"/>) says which
/// keys a lookup must probe. Other columns are checked per candidate row.
/// </summary>
internal sealed class TableIndex
{
    private readonly ColumnOrdinals[] _ordinals;
    private readonly long[] _radix;
    private readonly Dictionary<long, int[]> _buckets;

    // When the key space is small (a band table: tracks × levels × regions), buckets sit in an array by key.
    private readonly int[]?[]? _dense;
    private const long MaxDenseKeys = 1 << 20;

    private TableIndex(int[] columns, ColumnOrdinals[] ordinals, long[] radix, int[] masks, Dictionary<long, int[]> buckets, long keySpace)
    {
        Columns = columns;
        _ordinals = ordinals;
        _radix = radix;
        Masks = masks;
        _buckets = buckets;
        if (keySpace <= MaxDenseKeys)
        {
            _dense = new int[]?[keySpace];
            foreach (var (key, rows) in buckets)
            {
                _dense[key] = rows;
            }
        }

        var parts = new PositionKeyPart[ordinals.Length];
        bool byPosition = masks is [0];
        for (int i = 0; i < ordinals.Length && byPosition; i++)
        {
            byPosition = ordinals[i].TryPositionKeyPart(radix[i], out parts[i]);
        }

        _positionKey = byPosition ? parts : null;
    }

    // Set when every row names a value in every indexed column and each column reads a position field
    // (of the position looked up, the employee's or the target's).
    private readonly PositionKeyPart[]? _positionKey;

    /// <summary>Whether <see cref="ProbePosition"/> can serve lookups (band tables, as a rule).</summary>
    public bool KeyedByPosition => _positionKey is not null;

    /// <summary>
    /// The rows filed under the position's key, or null: the whole lookup in one pass with no delegate or
    /// virtual call. Only when <see cref="KeyedByPosition"/>.
    /// </summary>
    public int[]? ProbePosition(Evaluation.EvaluationScope scope, Evaluation.Position position)
    {
        long key = 0;
        foreach (ref readonly var part in _positionKey.AsSpan())
        {
            int ordinal = part.Ordinal(scope, position);
            if (ordinal < 0)
            {
                return null;
            }

            key += ordinal * part.Radix;
        }

        return _dense is not null ? _dense[key] : _buckets.GetValueOrDefault(key);
    }

    /// <summary>Input column numbers covered by the index.</summary>
    public int[] Columns { get; }

    /// <summary>Distinct "-" patterns among rows: bit i set means indexed column i is "-".</summary>
    public int[] Masks { get; }

    public IEnumerable<int[]> Buckets => _buckets.Values;

    /// <summary>Builds the index, or returns null when no column qualifies (the table is then scanned).</summary>
    public static TableIndex? Build(IReadOnlyList<TableRow> rows, IReadOnlyList<TableInput> inputs)
    {
        int inputCount = inputs.Count;
        var columns = Enumerable.Range(0, inputCount)
            .Where(c => rows.All(r => r.Tests[c] is AnyCell or EqualsCell) && rows.Any(r => r.Tests[c] is EqualsCell))
            .Take(8)
            .ToArray();
        if (columns.Length == 0)
        {
            return null;
        }

        var ordinals = new ColumnOrdinals[columns.Length];
        var radix = new long[columns.Length];
        long multiplier = 1;
        for (int i = 0; i < columns.Length; i++)
        {
            ordinals[i] = ColumnOrdinals.For(inputs[columns[i]]);
            foreach (var row in rows)
            {
                if (row.Tests[columns[i]] is EqualsCell equals)
                {
                    foreach (var value in equals.Values)
                    {
                        ordinals[i].Add(value);
                    }
                }
            }

            ordinals[i].Freeze();
            radix[i] = multiplier;
            try
            {
                multiplier = checked(multiplier * (ordinals[i].Count + 1));
            }
            catch (OverflowException)
            {
                return null;
            }
        }

        var buckets = new Dictionary<long, List<int>>();
        var masks = new SortedSet<int>();
        for (int r = 0; r < rows.Count; r++)
        {
            int mask = 0;
            var keys = new List<long> { 0 };
            for (int i = 0; i < columns.Length; i++)
            {
                if (rows[r].Tests[columns[i]] is EqualsCell equals)
                {
                    var values = equals.Values.Select(v => ordinals[i].Find(v)).Where(o => o > 0).Select(o => o * radix[i]).Distinct().ToArray();
                    keys = keys.SelectMany(k => values.Select(v => k + v)).ToList();
                }
                else
                {
                    mask |= 1 << i;
                }
            }

            masks.Add(mask);
            foreach (long key in keys)
            {
                if (!buckets.TryGetValue(key, out var list))
                {
                    buckets[key] = list = [];
                }

                list.Add(r);
            }
        }

        return new TableIndex(columns, ordinals, radix, [.. masks], buckets.ToDictionary(b => b.Key, b => b.Value.ToArray()), multiplier);
    }

    /// <summary>Ordinal of the input's value in indexed column i, or -1 when no row names that value.</summary>
    public int Lookup(int i, Evaluation.EvaluationScope scope, Evaluation.Position position) => _ordinals[i].Lookup(scope, position);

    /// <summary>Rows filed under the key built from <paramref name="ordinals"/> with the columns of <paramref name="mask"/> as "-".</summary>
    public int[]? Candidates(ReadOnlySpan<int> ordinals, int mask)
    {
        long key = 0;
        for (int i = 0; i < ordinals.Length; i++)
        {
            if ((mask & (1 << i)) != 0)
            {
                continue;
            }

            if (ordinals[i] < 0)
            {
                return null;
            }

            key += ordinals[i] * _radix[i];
        }

        return _dense is not null ? _dense[key] : _buckets.GetValueOrDefault(key);
    }
}
