using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Expressions;

namespace JobFramework.Comp.Tables;

/// <summary>
/// Maps the values named in one indexed column to small ordinals (1, 2, …; 0 stands for "-"). Lookups read
/// the input with its typed delegate and hash the plain value — a string with the ordinal comparer, an
/// integer as a long — so the hot path never boxes or hashes a composite value.
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

    public static ColumnOrdinals For(TableInput input) => input.ValueType switch
    {
        var t when t == ExprType.String => new TextOrdinals((Func<EvaluationScope, Position, string>)input.TypedRead),
        var t when t == ExprType.Integer => new IntegerOrdinals((Func<EvaluationScope, Position, long>)input.TypedRead),
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
    /// which looks the comparer up at run time on every call.
    /// </summary>
    private sealed class TextOrdinals(Func<EvaluationScope, Position, string> read) : ColumnOrdinals
    {
        private readonly Dictionary<string, int> _ordinals = new(StringComparer.Ordinal);

        public override int Count => _ordinals.Count;

        public override int Add(in CellValue value)
        {
            if (!_ordinals.TryGetValue(value.Text!, out int ordinal))
            {
                _ordinals[value.Text!] = ordinal = _ordinals.Count + 1;
            }

            return ordinal;
        }

        public override int Lookup(EvaluationScope scope, Position position) =>
            _ordinals.TryGetValue(read(scope, position), out int ordinal) ? ordinal : -1;

        public override int Find(in CellValue value) => _ordinals.TryGetValue(value.Text!, out int ordinal) ? ordinal : -1;
    }

    /// <summary>Integer inputs: cell values that are not whole numbers can never match and get no ordinal.</summary>
    private sealed class IntegerOrdinals(Func<EvaluationScope, Position, long> read) : ColumnOrdinals
    {
        private readonly Dictionary<long, int> _ordinals = [];

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
            }

            return ordinal;
        }

        public override int Lookup(EvaluationScope scope, Position position) =>
            _ordinals.TryGetValue(read(scope, position), out int ordinal) ? ordinal : -1;

        public override int Find(in CellValue value) =>
            decimal.Truncate(value.Number) == value.Number && value.Number is <= long.MaxValue and >= long.MinValue && _ordinals.TryGetValue((long)value.Number, out int ordinal) ? ordinal : -1;
    }
}
