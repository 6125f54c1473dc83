using System.Linq.Expressions;
using JobFramework.Comp.Diagnostics;

namespace JobFramework.Comp.Expressions;

/// <summary>
/// The methods a value offers, RulesEngine-style: <c>.Contains</c>, <c>.Any</c>, <c>.All</c>, <c>.Count</c>
/// on lists (with lambdas), and <c>.Contains</c>, <c>.StartsWith</c>, <c>.EndsWith</c> on strings. Lambdas
/// compile to inline loops — no delegate or closure is allocated per evaluation.
/// </summary>
internal static class MethodLibrary
{
    private static readonly string[] ListMethods = ["Contains", "Any", "All", "Count", "Where", "Select", "Sum", "Min", "Max", "Average", "First", "FirstOrDefault"];
    private static readonly string[] StringMethods = ["Contains", "StartsWith", "EndsWith", "ToUpper", "ToLower", "Trim"];

    public static BoundExpression BindMethod(Binder binder, CallSyntax call)
    {
        var target = binder.Bind(call.Target!);
        Binder.RequireValue(target, call.Target!.Position);
        if (target.Type is ListType list)
        {
            return BindListMethod(binder, call, target, list);
        }

        if (target.Type == ExprType.String)
        {
            return BindStringMethod(binder, call, target);
        }

        throw Binder.Error(call.Position, Messages.NoMethods(target.Type.Name, call.Name), Codes.UnknownName);
    }

    private static BoundExpression BindStringMethod(Binder binder, CallSyntax call, BoundExpression target)
    {
        // Case is changed the invariant way, so a rule means the same on every machine.
        string? transform = call.Name.ToUpperInvariant() switch
        {
            "TOUPPER" => nameof(string.ToUpperInvariant),
            "TOLOWER" => nameof(string.ToLowerInvariant),
            "TRIM" => nameof(string.Trim),
            _ => null,
        };
        if (transform is not null)
        {
            FunctionLibrary.ExpectArguments(call, 0);
            return new BoundExpression(Expression.Call(target.Code, typeof(string).GetMethod(transform, Type.EmptyTypes)!), ExprType.String);
        }

        string? runtimeName = call.Name.ToUpperInvariant() switch
        {
            "CONTAINS" => nameof(Runtime.TextContains),
            "STARTSWITH" => nameof(Runtime.TextStartsWith),
            "ENDSWITH" => nameof(Runtime.TextEndsWith),
            _ => null,
        };
        if (runtimeName is null)
        {
            throw Binder.Error(call.Position, Messages.UnknownMethod("string", call.Name, Json.ObjectReader.Suggest(call.Name, StringMethods)), Codes.UnknownName);
        }

        FunctionLibrary.ExpectArguments(call, 1);
        var argument = binder.BindAs(call.Arguments[0], ExprType.String, "the argument of " + call.Name);
        return new BoundExpression(Expression.Call(typeof(Runtime), runtimeName, null, target.Code, argument.Code), ExprType.Boolean);
    }

    private static BoundExpression BindListMethod(Binder binder, CallSyntax call, BoundExpression target, ListType list)
    {
        switch (call.Name.ToUpperInvariant())
        {
            case "CONTAINS":
                FunctionLibrary.ExpectArguments(call, 1);
                var item = binder.Bind(call.Arguments[0]);
                if (list.Element == ExprType.Number && item.Type == ExprType.Integer)
                {
                    item = Binder.ToNumber(item);
                }

                if (!item.Type.Equals(list.Element) || list.Element is ObjectType)
                {
                    throw Binder.Error(call.Arguments[0].Position, Messages.TypeMismatch("the argument of Contains", list.Element.Name, item.Type.Name));
                }

                var contains = typeof(Runtime).GetMethod(nameof(Runtime.Contains))!.MakeGenericMethod(list.Element.ClrType);
                return new BoundExpression(Expression.Call(contains, target.Code, item.Code), ExprType.Boolean);
            case "ANY":
            case "ALL":
            case "COUNT":
                return BindLoop(binder, call, target, list);
            case "WHERE" or "SELECT" or "SUM" or "MIN" or "MAX" or "AVERAGE" or "FIRST" or "FIRSTORDEFAULT":
                return LinqMethods.Bind(binder, call, target, list);
            default:
                throw Binder.Error(call.Position, Messages.UnknownMethod(list.Name, call.Name, Json.ObjectReader.Suggest(call.Name, ListMethods)), Codes.UnknownName);
        }
    }

