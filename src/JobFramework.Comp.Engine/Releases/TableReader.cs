using System.Globalization;
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
/// Reads a decision table file (tables/*.json): input columns (expressions), typed output columns and
/// rows of cells, then compiles it. Every cell is checked against its column; UNIQUE overlaps are found
/// where they can be proved; references to framework ids in position columns must resolve.
/// </summary>
internal static class TableReader
{
    /// <summary>Rows in one table. A band table for every level, region and focus is a few thousand.</summary>
    public const int MaxRows = 100_000;

    private static readonly Dictionary<string, ExprType> OutputTypes = new(StringComparer.Ordinal)
    {
        ["string"] = ExprType.String,
        ["integer"] = ExprType.Integer,
        ["number"] = ExprType.Number,
        ["bool"] = ExprType.Boolean,
        ["money"] = ExprType.Money,
        ["string[]"] = new ListType(ExprType.String),
        ["integer[]"] = new ListType(ExprType.Integer),
        ["number[]"] = new ListType(ExprType.Number),
    };

    /// <summary>First pass: the table's name, hit policy and outputs, so expressions can refer to any table.</summary>
    public static TableSignature? ReadSignature(ObjectReader table, int number, DiagnosticBag diagnostics)
    {
        var name = table.Identifier("name");
        var policy = ReadPolicy(table, diagnostics);
        var outputs = new List<TableOutput>();
        foreach (var item in table.Array("outputs", true)?.Items ?? [])
        {
            if (item is not SourceObject obj)
            {
                continue;
            }

            var typeName = obj.Properties.FirstOrDefault(p => p.Name == "type")?.Value as SourceString;
            var outputName = obj.Properties.FirstOrDefault(p => p.Name == "name")?.Value as SourceString;
            if (typeName is not null && outputName is not null && OutputTypes.TryGetValue(typeName.Value, out var type))
            {
                outputs.Add(new TableOutput(outputName.Value, type));
            }
        }

        return name is null || policy is null ? null : new TableSignature(name.Value, number, policy.Value, outputs);
    }

    /// <summary>
    /// Compiles a table from its typed <c>rows</c>, or from its <c>derive</c> section over tables compiled
    /// before it (<paramref name="compiled"/>).
    /// </summary>
    public static CompiledTable? Read(string file, ObjectReader table, TableSignature signature, BindingEnvironment environment, JobFrameworkModel framework, StringPool pool,
        IReadOnlyDictionary<string, CompiledTable> compiled, DiagnosticBag diagnostics)
    {
        int before = diagnostics.Count;
        table.String("description", false);
        var inputs = ReadInputs(table, environment, diagnostics);
        var outputs = ReadOutputs(table, diagnostics);
        var derive = table.Object("derive", false);
        var rowsArray = table.Array("rows", derive is null);
        table.Finish();
        if (derive is not null && rowsArray is not null)
        {
            diagnostics.Error(Codes.TableShape, Messages.DerivationNeedsRows(signature.Name), rowsArray.Span);
        }

        if ((rowsArray is null && derive is null) || diagnostics.Count > before)
        {
            return null;
        }

        var rows = derive is not null
            ? new TableDerivation(signature.Name, diagnostics).Expand(derive, inputs, outputs, compiled, environment)
            : ReadRows(rowsArray!, inputs, outputs, framework, pool, diagnostics);
        if (rows is null)
        {
            return null;
        }

        var result = new CompiledTable(signature.Name, file, signature.Number, signature.Policy,
            inputs.Select(i => i.Input).ToArray(), outputs.Select(o => new TableOutput(o.Name, o.Type)).ToArray(), [.. rows]);
        if (signature.Policy == HitPolicy.Unique)
        {
            UniqueOverlaps.Report(result, diagnostics);
        }

        return result;
    }

