using System.Linq.Expressions;
using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Framework;
using JobFramework.Comp.Monetary;

namespace JobFramework.Comp.Expressions;

/// <summary>
/// The fixed function library (docs/rule-language.md lists each with examples). A name not here is an
/// error at load; nothing else can be called.
/// </summary>
internal static class FunctionLibrary
{
    public static readonly string[] Names = [.. new[] { "min", "max", "abs", "round", "amount", "currency", "proficiency", "hasSkill", "hasSkills", "hasCertification" }.Concat(PayMathFunctions.Names)];

    public static BoundExpression BindFunction(Binder binder, CallSyntax call)
    {
        var scope = binder.Environment.Scope;
        if (binder.Environment.IsDerivation && call.Name.ToUpperInvariant() is "PROFICIENCY" or "HASSKILL" or "HASSKILLS" or "HASCERTIFICATION")
        {
            throw Binder.Error(call.Position, Messages.FunctionNotInDerivation(call.Name), Codes.UnknownName);
        }

        switch (call.Name.ToUpperInvariant())
        {
            case "MIN":
            case "MAX":
                return BindMinMax(binder, call);
            case "ABS":
                return BindAbs(binder, call);
            case "ROUND":
                return BindRound(binder, call);
            case "AMOUNT":
                ExpectArguments(call, 1);
                var money = binder.BindAs(call.Arguments[0], ExprType.Money, "the argument of amount");
                return new BoundExpression(Expression.Call(typeof(Runtime), nameof(Runtime.Amount), null, money.Code), ExprType.Number);
            case "CURRENCY":
                ExpectArguments(call, 1);
                var amount = binder.BindAs(call.Arguments[0], ExprType.Money, "the argument of currency");
                return new BoundExpression(Expression.Call(typeof(Runtime), nameof(Runtime.CurrencyCode), null, amount.Code), ExprType.String);
            case "PROFICIENCY":
                ExpectArguments(call, 1);
                var skill = BindSkillId(binder, call.Arguments[0]);
                return new BoundExpression(Expression.Call(typeof(Runtime), nameof(Runtime.Proficiency), null, scope, skill.Code), ExprType.Integer);
            case "HASSKILL":
                return BindHasSkill(binder, call);
            case "HASSKILLS":
                return BindHasSkills(binder, call);
            case "HASCERTIFICATION":
                ExpectArguments(call, 1);
                var certification = binder.BindAs(call.Arguments[0], ExprType.String, "the certification id");
                return new BoundExpression(Expression.Call(typeof(Runtime), nameof(Runtime.HasCertification), null, scope, certification.Code), ExprType.Boolean);
            default:
                return PayMathFunctions.TryBind(binder, call)
                    ?? throw Binder.Error(call.Position, Messages.UnknownFunction(call.Name, Json.ObjectReader.Suggest(call.Name, Names)), Codes.UnknownName);
        }
    }

    /// <summary>
    /// <c>Math.Min</c>, <c>Max</c>, <c>Abs</c>, <c>Round</c>, <c>Floor</c>, <c>Ceiling</c> as RulesEngine workflows write them,
    /// bound to the functions above. <c>Math.Round(x)</c> and <c>Math.Round(x, n)</c> round half to even, as .NET does.
    /// </summary>
    public static BoundExpression BindMath(Binder binder, CallSyntax call)
    {
        CallSyntax As(string name, params Syntax[] arguments) => call with { Target = null, Name = name, Arguments = arguments };
        var halfEven = new LiteralSyntax(call.Position, "halfEven");
        var zero = new LiteralSyntax(call.Position, 0L);
        return call.Name switch
        {
            "Min" or "Max" or "Abs" => BindFunction(binder, As(call.Name.ToLowerInvariant(), [.. call.Arguments])),
            "Floor" or "Ceiling" when call.Arguments.Count == 1 => BindFunction(binder, As(call.Name.ToLowerInvariant(), [.. call.Arguments])),
            "Round" when call.Arguments.Count == 1 => BindFunction(binder, As("round", call.Arguments[0], zero, halfEven)),
            "Round" when call.Arguments.Count == 2 => BindFunction(binder, As("round", call.Arguments[0], call.Arguments[1], halfEven)),
            _ => throw Binder.Error(call.Position, Messages.UnknownMethod("Math", call.Name, Json.ObjectReader.Suggest(call.Name, ["Min", "Max", "Abs", "Round", "Floor", "Ceiling"])), Codes.UnknownName),
        };
    }

