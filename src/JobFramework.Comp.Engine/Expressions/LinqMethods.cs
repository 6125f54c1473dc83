using System.Linq.Expressions;
using JobFramework.Comp.Diagnostics;

namespace JobFramework.Comp.Expressions;

/// <summary>
/// The LINQ methods RulesEngine workflows use on lists, typed at load: <c>Where</c> and <c>Select</c> give lists;
/// <c>Sum</c>, <c>Min</c>, <c>Max</c>, <c>Average</c> a number (of the list, or of a selector over it); <c>First</c> and
/// <c>FirstOrDefault</c> an element (optionally the first matching). Each takes a lambda or an implicit one
/// (<c>Where(proficiency &gt;= 3)</c>). Unlike <c>Any</c>/<c>All</c>/<c>Count</c>, which compile to inline loops, these
/// call a small runtime helper with a compiled delegate.
/// </summary>
internal static class LinqMethods
{
    public static BoundExpression Bind(Binder binder, CallSyntax call, BoundExpression target, ListType list)
    {
        string method = call.Name.ToUpperInvariant();
        if (call.Arguments.Count > 1)
        {
            throw Binder.Error(call.Position, Messages.ArgumentCount(call.Name, "0 or 1", call.Arguments.Count));
        }

        return method switch
        {
            "WHERE" => Where(binder, call, target, list),
            "SELECT" => Select(binder, call, target, list),
            "FIRST" or "FIRSTORDEFAULT" => First(binder, call, target, list, method == "FIRSTORDEFAULT"),
            _ => Aggregate(binder, call, target, list, method),
        };
    }

    private static BoundExpression Where(Binder binder, CallSyntax call, BoundExpression target, ListType list)
    {
        var condition = Condition(binder, call, list);
        var where = typeof(ListRuntime).GetMethod(nameof(ListRuntime.Where))!.MakeGenericMethod(list.Element.ClrType);
        return new BoundExpression(Expression.Call(where, target.Code, condition), list);
    }

    private static BoundExpression Select(Binder binder, CallSyntax call, BoundExpression target, ListType list)
    {
        ExpectOne(call);
        var body = MethodLibrary.BindElementLambda(binder, call.Arguments[0], list.Element, out var parameter);
        Binder.RequireValue(body, call.Arguments[0].Position);
        var selector = Expression.Lambda(body.Code, parameter);
        var select = typeof(ListRuntime).GetMethod(nameof(ListRuntime.Select))!.MakeGenericMethod(list.Element.ClrType, body.Type.ClrType);
        return new BoundExpression(Expression.Call(select, target.Code, selector), new ListType(body.Type));
    }

    private static BoundExpression First(Binder binder, CallSyntax call, BoundExpression target, ListType list, bool orDefault)
    {
        var condition = call.Arguments.Count == 0
            ? Expression.Lambda(Expression.Constant(true), Expression.Parameter(list.Element.ClrType, "x"))
            : Condition(binder, call, list);
        if (!orDefault)
        {
            var first = typeof(ListRuntime).GetMethod(nameof(ListRuntime.First))!.MakeGenericMethod(list.Element.ClrType);
            return new BoundExpression(Expression.Call(first, target.Code, condition), list.Element);
        }

        // A default the language can state: zero, false, the empty string; an object has none.
        object fallback = list.Element switch
        {
            var t when t == ExprType.Integer => 0L,
            var t when t == ExprType.Number => 0m,
            var t when t == ExprType.Boolean => false,
            var t when t == ExprType.String => "",
            _ => throw Binder.Error(call.Position, Messages.NoDefaultFor(call.Name, list.Element.Name)),
        };
        var firstOrDefault = typeof(ListRuntime).GetMethod(nameof(ListRuntime.FirstOrDefault))!.MakeGenericMethod(list.Element.ClrType);
        return new BoundExpression(Expression.Call(firstOrDefault, target.Code, condition, Expression.Constant(fallback, list.Element.ClrType)), list.Element);
    }

    private static BoundExpression Aggregate(Binder binder, CallSyntax call, BoundExpression target, ListType list, string method)
    {
        // Over the list itself, or over a selector's values.
        var values = call.Arguments.Count == 0 ? target : Select(binder, call, target, list);
        var element = ((ListType)values.Type).Element;
        if (element != ExprType.Integer && element != ExprType.Number)
        {
            throw Binder.Error(call.Position, Messages.NotNumericList(call.Name, element.Name));
        }

        bool integers = element == ExprType.Integer;
        string helper = (method, integers) switch
        {
            ("SUM", true) => nameof(ListRuntime.SumIntegers),
            ("SUM", false) => nameof(ListRuntime.SumNumbers),
            ("MIN", true) => nameof(ListRuntime.MinInteger),
            ("MIN", false) => nameof(ListRuntime.MinNumber),
            ("MAX", true) => nameof(ListRuntime.MaxInteger),
            ("MAX", false) => nameof(ListRuntime.MaxNumber),
            (_, true) => nameof(ListRuntime.AverageIntegers),
            _ => nameof(ListRuntime.AverageNumbers),
        };
        var type = method == "AVERAGE" ? ExprType.Number : element;
        return new BoundExpression(Expression.Call(typeof(ListRuntime), helper, null, values.Code), type);
    }

    private static LambdaExpression Condition(Binder binder, CallSyntax call, ListType list)
    {
        ExpectOne(call);
        var body = MethodLibrary.BindElementLambda(binder, call.Arguments[0], list.Element, out var parameter);
        if (body.Type != ExprType.Boolean)
        {
            throw Binder.Error(call.Arguments[0].Position, Messages.TypeMismatch("the condition of " + call.Name, "bool", body.Type.Name));
        }

        return Expression.Lambda(body.Code, parameter);
    }

    private static void ExpectOne(CallSyntax call)
    {
        if (call.Arguments.Count != 1)
        {
            throw Binder.Error(call.Position, Messages.ArgumentCount(call.Name, "1", call.Arguments.Count));
        }
    }
}
