using System.Linq.Expressions;
using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Expressions;
using JobFramework.Comp.Json;
using JobFramework.Comp.Monetary;

namespace JobFramework.Comp.Releases;

/// <summary>
/// Reads a workflow's <c>Outputs</c>: named, typed output expressions (what RulesEngine calls an
/// OutputExpression action) with a declared rounding, an optional floor and cap. Each output can use the
/// ones before it by name. Types, rounding steps against the framework's currencies and bounds are all
/// checked here, at load.
/// </summary>
internal sealed class OutputReader(BindingEnvironment environment, DiagnosticBag diagnostics)
{
    private static readonly Dictionary<string, ExprType> DeclaredTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["money"] = ExprType.Money,
        ["number"] = ExprType.Number,
        ["integer"] = ExprType.Integer,
    };

    public List<CompiledOutput> Read(SourceArray? array)
    {
        var outputs = new List<CompiledOutput>();
        foreach (var item in array?.Items ?? [])
        {
            var reader = ObjectReader.From(item, diagnostics, "Outputs item", caseInsensitive: true);
            if (reader is null)
            {
                continue;
            }

            var output = ReadOne(reader, outputs.Count, out var name, out var type);
            if (output is not null)
            {
                outputs.Add(output);
            }

            // Later outputs read this one's value from the scope: computed once, rounded and capped. Known
            // even when this output has an error, so the ones using it report only their own.
            if (name is not null && type is not null && !environment.Locals.ContainsKey(name))
            {
                var read = Expression.Call(environment.Scope, nameof(EvaluationScope.ComputedValue), null, Expression.Constant(outputs.Count - 1), Expression.Constant(name));
                environment.Locals[name] = new BoundExpression(Expression.Unbox(read, type.ClrType), type);
            }
        }

        return outputs;
    }

    private CompiledOutput? ReadOne(ObjectReader reader, int slot, out string? registeredName, out ExprType? registeredType)
    {
        registeredName = null;
        registeredType = null;
        int before = diagnostics.Count;
        var name = reader.Identifier("Name");
        reader.String("Description", false);
        var declared = reader.String("Type", false);
        var expression = reader.String("Expression", true);
        var round = reader.Object("Round", false, caseInsensitive: true);
        var floor = reader.String("Floor", false);
        var cap = reader.String("Cap", false);
        var step = round?.Decimal("Step", true);
        var modeText = round?.String("Mode", true);
        round?.Finish();
        reader.Finish();
        if (name is null || expression is null || diagnostics.Count > before)
        {
            return null;
        }

        if (environment.Locals.ContainsKey(name.Value))
        {
            diagnostics.Error(Codes.DuplicateId, Messages.DuplicateId("output or parameter", name.Value), name.Span, name.RawLine);
            return null;
        }

        registeredName = name.Value;
        registeredType = declared is not null && DeclaredTypes.TryGetValue(declared.Value, out var stated) ? stated : null;
        var bound = ExpressionCompiler.Bind(expression, new Binder(environment), null, "output '" + name.Value + "'", diagnostics);
        if (bound is null || CheckType(name, declared, expression, bound) is not { } type)
        {
            return null;
        }

        registeredType = type;

        bound = type == ExprType.Number ? Binder.ToNumber(bound) : bound;
        RoundingRule? rounding = null;
        if (round is not null)
        {
            rounding = ReadRounding(step, modeText, type, round);
            if (rounding is null)
            {
                return null;
            }
        }

        var floorBound = ReadBound(floor, "floor", type);
        var capBound = ReadBound(cap, "cap", type);
        if (diagnostics.Count > before)
        {
            return null;
        }

        return new CompiledOutput
        {
            Name = name.Value,
            Slot = slot,
            Type = type,
            Expression = expression.Value,
            Value = Boxed(bound),
            Rounding = rounding,
            Floor = floorBound,
            Cap = capBound,
            References = OutputReferences.Find(expression.Value, environment),
        };
    }

    private ExprType? CheckType(SourceString name, SourceString? declared, SourceString expression, BoundExpression bound)
    {
        if (!(bound.Type == ExprType.Money || bound.Type.IsNumeric))
        {
            diagnostics.Error(Codes.ExpressionType, Messages.TypeMismatch("output '" + name.Value + "'", "money, a number or an integer", bound.Type.Name), expression.Span, expression.RawLine);
            return null;
        }

        if (declared is null)
        {
            return bound.Type;
        }

        if (!DeclaredTypes.TryGetValue(declared.Value, out var type))
        {
            diagnostics.Error(Codes.TableShape, Messages.UnknownOutputType(declared.Value, string.Join(", ", DeclaredTypes.Keys)), declared.Span, declared.RawLine);
            return null;
        }

        if (!type.Equals(bound.Type) && !(type == ExprType.Number && bound.Type == ExprType.Integer))
        {
            diagnostics.Error(Codes.ExpressionType, Messages.TypeMismatch("output '" + name.Value + "'", type.Name, bound.Type.Name), expression.Span, expression.RawLine);
            return null;
        }

        return type;
    }

    private RoundingRule? ReadRounding(decimal? step, SourceString? modeText, ExprType type, ObjectReader round)
    {
        if (step is null || modeText is null)
        {
            return null;
        }

        if (step <= 0)
        {
            diagnostics.Error(Codes.OutOfRange, Messages.StepNotPositive(step.Value), round.Span);
            return null;
        }

        if (!RoundingModes.TryParse(modeText.Value, out var mode))
        {
            diagnostics.Error(Codes.OutOfRange, Messages.RoundingName(modeText.Value, string.Join(", ", RoundingModes.Names)), modeText.Span, modeText.RawLine);
            return null;
        }

        if (type == ExprType.Integer && !decimal.IsInteger(step.Value))
        {
            diagnostics.Error(Codes.Precision, Messages.StepFinerThanInteger(step.Value), round.Span);
            return null;
        }

        // The output's currency is known only per employee, so the step must suit every currency paid.
        if (type == ExprType.Money && environment.Framework is { } framework)
        {
            foreach (var currency in framework.Regions.Select(r => r.Currency).Distinct().OrderBy(c => c.Code, StringComparer.Ordinal))
            {
                if (!RoundingRule.FitsMinorUnits(step.Value, currency.MinorUnits))
                {
                    diagnostics.Error(Codes.Precision, Messages.StepFinerThanCurrency(step.Value, currency.Code, currency.MinorUnits), round.Span);
                    return null;
                }
            }
        }

        return new RoundingRule(step.Value, mode);
    }

    private CompiledBound? ReadBound(SourceString? text, string kind, ExprType type)
    {
        if (text is null)
        {
            return null;
        }

        var bound = ExpressionCompiler.Bind(text, new Binder(environment), null, "the " + kind, diagnostics);
        if (bound is null)
        {
            return null;
        }

        // Money is bounded by money or by a plain amount in its own currency; numbers by numbers.
        bool fits = type == ExprType.Money ? bound.Type == ExprType.Money || bound.Type.IsNumeric
            : type == ExprType.Number ? bound.Type.IsNumeric
            : bound.Type == ExprType.Integer;
        if (!fits)
        {
            diagnostics.Error(Codes.ExpressionType, Messages.TypeMismatch("the " + kind, type == ExprType.Money ? "money or a number" : type.Name, bound.Type.Name), text.Span, text.RawLine);
            return null;
        }

        return new CompiledBound(text.Value, Boxed(bound));
    }

    private Func<EvaluationScope, object> Boxed(BoundExpression bound) =>
        Expression.Lambda<Func<EvaluationScope, object>>(Expression.Convert(bound.Code, typeof(object)), environment.Scope).Compile();
}