    private static BoundExpression BindMinMax(Binder binder, CallSyntax call)
    {
        if (call.Arguments.Count < 2)
        {
            throw Binder.Error(call.Position, Messages.ArgumentCount(call.Name, "at least 2", call.Arguments.Count));
        }

        bool isMin = call.Name.Equals("min", StringComparison.OrdinalIgnoreCase);
        var items = call.Arguments.Select(binder.Bind).ToList();
        ExprType type = items.All(i => i.Type == ExprType.Integer) ? ExprType.Integer
            : items.All(i => i.Type.IsNumeric) ? ExprType.Number
            : items.All(i => i.Type == ExprType.Money) ? ExprType.Money
            : throw Binder.Error(call.Position, Messages.MinMaxArguments(call.Name));
        Expression result = Convert(items[0], type);
        foreach (var item in items.Skip(1))
        {
            result = type == ExprType.Money
                ? Expression.Call(typeof(Runtime), isMin ? nameof(Runtime.MinMoney) : nameof(Runtime.MaxMoney), null, result, item.Code)
                : Expression.Call(typeof(Math).GetMethod(isMin ? nameof(Math.Min) : nameof(Math.Max), [type.ClrType, type.ClrType])!, result, Convert(item, type));
        }

        return new BoundExpression(result, type);
    }

    private static Expression Convert(BoundExpression item, ExprType type) =>
        type == ExprType.Number ? Binder.ToNumber(item).Code : item.Code;

    private static BoundExpression BindAbs(Binder binder, CallSyntax call)
    {
        ExpectArguments(call, 1);
        var value = binder.Bind(call.Arguments[0]);
        if (value.Type == ExprType.Money)
        {
            return new BoundExpression(Expression.Call(typeof(Runtime), nameof(Runtime.AbsMoney), null, value.Code), ExprType.Money);
        }

        if (!value.Type.IsNumeric)
        {
            throw Binder.Error(call.Arguments[0].Position, Messages.TypeMismatch("the argument of abs", "a number or money", value.Type.Name));
        }

        return new BoundExpression(Expression.Call(typeof(Math).GetMethod(nameof(Math.Abs), [value.Type.ClrType])!, value.Code), value.Type);
    }

    private static BoundExpression BindRound(Binder binder, CallSyntax call)
    {
        // The mode is required: rounding is part of the rules, never a default hidden in code.
        ExpectArguments(call, 3);
        var value = binder.Bind(call.Arguments[0]);
        var decimals = binder.BindAs(call.Arguments[1], ExprType.Integer, "the number of decimals");
        var modeConstant = Expression.Constant(PayMathFunctions.ReadMode(call.Arguments[2]).ToMidpointRounding());
        if (value.Type == ExprType.Money)
        {
            return new BoundExpression(Expression.Call(typeof(Runtime), nameof(Runtime.RoundMoney), null, value.Code, decimals.Code, modeConstant), ExprType.Money);
        }

        if (!value.Type.IsNumeric)
        {
            throw Binder.Error(call.Arguments[0].Position, Messages.TypeMismatch("the value to round", "a number or money", value.Type.Name));
        }

        return new BoundExpression(Expression.Call(typeof(Runtime), nameof(Runtime.Round), null, Binder.ToNumber(value).Code, decimals.Code, modeConstant), ExprType.Number);
    }

    private static BoundExpression BindHasSkill(Binder binder, CallSyntax call)
    {
        ExpectArguments(call, 2);
        var skill = BindSkillId(binder, call.Arguments[0]);
        var minimum = binder.BindAs(call.Arguments[1], ExprType.Integer, "the required proficiency");
        CheckProficiencyLiteral(binder, call.Arguments[1]);
        RecordSkillCheck(binder, Expression.NewArrayInit(typeof(SkillRequirement),
            Expression.New(typeof(SkillRequirement).GetConstructors()[0], skill.Code, Expression.Convert(minimum.Code, typeof(int)))));
        return new BoundExpression(Expression.Call(typeof(Runtime), nameof(Runtime.HasSkill), null, binder.Environment.Scope, skill.Code, minimum.Code), ExprType.Boolean);
    }