    private static List<TableRow>? ReadRows(SourceArray rowsArray, List<InputColumn> inputs, List<OutputColumn> outputs, JobFrameworkModel framework, StringPool pool, DiagnosticBag diagnostics)
    {
        if (rowsArray.Items.Count > MaxRows)
        {
            diagnostics.Error(Codes.TableLimit, Messages.TableTooLarge(rowsArray.Items.Count, MaxRows), rowsArray.Span);
            return null;
        }

        // Bad rows are reported and left out; the good ones still get the band and overlap checks, so one
        // run reports every problem. The loader rejects the release if anything was reported.
        var rows = new List<TableRow>(rowsArray.Items.Count);
        foreach (var item in rowsArray.Items)
        {
            var row = ReadRow(item, inputs, outputs, framework, pool, diagnostics);
            if (row is not null)
            {
                rows.Add(row);
            }
        }

        return rows;
    }

    private static HitPolicy? ReadPolicy(ObjectReader table, DiagnosticBag diagnostics)
    {
        var text = table.String("hitPolicy", true);
        if (text is null)
        {
            return null;
        }

        if (Enum.TryParse<HitPolicy>(text.Value, ignoreCase: true, out var policy) && !int.TryParse(text.Value, out _))
        {
            return policy;
        }

        diagnostics.Error(Codes.TableShape, Messages.UnknownHitPolicy(text.Value), text.Span, text.RawLine);
        return null;
    }

    internal sealed record InputColumn(TableInput Input, string Expression);

    internal sealed record OutputColumn(string Name, ExprType Type, Currency? Currency, int CurrencyFrom);

    private static List<InputColumn> ReadInputs(ObjectReader table, BindingEnvironment environment, DiagnosticBag diagnostics)
    {
        var result = new List<InputColumn>();
        foreach (var item in table.Array("inputs", true)?.Items ?? [])
        {
            var input = ObjectReader.From(item, diagnostics, "inputs item");
            if (input is null)
            {
                continue;
            }

            var name = input.Identifier("name");
            var expression = input.String("expression", true);
            input.Finish();
            if (name is null || expression is null)
            {
                continue;
            }

            var binder = new Binder(environment);
            var bound = ExpressionCompiler.Bind(expression, binder, null, "input", diagnostics);
            if (bound is null)
            {
                continue;
            }

            ColumnKind? kind = bound.Type == ExprType.String ? ColumnKind.String
                : bound.Type.IsNumeric ? ColumnKind.Number
                : bound.Type == ExprType.Boolean ? ColumnKind.Boolean
                : null;
            if (kind is null)
            {
                diagnostics.Error(Codes.ExpressionType, Messages.InputKind(name.Value, bound.Type.Name), expression.Span, expression.RawLine);
                continue;
            }

            Expression cell = kind switch
            {
                ColumnKind.String => Expression.Call(typeof(CellValue), nameof(CellValue.OfText), null, bound.Code),
                ColumnKind.Number => Expression.Call(typeof(CellValue), nameof(CellValue.OfNumber), null, Binder.ToNumber(bound).Code),
                _ => Expression.Call(typeof(CellValue), nameof(CellValue.OfFlag), null, bound.Code),
            };
            var read = Expression.Lambda<Func<EvaluationScope, Position, CellValue>>(cell, environment.Scope, environment.Position!).Compile();
            var typed = Expression.Lambda(bound.Code, environment.Scope, environment.Position!).Compile();
            result.Add(new InputColumn(new TableInput(name.Value, kind.Value, read, expression.Value.Trim(), expression.Span, typed, bound.Type), expression.Value.Trim()));
        }

        return result;
    }

