using System.Linq.Expressions;
using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Expressions;
using JobFramework.Comp.Framework;
using JobFramework.Comp.Json;
using JobFramework.Comp.Monetary;
using JobFramework.Comp.Tables;

namespace JobFramework.Comp.Releases;

/// <summary>
/// Expands a table's <c>derive</c> section into ordinary rows at load: every combination of the source
/// tables' rows (the first source outermost, so row order follows the sources), input cells copied from
/// the sources, output columns computed, rounded, floored and capped. The rows are then checked like typed
/// ones. Computed once per release load — they are part of the release — never per evaluation. Any
/// failure (division by zero, mixed currencies, a negative amount, a precision the currency cannot pay) is
/// an error at the expression that produced it, naming the source rows.
/// </summary>
internal sealed class TableDerivation(string tableName, DiagnosticBag diagnostics)
{
    // One broken formula over a few thousand combinations would otherwise bury the report.
    private const int MaxErrorsPerTable = 20;

    private int _errors;

    /// <summary>The names of the tables a derive section reads, for load ordering.</summary>
    public static IReadOnlyList<string> SourceNames(ObjectReader table) =>
        table.Get("derive") is SourceObject derive && derive.Properties.FirstOrDefault(p => p.Name == "forEach")?.Value is SourceObject forEach
            ? [.. forEach.Properties.Select(p => (p.Value as SourceString)?.Value).OfType<string>()]
            : [];

    public List<TableRow>? Expand(
        ObjectReader derive, IReadOnlyList<TableReader.InputColumn> inputs, IReadOnlyList<TableReader.OutputColumn> outputs,
        IReadOnlyDictionary<string, CompiledTable> tables, BindingEnvironment release)
    {
        int before = diagnostics.Count;
        var sources = ReadSources(derive.Object("forEach", true), tables);
        var inputMap = derive.Object("inputs", true);
        var outputMap = derive.Object("outputs", true);
        derive.Finish();
        if (sources is null || inputMap is null || outputMap is null || diagnostics.Count > before)
        {
            return null;
        }

        var environment = new BindingEnvironment
        {
            Scope = release.Scope,
            Tables = new Dictionary<string, TableSignature>(),
            Framework = release.Framework,
            ConstantReads = release.ConstantReads,
            Sources = sources.ToDictionary(s => s.Alias, StringComparer.OrdinalIgnoreCase),
            Frame = Expression.Parameter(typeof(DerivationFrame), "frame"),
        };
        var cells = ReadInputCells(inputMap, inputs, sources);
        var columns = new DerivedColumnReader(environment, outputs, diagnostics).Read(outputMap);
        if (cells is null || columns is null)
        {
            return null;
        }

        long combinations = sources.Aggregate(1L, (n, s) => n * s.Table.Rows.Length);
        if (combinations > TableReader.MaxRows)
        {
            diagnostics.Error(Codes.TableLimit, Messages.DerivationTooLarge(combinations, TableReader.MaxRows), derive.Span);
            return null;
        }

        var values = sources.Select(SourceValues).ToArray();
        var rows = new List<TableRow>((int)combinations);
        var index = new int[sources.Count];
        var frame = new DerivationFrame { Sources = new object?[sources.Count][] };
        for (long n = 0; n < combinations; n++)
        {
            for (int s = 0; s < sources.Count; s++)
            {
                frame.Sources[s] = values[s][index[s]];
            }

            if (DeriveRow(frame, index, sources, cells, columns, outputs, derive.Span) is { } row)
            {
                rows.Add(row);
            }

            // Odometer over the sources, the last one turning fastest.
            for (int s = sources.Count - 1; s >= 0 && ++index[s] == sources[s].Table.Rows.Length; s--)
            {
                index[s] = 0;
            }
        }

        return diagnostics.Count > before ? null : rows;
    }

    private List<DerivationSource>? ReadSources(ObjectReader? forEach, IReadOnlyDictionary<string, CompiledTable> tables)
    {
        if (forEach is null)
        {
            return null;
        }

        var sources = new List<DerivationSource>();
        foreach (var property in forEach.Properties)
        {
            if (property.Value is not SourceString name)
            {
                diagnostics.Error(Codes.WrongType, Messages.WrongType(property.Name, "a table name", property.Value.Describe()), property.Value.Span);
                continue;
            }

            if (!tables.TryGetValue(name.Value, out var table))
            {
                diagnostics.Error(Codes.UnknownId, Messages.UnknownReference("table", name.Value, ObjectReader.Suggest(name.Value, tables.Keys)), name.Span, name.RawLine);
                continue;
            }

            var columns = table.Inputs.Select(i => new TableOutput(i.Name, i.ValueType == ExprType.Integer ? ExprType.Integer : KindType(i.Kind))).Concat(table.Outputs).ToList();
            sources.Add(new DerivationSource(property.Name, sources.Count, table, columns));
        }

        if (sources.Count == 0)
        {
            diagnostics.Error(Codes.MissingProperty, Messages.DerivedColumnsMissing("its rows", "name at least one source table under forEach"), forEach.Span);
            return null;
        }

        return sources;
    }