    private static BoundExpression BindHasSkills(Binder binder, CallSyntax call)
    {
        ExpectArguments(call, 1);
        var list = binder.Bind(call.Arguments[0]);
        var scope = binder.Environment.Scope;
        if (list.Type.Equals(new ListType(ExprType.String)))
        {
            if (call.Arguments[0] is ListSyntax literal)
            {
                foreach (var item in literal.Items)
                {
                    CheckSkillLiteral(binder, item);
                }
            }

            int floor = binder.Environment.Framework?.Scale.Min ?? 1;
            RecordSkillCheck(binder, Expression.Call(typeof(FunctionLibrary), nameof(AsRequirements), null, list.Code, Expression.Constant(floor)));
            return new BoundExpression(Expression.Call(typeof(Runtime), nameof(Runtime.HasSkills), null, scope, list.Code), ExprType.Boolean);
        }

        if (list.Type.Equals(new ListType(InputModel.SkillRequirement)))
        {
            RecordSkillCheck(binder, list.Code);
            return new BoundExpression(Expression.Call(typeof(Runtime), nameof(Runtime.MeetsRequirements), null, scope, list.Code), ExprType.Boolean);
        }

        throw Binder.Error(call.Arguments[0].Position, Messages.TypeMismatch("the argument of hasSkills", "a list of skill ids or of skill requirements", list.Type.Name));
    }

    /// <summary>Skill ids held "at any proficiency" are requirements at the bottom of the scale.</summary>
    internal static SkillRequirement[] AsRequirements(string[] skills, int floor) => skills.Select(s => new SkillRequirement(s, floor)).ToArray();

    private static void RecordSkillCheck(Binder binder, Expression requirements)
    {
        // Inside a lambda the arguments may read the lambda's parameter and cannot be evaluated on their own.
        if (binder.InsideLambda)
        {
            return;
        }

        var lambda = Expression.Lambda<Func<EvaluationScope, SkillRequirement[]>>(requirements, binder.Environment.Scope);
        binder.SkillChecks.Add(new SkillCheck(lambda.Compile()));
    }

    private static BoundExpression BindSkillId(Binder binder, Syntax argument)
    {
        var skill = binder.BindAs(argument, ExprType.String, "the skill id");
        CheckSkillLiteral(binder, argument);
        return skill;
    }

    private static void CheckSkillLiteral(Binder binder, Syntax argument)
    {
        var framework = binder.Environment.Framework;
        if (framework is not null && argument is LiteralSyntax { Value: string id } && framework.FindSkill(id) is null)
        {
            throw Binder.Error(argument.Position, Messages.UnknownSkill(id, Json.ObjectReader.Suggest(id, framework.Skills.Select(s => s.Id))), Codes.UnknownReference);
        }
    }

    private static void CheckProficiencyLiteral(Binder binder, Syntax argument)
    {
        var scale = binder.Environment.Framework?.Scale;
        if (scale is not null && argument is LiteralSyntax { Value: long level } && (level < scale.Min || level > scale.Max))
        {
            throw Binder.Error(argument.Position, Messages.ProficiencyOutOfScale(level, scale.Min, scale.Max), Codes.UnknownReference);
        }
    }

    public static void ExpectArguments(CallSyntax call, int count)
    {
        if (call.Arguments.Count != count)
        {
            throw Binder.Error(call.Position, Messages.ArgumentCount(call.Name, count.ToString(System.Globalization.CultureInfo.InvariantCulture), call.Arguments.Count));
        }

        foreach (var argument in call.Arguments)
        {
            if (argument is LambdaSyntax lambda)
            {
                throw Binder.Error(lambda.Position, Messages.LambdaOutsideCall);
            }
        }
    }
}