    private static BoundExpression BindLoop(Binder binder, CallSyntax call, BoundExpression target, ListType list)
    {
        string method = call.Name.ToUpperInvariant();
        if (call.Arguments.Count == 0 && method != "ALL")
        {
            var length = Expression.Convert(Expression.ArrayLength(target.Code), typeof(long));
            return method == "COUNT"
                ? new BoundExpression(length, ExprType.Integer)
                : new BoundExpression(Expression.GreaterThan(length, Expression.Constant(0L)), ExprType.Boolean);
        }

        if (call.Arguments.Count != 1)
        {
            throw Binder.Error(call.Position, Messages.LambdaExpected(call.Name));
        }

        var body = BindElementLambda(binder, call.Arguments[0], list.Element, out var parameter);
        if (body.Type != ExprType.Boolean)
        {
            throw Binder.Error(call.Arguments[0].Position, Messages.TypeMismatch("the condition of " + call.Name, "bool", body.Type.Name));
        }

        return new BoundExpression(EmitLoop(method, target.Code, parameter, body.Code), method == "COUNT" ? ExprType.Integer : ExprType.Boolean);
    }

    /// <summary>A lambda over the list's elements, written <c>s =&gt; s.proficiency &gt;= 3</c> or, Dynamic LINQ's way, without one (<c>proficiency &gt;= 3</c>, <c>it.proficiency &gt;= 3</c>).</summary>
    public static BoundExpression BindElementLambda(Binder binder, Syntax argument, ExprType element, out ParameterExpression parameter) =>
        argument is LambdaSyntax lambda ? binder.BindLambda(lambda, element, out parameter) : binder.BindImplicitLambda(argument, element, out parameter);

    // for (i = 0; i < array.Length; i++) { x = array[i]; ... } with early exit for Any/All.
    private static BlockExpression EmitLoop(string method, Expression source, ParameterExpression item, Expression condition)
    {
        var array = Expression.Variable(source.Type, "list");
        var index = Expression.Variable(typeof(int), "i");
        var result = Expression.Variable(method == "COUNT" ? typeof(long) : typeof(bool), "result");
        var exit = Expression.Label("exit");
        Expression onItem = method switch
        {
            "ANY" => Expression.IfThen(condition, Expression.Block(Expression.Assign(result, Expression.Constant(true)), Expression.Break(exit))),
            "ALL" => Expression.IfThen(Expression.Not(condition), Expression.Block(Expression.Assign(result, Expression.Constant(false)), Expression.Break(exit))),
            _ => Expression.IfThen(condition, Expression.AddAssign(result, Expression.Constant(1L))),
        };
        Expression initial = method switch
        {
            "ANY" => Expression.Constant(false),
            "ALL" => Expression.Constant(true),
            _ => Expression.Constant(0L),
        };
        return Expression.Block(
            [array, index, result, item],
            Expression.Assign(array, source),
            Expression.Assign(result, initial),
            Expression.Assign(index, Expression.Constant(0)),
            Expression.Loop(
                Expression.IfThenElse(
                    Expression.LessThan(index, Expression.ArrayLength(array)),
                    Expression.Block(
                        Expression.Assign(item, Expression.ArrayIndex(array, index)),
                        onItem,
                        Expression.PreIncrementAssign(index)),
                    Expression.Break(exit)),
                exit),
            result);
    }
}