    private static ExprType KindType(ColumnKind kind) => kind switch
    {
        ColumnKind.String => ExprType.String,
        ColumnKind.Boolean => ExprType.Boolean,
        _ => ExprType.Number,
    };

    /// <summary>Each source row as values: input cells that name one value, then the outputs.</summary>
    private static object?[][] SourceValues(DerivationSource source) =>
        [.. source.Table.Rows.Select(row => row.Tests.Select((test, c) => CellAsValue(test, source.Columns[c].Type)).Concat(row.Outputs).ToArray())];

    private static object? CellAsValue(CellTest test, ExprType type)
    {
        if (test is not EqualsCell { Values.Count: 1 } single)
        {
            return null;
        }

        var value = single.Values[0];
        return type == ExprType.String ? value.Text
            : type == ExprType.Boolean ? value.Flag
            : type == ExprType.Integer ? (decimal.IsInteger(value.Number) ? (long)value.Number : null)
            : value.Number;
    }

    /// <summary>Input cells: <c>alias.input</c> copies the source's cell (so "-" stays "any"); anything else is a cell.</summary>
    private Func<int[], CellTest>[]? ReadInputCells(ObjectReader map, IReadOnlyList<TableReader.InputColumn> inputs, List<DerivationSource> sources)
    {
        int before = diagnostics.Count;
        var result = new Func<int[], CellTest>[inputs.Count];
        foreach (var property in map.Properties)
        {
            int column = inputs.ToList().FindIndex(i => i.Input.Name == property.Name);
            if (column < 0)
            {
                diagnostics.Error(Codes.TableShape, Messages.DerivedColumnUnknown("input", property.Name, ObjectReader.Suggest(property.Name, inputs.Select(i => i.Input.Name))), property.NameSpan);
                continue;
            }

            if (property.Value is not SourceString text)
            {
                diagnostics.Error(Codes.WrongType, Messages.WrongType(property.Name, "a string", property.Value.Describe()), property.Value.Span);
                continue;
            }

            result[column] = CopyOrParse(text, inputs[column], sources);
        }

        var missing = inputs.Where((c, i) => result[i] is null).Select(c => c.Input.Name).ToArray();
        if (missing.Length > 0)
        {
            diagnostics.Error(Codes.TableShape, Messages.DerivedColumnsMissing("these inputs", string.Join(", ", missing)), map.Span);
        }

        return diagnostics.Count > before ? null : result;
    }

    private Func<int[], CellTest> CopyOrParse(SourceString text, TableReader.InputColumn input, List<DerivationSource> sources)
    {
        var parts = text.Value.Split('.');
        if (parts.Length == 2 && sources.FirstOrDefault(s => string.Equals(s.Alias, parts[0], StringComparison.OrdinalIgnoreCase)) is { } source)
        {
            int column = Array.FindIndex(source.Table.Inputs, i => string.Equals(i.Name, parts[1], StringComparison.OrdinalIgnoreCase));
            if (column >= 0 && source.Table.Inputs[column].Kind == input.Input.Kind)
            {
                return index => source.Table.Rows[index[source.Index]].Tests[column];
            }

            diagnostics.Error(Codes.UnknownName, column < 0
                ? Messages.UnknownTableOutput(source.Table.Name, parts[1], ObjectReader.Suggest(parts[1], source.Table.Inputs.Select(i => i.Name)))
                : Messages.TypeMismatch("'" + text.Value + "'", input.Input.Kind.ToString().ToLowerInvariant(), source.Table.Inputs[column].Kind.ToString().ToLowerInvariant()), text.Span, text.RawLine);
            return _ => AnyCell.Instance;
        }

        if (!CellParser.TryParse(text.Value, input.Input.Kind, out var test, out var error))
        {
            diagnostics.Error(Codes.BadCell, Messages.DerivedInputCell(text.Value, error!), text.Span, text.RawLine);
        }

        return _ => test;
    }

