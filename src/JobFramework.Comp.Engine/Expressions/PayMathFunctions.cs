using System.Linq.Expressions;
using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Monetary;

namespace JobFramework.Comp.Expressions;

/// <summary>
/// Typing and code for the pay-math part of the function library: rounding to a step, floor and ceiling
/// (of numbers and money, optionally to a step), percentages, and ln/exp/pow.
/// </summary>
internal static class PayMathFunctions
{
    public static readonly string[] Names = ["roundTo", "floor", "ceiling", "percentOf", "percentChange", "ln", "exp", "pow"];

    public static BoundExpression? TryBind(Binder binder, CallSyntax call) => call.Name.ToUpperInvariant() switch
    {
        "ROUNDTO" => BindRoundTo(binder, call),
        "FLOOR" => BindDirected(binder, call, RoundingMode.Floor),
        "CEILING" => BindDirected(binder, call, RoundingMode.Ceiling),
        "PERCENTOF" => BindPercentOf(binder, call),
        "PERCENTCHANGE" => BindPercentChange(binder, call),
        "LN" => BindUnaryMath(binder, call, nameof(PayMath.Ln)),
        "EXP" => BindUnaryMath(binder, call, nameof(PayMath.Exp)),
        "POW" => BindPow(binder, call),
        _ => null,
    };

    /// <summary>The mode argument: a literal name, so a typo is a load error and not a run-time surprise.</summary>
    public static RoundingMode ReadMode(Syntax argument)
    {
        if (argument is LiteralSyntax { Value: string name } && RoundingModes.TryParse(name, out var mode))
        {
            return mode;
        }

        throw Binder.Error(argument.Position, Messages.RoundingMode(string.Join(", ", RoundingModes.Names)));
    }

    private static BoundExpression BindRoundTo(Binder binder, CallSyntax call)
    {
        FunctionLibrary.ExpectArguments(call, 3);
        return RoundToStep(binder, call, binder.Bind(call.Arguments[0]), call.Arguments[1], ReadMode(call.Arguments[2]));
    }

    // floor(x) and ceiling(x) round to whole units; floor(x, step) and ceiling(x, step) to a multiple of the step.
    private static BoundExpression BindDirected(Binder binder, CallSyntax call, RoundingMode mode)
    {
        if (call.Arguments.Count is not (1 or 2))
        {
            throw Binder.Error(call.Position, Messages.ArgumentCount(call.Name, "1 or 2", call.Arguments.Count));
        }

        FunctionLibrary.ExpectArguments(call, call.Arguments.Count);
        var value = binder.Bind(call.Arguments[0]);
        if (call.Arguments.Count == 2)
        {
            return RoundToStep(binder, call, value, call.Arguments[1], mode);
        }

        RequireNumberOrMoney(call.Arguments[0], value, "the argument of " + call.Name);
        var whole = Expression.Constant(1m);
        return value.Type == ExprType.Money
            ? new BoundExpression(Expression.Call(typeof(PayMath), nameof(PayMath.RoundMoneyTo), null, value.Code, whole, Expression.Constant(mode)), ExprType.Money)
            : new BoundExpression(Expression.Call(typeof(PayMath), nameof(PayMath.RoundTo), null, Binder.ToNumber(value).Code, whole, Expression.Constant(mode)), ExprType.Number);
    }