    private static List<OutputColumn> ReadOutputs(ObjectReader table, DiagnosticBag diagnostics)
    {
        var result = new List<OutputColumn>();
        var pending = new List<(OutputColumn Column, SourceString From)>();
        foreach (var item in table.Array("outputs", true)?.Items ?? [])
        {
            var output = ObjectReader.From(item, diagnostics, "outputs item");
            if (output is null)
            {
                continue;
            }

            var name = output.Identifier("name");
            var typeName = output.String("type", true);
            var currencyCode = output.String("currency", false);
            var currencyFrom = output.String("currencyFrom", false);
            output.Finish();
            if (name is null || typeName is null)
            {
                continue;
            }

            if (!OutputTypes.TryGetValue(typeName.Value, out var type))
            {
                diagnostics.Error(Codes.TableShape, Messages.UnknownOutputType(typeName.Value, string.Join(", ", OutputTypes.Keys)), typeName.Span, typeName.RawLine);
                continue;
            }

            Currency? currency = null;
            if (currencyCode is not null)
            {
                if (!Currency.TryParse(currencyCode.Value, out currency))
                {
                    diagnostics.Error(Codes.UnknownCurrency, Messages.UnknownCurrency(currencyCode.Value), currencyCode.Span, currencyCode.RawLine);
                    continue;
                }
            }
            else if (type == ExprType.Money && currencyFrom is null)
            {
                diagnostics.Error(Codes.TableShape, Messages.MoneyCurrencySource(name.Value), name.Span, name.RawLine);
                continue;
            }

            var column = new OutputColumn(name.Value, type, currency, -1);
            result.Add(column);
            if (type == ExprType.Money && currency is null && currencyFrom is not null)
            {
                pending.Add((column, currencyFrom));
            }
        }

        foreach (var (column, from) in pending)
        {
            int index = result.FindIndex(o => o.Name == from.Value && o.Type == ExprType.String);
            if (index < 0)
            {
                diagnostics.Error(Codes.TableShape, Messages.MoneyCurrencySource(column.Name), from.Span, from.RawLine);
                continue;
            }

            result[result.IndexOf(column)] = column with { CurrencyFrom = index };
        }

        return result;
    }

    private static TableRow? ReadRow(SourceValue item, List<InputColumn> inputs, List<OutputColumn> outputs, JobFrameworkModel framework, StringPool pool, DiagnosticBag diagnostics)
    {
        if (item is not SourceArray cells)
        {
            diagnostics.Error(Codes.WrongType, Messages.WrongType("rows item", "an array of cells", item.Describe()), item.Span);
            return null;
        }

        if (cells.Items.Count != inputs.Count + outputs.Count)
        {
            diagnostics.Error(Codes.TableShape, Messages.RowWidth(inputs.Count + outputs.Count, cells.Items.Count), cells.Span);
            return null;
        }

        int before = diagnostics.Count;
        var tests = new CellTest[inputs.Count];
        for (int c = 0; c < inputs.Count; c++)
        {
            tests[c] = ReadInputCell(cells.Items[c], inputs[c], framework, pool, diagnostics) ?? AnyCell.Instance;
        }

        var values = new object[outputs.Count];
        for (int c = 0; c < outputs.Count; c++)
        {
            values[c] = ReadOutputCell(cells.Items[inputs.Count + c], outputs[c], diagnostics) ?? "";
        }

        // Money cells take their currency from a sibling column: resolve once the whole row is read, and
        // report an unknown code once per row, not once per money column.
        var badCurrencies = new HashSet<string>(StringComparer.Ordinal);
        for (int c = 0; c < outputs.Count; c++)
        {
            if (outputs[c].Type == ExprType.Money && values[c] is decimal amount)
            {
                var source = cells.Items[inputs.Count + c];
                string code = outputs[c].Currency?.Code ?? values[outputs[c].CurrencyFrom] as string ?? "";
                if (!Currency.TryParse(code, out var currency))
                {
                    if (badCurrencies.Add(code))
                    {
                        diagnostics.Error(Codes.UnknownCurrency, Messages.UnknownCurrency(code), cells.Items[inputs.Count + outputs[c].CurrencyFrom].Span);
                    }

                    continue;
                }

                if (decimal.Round(amount, currency.Value.MinorUnits) != amount)
                {
                    diagnostics.Error(Codes.Precision, Messages.PrecisionTooFine(outputs[c].Name, amount, currency.Value.Code, currency.Value.MinorUnits), source.Span);
                }

                if (amount < 0)
                {
                    diagnostics.Error(Codes.OutOfRange, Messages.NegativeAmount(outputs[c].Name, amount), source.Span);
                }

                values[c] = new Monetary.Money(amount, currency.Value);
            }
        }

        return diagnostics.Count > before ? null : new TableRow(tests, values, cells.Span);
    }

