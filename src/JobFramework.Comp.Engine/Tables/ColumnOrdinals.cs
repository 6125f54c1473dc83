using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Expressions;

namespace JobFramework.Comp.Tables;

/// <summary>
/// Maps the values named in one indexed column to small ordinals (1, 2, …; 0 stands for "-"). Lookups read
/// the input with its typed delegate — or, for the usual <c>position.track</c>-style input, straight from
/// the position — and look the plain value up: a string by reference then ordinal text, an integer by
/// array index or as a long, so the hot path never boxes or hashes a composite value.
/// </summary>
internal abstract class ColumnOrdinals
{
    public abstract int Count { get; }

    /// <summary>The ordinal of a cell value, adding it if new (used while building).</summary>
    public abstract int Add(in CellValue value);

    /// <summary>The ordinal of the input's value for this evaluation, or -1 when no row names it.</summary>
    public abstract int Lookup(EvaluationScope scope, Position position);

    /// <summary>The ordinal of a cell value, or -1.</summary>
    public abstract int Find(in CellValue value);

    /// <summary>Called once every value is added: builds the structures lookups use.</summary>
    public virtual void Freeze()
    {
    }

    /// <summary>
    /// For a frozen column that reads a position field and can be looked up without its delegate: the part of
    /// a <see cref="PositionKeyPart"/> key it contributes. False for any other column.
    /// </summary>
    public virtual bool TryPositionKeyPart(long radix, out PositionKeyPart part)
    {
        part = default;
        return false;
    }

    public static ColumnOrdinals For(TableInput input) => input.ValueType switch
    {
        var t when t == ExprType.String => new TextOrdinals((Func<EvaluationScope, Position, string>)input.TypedRead, PositionRead.Of(input.Expression)),
        var t when t == ExprType.Integer => new IntegerOrdinals((Func<EvaluationScope, Position, long>)input.TypedRead, PositionRead.Of(input.Expression)),
        var t when t == ExprType.Number => new Typed<decimal>((Func<EvaluationScope, Position, decimal>)input.TypedRead, v => v.Number, EqualityComparer<decimal>.Default),
        _ => new Typed<bool>((Func<EvaluationScope, Position, bool>)input.TypedRead, v => v.Flag, EqualityComparer<bool>.Default),
    };

    private sealed class Typed<T>(Func<EvaluationScope, Position, T> read, Func<CellValue, T> key, IEqualityComparer<T> comparer) : ColumnOrdinals
        where T : notnull
    {
        private readonly Dictionary<T, int> _ordinals = new(comparer);

        public override int Count => _ordinals.Count;

        public override int Add(in CellValue value)
        {
            var k = key(value);
            if (!_ordinals.TryGetValue(k, out int ordinal))
            {
                _ordinals[k] = ordinal = _ordinals.Count + 1;
            }

            return ordinal;
        }

        public override int Lookup(EvaluationScope scope, Position position) =>
            _ordinals.TryGetValue(read(scope, position), out int ordinal) ? ordinal : -1;

        public override int Find(in CellValue value) => _ordinals.TryGetValue(key(value), out int ordinal) ? ordinal : -1;
    }

    /// <summary>
    /// Text inputs. Not the generic class: with a reference type argument it would run shared generic code,
    /// which looks the comparer up at run time on every call. Values are frozen into an
    /// <see cref="Framework.IdIndex{TValue}"/> once the table is built (<see cref="Freeze"/>), so prepared
    /// inputs match by reference.
    /// </summary>
    private sealed class TextOrdinals(Func<EvaluationScope, Position, string> read, PositionRead field) : ColumnOrdinals
    {
        private readonly Dictionary<string, int> _ordinals = new(StringComparer.Ordinal);
        private Framework.IdIndex<int> _frozen = null!;

        public override int Count => _ordinals.Count;

        public override int Add(in CellValue value)
        {
            if (!_ordinals.TryGetValue(value.Text!, out int ordinal))
            {
                _ordinals[value.Text!] = ordinal = _ordinals.Count + 1;
            }

            return ordinal;
        }

        public override int Lookup(EvaluationScope scope, Position position)
        {
            string value = field.IsField ? field.Text(scope, position) : read(scope, position);
            return _frozen.TryGetValue(value, out int ordinal) ? ordinal : -1;
        }

        public override void Freeze() => _frozen = new Framework.IdIndex<int>(_ordinals);

        public override bool TryPositionKeyPart(long radix, out PositionKeyPart part)
        {
            part = new PositionKeyPart(field, _frozen, null, 0, radix);
            return field.IsField;
        }

        public override int Find(in CellValue value) => _ordinals.TryGetValue(value.Text!, out int ordinal) ? ordinal : -1;
    }

    /// <summary>
    /// Integer inputs: cell values that are not whole numbers can never match and get no ordinal. Values in a
    /// short run (levels 1–8, grades) are found by array index rather than by hashing.
    /// </summary>
    private sealed class IntegerOrdinals(Func<EvaluationScope, Position, long> read, PositionRead field) : ColumnOrdinals
    {
        private const long MaxDenseSpan = 256;
        private readonly Dictionary<long, int> _ordinals = [];
        private long _low = long.MaxValue;
        private long _high = long.MinValue;
        private int[]? _dense;

        public override int Count => _ordinals.Count;

        public override int Add(in CellValue value)
        {
            if (decimal.Truncate(value.Number) != value.Number || value.Number is > long.MaxValue or < long.MinValue)
            {
                return -1;
            }

            long k = (long)value.Number;
            if (!_ordinals.TryGetValue(k, out int ordinal))
            {
                _ordinals[k] = ordinal = _ordinals.Count + 1;
                _low = Math.Min(_low, k);
                _high = Math.Max(_high, k);
            }

            return ordinal;
        }

        public override int Lookup(EvaluationScope scope, Position position)
        {
            long value = field.IsField ? field.Level(scope, position) : read(scope, position);
            if (_dense is { } dense)
            {
                // One unsigned compare covers both ends of the run.
                ulong offset = unchecked((ulong)(value - _low));
                return offset < (ulong)dense.Length ? dense[offset] : -1;
            }

            return _ordinals.TryGetValue(value, out int ordinal) ? ordinal : -1;
        }

        public override int Find(in CellValue value) =>
            decimal.Truncate(value.Number) == value.Number && value.Number is <= long.MaxValue and >= long.MinValue && _ordinals.TryGetValue((long)value.Number, out int ordinal) ? ordinal : -1;

        public override bool TryPositionKeyPart(long radix, out PositionKeyPart part)
        {
            part = new PositionKeyPart(field, null, _dense, _low, radix);
            return field.IsField && _dense is not null;
        }

        public override void Freeze()
        {
            if (_high < _low || unchecked((ulong)(_high - _low)) >= MaxDenseSpan)
            {
                return;
            }

            var dense = new int[_high - _low + 1];
            Array.Fill(dense, -1);
            foreach (var (key, ordinal) in _ordinals)
            {
                dense[key - _low] = ordinal;
            }

            _dense = dense;
        }
    }
}
