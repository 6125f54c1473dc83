using System.Linq.Expressions;
using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Expressions;
using JobFramework.Comp.Json;
using JobFramework.Comp.Monetary;
using JobFramework.Comp.Tables;

namespace JobFramework.Comp.Releases;

/// <summary>A compiled expression of a derived table, with its text and position for diagnostics.</summary>
internal sealed record DerivedExpression(string Text, SourceSpan Span, ExprType Type, Func<DerivationFrame, object> Evaluate);

/// <summary>
/// How one output column of a derived table is computed: its value, the declared rounding (the step a
/// number or an expression such as <c>zone.step</c>), and an optional floor and cap.
/// </summary>
internal sealed record DerivedColumn(int Column, string Name, DerivedExpression Value, DerivedExpression? Step, RoundingMode Mode, DerivedExpression? Floor, DerivedExpression? Cap);

/// <summary>
/// Reads and type-checks the <c>outputs</c> of a <c>derive</c> section: each column as an expression
/// string, or <c>{"value", "round": {"step", "mode"}, "floor", "cap"}</c>. Columns are computed in the
/// order written and each can use the ones before it by name.
/// </summary>
internal sealed class DerivedColumnReader(BindingEnvironment environment, IReadOnlyList<TableReader.OutputColumn> columns, DiagnosticBag diagnostics)
{
    public List<DerivedColumn>? Read(ObjectReader outputs)
    {
        int before = diagnostics.Count;
        var result = new List<DerivedColumn>();
        foreach (var property in outputs.Properties)
        {
            int column = -1;
            for (int i = 0; i < columns.Count; i++)
            {
                if (columns[i].Name == property.Name)
                {
                    column = i;
                }
            }

            if (column < 0)
            {
                diagnostics.Error(Codes.TableShape, Messages.DerivedColumnUnknown("output", property.Name, ObjectReader.Suggest(property.Name, columns.Select(c => c.Name))), property.NameSpan);
                continue;
            }

            var currencyFrom = columns[column].CurrencyFrom;
            if (currencyFrom >= 0 && !result.Any(r => r.Column == currencyFrom))
            {
                diagnostics.Error(Codes.TableShape, Messages.CurrencyColumnFirst(property.Name, columns[currencyFrom].Name), property.NameSpan);
                continue;
            }

            // Registered even when the column has an error, so the columns using it report only their own.
            if (ReadColumn(column, property) is { } derived)
            {
                result.Add(derived);
            }

            {
                var read = Expression.Call(environment.Frame!, nameof(DerivationFrame.ComputedValue), null, Expression.Constant(column), Expression.Constant(property.Name));
                var type = columns[column].Type;
                environment.Locals[property.Name] = new BoundExpression(type.ClrType.IsValueType ? Expression.Unbox(read, type.ClrType) : Expression.Convert(read, type.ClrType), type);
            }
        }

        var missing = columns.Where((c, i) => !outputs.Properties.Any(p => p.Name == c.Name)).Select(c => c.Name).ToArray();
        if (missing.Length > 0)
        {
            diagnostics.Error(Codes.TableShape, Messages.DerivedColumnsMissing("these outputs", string.Join(", ", missing)), outputs.Span);
        }

        return diagnostics.Count > before ? null : result;
    }

    private DerivedColumn? ReadColumn(int column, SourceProperty property)
    {
        var type = columns[column].Type;
        if (property.Value is SourceString text)
        {
            return Bind(text, ValueFits(type), type.Name) is { } plain ? new DerivedColumn(column, property.Name, plain, null, default, null, null) : null;
        }

        var spec = ObjectReader.From(property.Value, diagnostics, "derived output '" + property.Name + "'");
        if (spec is null)
        {
            return null;
        }

        var valueText = spec.String("value", true);
        var round = spec.Object("round", false);
        var floorText = Expr(spec, "floor");
        var capText = Expr(spec, "cap");
        var stepText = round is null ? null : Expr(round, "step", true);
        var modeText = round?.String("mode", true);
        round?.Finish();
        spec.Finish();
        if (valueText is null || (round is not null && (stepText is null || modeText is null)))
        {
            return null;
        }

        var mode = RoundingMode.HalfEven;
        if (modeText is not null && !RoundingModes.TryParse(modeText.Value, out mode))
        {
            diagnostics.Error(Codes.OutOfRange, Messages.RoundingName(modeText.Value, string.Join(", ", RoundingModes.Names)), modeText.Span, modeText.RawLine);
            return null;
        }

        bool numeric = type == ExprType.Money || type.IsNumeric;
        var value = Bind(valueText, ValueFits(type), type.Name);
        var step = stepText is null ? null : Bind(stepText, t => t.IsNumeric, "a number");
        var floor = floorText is null ? null : Bind(floorText, ValueFits(type), type.Name);
        var cap = capText is null ? null : Bind(capText, ValueFits(type), type.Name);
        if (!numeric && (round is not null || floorText is not null || capText is not null))
        {
            diagnostics.Error(Codes.TableShape, Messages.TypeMismatch("a rounded, floored or capped column", "money or a number", type.Name), spec.Span);
            return null;
        }

        return value is null || (stepText is not null && step is null) || (floorText is not null && floor is null) || (capText is not null && cap is null)
            ? null
            : new DerivedColumn(column, property.Name, value, step, mode, floor, cap);
    }

    // Money columns take money or a plain amount (in the row's currency); integer columns any number (checked whole).
    private static Func<ExprType, bool> ValueFits(ExprType column) =>
        column == ExprType.Money ? t => t == ExprType.Money || t.IsNumeric
        : column.IsNumeric ? t => t.IsNumeric
        : t => t.Equals(column);

    /// <summary>A step, floor or cap may be written as a JSON number or as an expression string.</summary>
    private static SourceString? Expr(ObjectReader reader, string name, bool required = false)
    {
        var value = reader.Get(name);
        if (value is SourceNumber number)
        {
            return new SourceString(number.Span, number.Raw, "") { ColumnsMapExactly = false };
        }

        return value is null && !required ? null : reader.String(name, required);
    }

    private DerivedExpression? Bind(SourceString text, Func<ExprType, bool> fits, string expected)
    {
        var bound = ExpressionCompiler.Bind(text, new Binder(environment), null, "a derived value", diagnostics);
        if (bound is null)
        {
            return null;
        }

        if (!fits(bound.Type))
        {
            diagnostics.Error(Codes.ExpressionType, Messages.TypeMismatch("'" + text.Value + "'", expected, bound.Type.Name), text.Span, text.RawLine);
            return null;
        }

        var evaluate = Expression.Lambda<Func<DerivationFrame, object>>(Expression.Convert(bound.Code, typeof(object)), environment.Frame!).Compile();
        return new DerivedExpression(text.Value, text.Span, bound.Type, evaluate);
    }
}