    private static CellTest? ReadInputCell(SourceValue cell, InputColumn column, JobFrameworkModel framework, StringPool pool, DiagnosticBag diagnostics)
    {
        string text = cell switch
        {
            SourceString s => s.Value,
            SourceNumber n => n.Raw,
            SourceBoolean b => b.Value ? "true" : "false",
            _ => "\0",
        };
        if (text == "\0")
        {
            diagnostics.Error(Codes.BadCell, Messages.BadCell(column.Input.Name, Messages.WrongType("cell", "a string, number or bool", cell.Describe())), cell.Span);
            return null;
        }

        if (!CellParser.TryParse(text, column.Input.Kind, out var test, out var error))
        {
            diagnostics.Error(Codes.BadCell, Messages.BadCell(column.Input.Name, error!), cell.Span, (cell as SourceString)?.RawLine);
            return null;
        }

        if (test is EqualsCell equals)
        {
            foreach (var value in equals.Values)
            {
                string? problem = PositionValueProblem(column.Expression, value, framework);
                if (problem is not null)
                {
                    diagnostics.Error(Codes.UnknownId, Messages.BadCell(column.Input.Name, problem), cell.Span, (cell as SourceString)?.RawLine);
                    return null;
                }
            }

            // Values cut from a list cell ("us","uk") are new strings: pool them with the framework's ids.
            return new EqualsCell([.. equals.Values.Select(v => v.Text is null ? v : CellValue.OfText(pool.Intern(v.Text)))]);
        }

        return test;
    }

    /// <summary>Cells of columns that read the position must name things the framework defines.</summary>
    private static string? PositionValueProblem(string expression, CellValue value, JobFrameworkModel framework)
    {
        string text = value.Text ?? "";
        return expression.ToUpperInvariant() switch
        {
            "POSITION.REGION" when framework.FindRegion(text) is null => Messages.UnknownReference("region", text, ObjectReader.Suggest(text, framework.Regions.Select(r => r.Id))),
            "POSITION.TRACK" when framework.FindTrack(text) is null => Messages.UnknownReference("track", text, ObjectReader.Suggest(text, framework.Tracks.Select(t => t.Id))),
            "POSITION.FAMILY" when framework.FindFamily(text) is null => Messages.UnknownReference("family", text, ObjectReader.Suggest(text, framework.Families.Select(f => f.Id))),
            "POSITION.LEVEL" when !framework.Tracks.Any(t => t.Levels.Any(l => l.Number == value.Number)) =>
                Messages.UnknownReference("level", value.Number.ToString(CultureInfo.InvariantCulture), null),
            _ => null,
        };
    }

    private static object? ReadOutputCell(SourceValue cell, OutputColumn column, DiagnosticBag diagnostics)
    {
        object? value = (column.Type.Name, cell) switch
        {
            ("string", SourceString s) => s.Value,
            ("bool", SourceBoolean b) => b.Value,
            ("integer", SourceNumber n) when long.TryParse(n.Raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) => l,
            ("number" or "money", SourceNumber n) when n.TryGetDecimal(out var d) => d,
            (_, SourceArray a) when column.Type is ListType list => ReadListCell(a, list),
            _ => null,
        };
        if (value is null && cell is SourceString text && column.Type.Name is "number" or "money" or "integer" && Messages.HasThousandsSeparators(text.Value))
        {
            diagnostics.Error(Codes.BadCell, Messages.BadCell(column.Name, Messages.ThousandsSeparator("cell", text.Value)), cell.Span, text.RawLine);
        }
        else if (value is null)
        {
            diagnostics.Error(Codes.BadCell, Messages.BadCell(column.Name, Messages.WrongType("cell", "a " + column.Type.Name, cell.Describe())), cell.Span, (cell as SourceString)?.RawLine);
        }

        return value;
    }

    private static object? ReadListCell(SourceArray array, ListType list)
    {
        if (list.Element == ExprType.String)
        {
            return array.Items.All(i => i is SourceString) ? array.Items.Cast<SourceString>().Select(s => s.Value).ToArray() : null;
        }

        if (list.Element == ExprType.Integer)
        {
            var longs = new List<long>();
            foreach (var item in array.Items)
            {
                if (item is not SourceNumber n || !long.TryParse(n.Raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l))
                {
                    return null;
                }

                longs.Add(l);
            }

            return longs.ToArray();
        }

        var numbers = new List<decimal>();
        foreach (var item in array.Items)
        {
            if (item is not SourceNumber n || !n.TryGetDecimal(out var d))
            {
                return null;
            }

            numbers.Add(d);
        }

        return numbers.ToArray();
    }
}