    private static BoundExpression RoundToStep(Binder binder, CallSyntax call, BoundExpression value, Syntax stepSyntax, RoundingMode mode)
    {
        RequireNumberOrMoney(call.Arguments[0], value, "the value to round");
        var step = binder.BindAs(stepSyntax, ExprType.Number, "the rounding step");
        var modeConstant = Expression.Constant(mode);
        if (value.Type != ExprType.Money)
        {
            return new BoundExpression(Expression.Call(typeof(PayMath), nameof(PayMath.RoundTo), null, Binder.ToNumber(value).Code, step.Code, modeConstant), ExprType.Number);
        }

        // A literal step is checked against every currency the framework pays in, so a step finer than
        // a currency allows is a load error rather than an error on the first employee paid in it.
        if (LiteralNumber(stepSyntax) is { } literal && binder.Environment.Framework is { } framework)
        {
            foreach (var currency in framework.Regions.Select(r => r.Currency).Distinct())
            {
                if (!RoundingRule.FitsMinorUnits(literal, currency.MinorUnits))
                {
                    throw Binder.Error(stepSyntax.Position, Messages.StepFinerThanCurrency(literal, currency.Code, currency.MinorUnits), Codes.Precision);
                }
            }
        }

        return new BoundExpression(Expression.Call(typeof(PayMath), nameof(PayMath.RoundMoneyTo), null, value.Code, step.Code, modeConstant), ExprType.Money);
    }

    // percentOf(salary, 8) = 8% of salary; money stays money.
    private static BoundExpression BindPercentOf(Binder binder, CallSyntax call)
    {
        FunctionLibrary.ExpectArguments(call, 2);
        var value = binder.Bind(call.Arguments[0]);
        RequireNumberOrMoney(call.Arguments[0], value, "the base of percentOf");
        var percent = binder.BindAs(call.Arguments[1], ExprType.Number, "the percentage");
        var fraction = Expression.Divide(percent.Code, Expression.Constant(100m));
        return value.Type == ExprType.Money
            ? new BoundExpression(Expression.Multiply(value.Code, fraction), ExprType.Money)
            : new BoundExpression(Expression.Multiply(Binder.ToNumber(value).Code, fraction), ExprType.Number);
    }

    // percentChange(from, to) = (to - from) / from * 100, of numbers or of money in one currency.
    private static BoundExpression BindPercentChange(Binder binder, CallSyntax call)
    {
        FunctionLibrary.ExpectArguments(call, 2);
        var from = binder.Bind(call.Arguments[0]);
        var to = binder.Bind(call.Arguments[1]);
        if (from.Type == ExprType.Money && to.Type == ExprType.Money)
        {
            return new BoundExpression(Expression.Call(typeof(PayMath), nameof(PayMath.PercentChangeMoney), null, from.Code, to.Code), ExprType.Number);
        }

        if (!from.Type.IsNumeric || !to.Type.IsNumeric)
        {
            throw Binder.Error(call.Position, Messages.TypeMismatch("the arguments of percentChange", "two numbers or two money values", from.Type.Name + " and " + to.Type.Name));
        }

        return new BoundExpression(Expression.Call(typeof(PayMath), nameof(PayMath.PercentChange), null, Binder.ToNumber(from).Code, Binder.ToNumber(to).Code), ExprType.Number);
    }

    private static BoundExpression BindUnaryMath(Binder binder, CallSyntax call, string method)
    {
        FunctionLibrary.ExpectArguments(call, 1);
        var value = binder.BindAs(call.Arguments[0], ExprType.Number, "the argument of " + call.Name);
        return new BoundExpression(Expression.Call(typeof(PayMath), method, null, value.Code), ExprType.Number);
    }

    private static BoundExpression BindPow(Binder binder, CallSyntax call)
    {
        FunctionLibrary.ExpectArguments(call, 2);
        var value = binder.BindAs(call.Arguments[0], ExprType.Number, "the base of pow");
        var exponent = binder.BindAs(call.Arguments[1], ExprType.Number, "the exponent of pow");
        return new BoundExpression(Expression.Call(typeof(PayMath), nameof(PayMath.Pow), null, value.Code, exponent.Code), ExprType.Number);
    }

    private static void RequireNumberOrMoney(Syntax syntax, BoundExpression value, string what)
    {
        if (value.Type != ExprType.Money && !value.Type.IsNumeric)
        {
            throw Binder.Error(syntax.Position, Messages.TypeMismatch(what, "a number or money", value.Type.Name));
        }
    }

    private static decimal? LiteralNumber(Syntax syntax) => syntax switch
    {
        LiteralSyntax { Value: long l } => l,
        LiteralSyntax { Value: decimal d } => d,
        _ => null,
    };
}