    private TableRow? DeriveRow(DerivationFrame frame, int[] index, List<DerivationSource> sources, Func<int[], CellTest>[] cells,
        List<DerivedColumn> columns, IReadOnlyList<TableReader.OutputColumn> outputs, SourceSpan span)
    {
        string origin = string.Join(" × ", sources.Select(s => $"{s.Table.Name} row {index[s.Index] + 1} ({string.Join(", ", s.Table.Rows[index[s.Index]].Tests.Select(t => t.ToString()))})"));
        frame.Computed = new object?[outputs.Count];
        var notes = new List<string>();
        foreach (var column in columns)
        {
            var output = outputs[column.Column];
            try
            {
                var currency = output.Currency ?? (output.CurrencyFrom >= 0 && Currency.TryParse(frame.Computed[output.CurrencyFrom] as string, out var named) ? named : null);
                if (output.Type == ExprType.Money && currency is null)
                {
                    Report(column.Value, Messages.DerivationFailed(column.Name, origin, Messages.UnknownCurrency(frame.Computed[output.CurrencyFrom] as string ?? "")));
                    return null;
                }

                var value = Settle(column, output, currency, column.Value.Evaluate(frame), frame, notes);
                if (value is null)
                {
                    return null;
                }

                frame.Computed[column.Column] = value;
            }
            catch (Exception e) when (RuleErrors.IsRuleError(e))
            {
                Report(column.Value, Messages.DerivationFailed(column.Name, origin, e.Message));
                return null;
            }

            if (!Check(column, output, frame.Computed[column.Column]!, origin))
            {
                return null;
            }
        }

        var tests = new CellTest[cells.Length];
        for (int c = 0; c < cells.Length; c++)
        {
            tests[c] = cells[c](index);
        }

        var spans = new SourceSpan[outputs.Count];
        foreach (var column in columns)
        {
            spans[column.Column] = column.Value.Span;
        }

        return new TableRow(tests, frame.Computed!, span) { Origin = "derived from " + origin, Notes = notes, OutputSpans = spans };
    }

    /// <summary>The value in the column's type, rounded, floored and capped as declared.</summary>
    private static object? Settle(DerivedColumn column, TableReader.OutputColumn output, Currency? currency, object value, DerivationFrame frame, List<string> notes)
    {
        if (!(output.Type == ExprType.Money || output.Type.IsNumeric))
        {
            return value;
        }

        decimal amount = Amount(value, currency);
        if (column.Step is { } stepExpression)
        {
            decimal step = Amount(stepExpression.Evaluate(frame), null);
            if (currency is { } paid && step > 0 && !RoundingRule.FitsMinorUnits(step, paid.MinorUnits))
            {
                throw new RuleEvaluationException(Messages.StepFinerThanCurrency(step, paid.Code, paid.MinorUnits));
            }

            amount = PayMath.RoundTo(amount, step, column.Mode);
        }

        amount = Limit(column.Floor, "floor", -1, amount, currency, frame, column.Name, notes);
        amount = Limit(column.Cap, "cap", 1, amount, currency, frame, column.Name, notes);
        return output.Type == ExprType.Money ? new Money(amount, currency!.Value)
            : output.Type == ExprType.Integer && decimal.IsInteger(amount) ? (long)amount
            : output.Type == ExprType.Integer ? amount
            : amount;
    }

    private static decimal Limit(DerivedExpression? bound, string kind, int side, decimal amount, Currency? currency, DerivationFrame frame, string name, List<string> notes)
    {
        if (bound is null)
        {
            return amount;
        }

        decimal limit = Amount(bound.Evaluate(frame), currency);
        if (amount.CompareTo(limit) != side)
        {
            return amount;
        }

        notes.Add(Messages.DerivedCapNote(name, kind, limit.ToString(System.Globalization.CultureInfo.InvariantCulture) + " (" + bound.Text + ")", amount.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return limit;
    }

    /// <summary>A number, or money in the row's currency: money in another currency would be a silent conversion.</summary>
    private static decimal Amount(object value, Currency? currency) => value switch
    {
        Money money when currency is null || money.Currency == currency => money.Amount,
        Money money => throw new CurrencyMismatchException(money.Currency, currency!.Value),
        long integer => integer,
        decimal number => number,
        _ => throw new InvalidOperationException("Not a number: " + value.GetType().Name),
    };

    private bool Check(DerivedColumn column, TableReader.OutputColumn output, object value, string origin)
    {
        switch (value)
        {
            case Money money when money.Amount < 0:
                Report(column.Value, Messages.DerivedNegative(column.Name, money.ToString(), origin));
                return false;
            case Money money when !money.IsWholeMinorUnits:
                Report(column.Value, Messages.DerivedTooPrecise(column.Name, money.Amount, money.Currency.Code, money.Currency.MinorUnits, origin));
                return false;
            case decimal number when output.Type == ExprType.Integer:
                Report(column.Value, Messages.DerivedNotInteger(column.Name, number, origin));
                return false;
            default:
                return true;
        }
    }

    private void Report(DerivedExpression expression, string message)
    {
        if (++_errors <= MaxErrorsPerTable)
        {
            diagnostics.Error(Codes.Derivation, message, expression.Span);
        }
        else if (_errors == MaxErrorsPerTable + 1)
        {
            diagnostics.Error(Codes.Derivation, $"Table '{tableName}': more derivation errors not shown.", expression.Span);
        }
    }
}
