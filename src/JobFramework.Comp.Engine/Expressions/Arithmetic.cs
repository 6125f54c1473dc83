using System.Linq.Expressions;
using JobFramework.Comp.Diagnostics;

namespace JobFramework.Comp.Expressions;

/// <summary>
/// Typing and code for + - * / %. Integers stay integers (checked, so overflow is an error, not a wrap)
/// except under '/', which always yields a decimal number. Money combines only with money of the same
/// currency (+, -, money / money = ratio) or scales by a number (*, /); the currency check happens at run
/// time in <see cref="Monetary.Money"/>, because currencies are data.
/// </summary>
internal static class Arithmetic
{
    public static BoundExpression Bind(BinarySyntax binary, BoundExpression left, BoundExpression right)
    {
        string op = binary.Operator;
        if (op is "/" or "%" && IsLiteralZero(binary.Right))
        {
            throw Binder.Error(binary.Right.Position, Messages.DivisionByZeroLiteral);
        }

        if (left.Type == ExprType.Money || right.Type == ExprType.Money)
        {
            return BindMoney(binary, left, right);
        }

        if (op == "+" && left.Type == ExprType.String && right.Type == ExprType.String)
        {
            var concat = typeof(string).GetMethod(nameof(string.Concat), [typeof(string), typeof(string)])!;
            return new BoundExpression(Expression.Call(concat, left.Code, right.Code), ExprType.String);
        }

        if (!left.Type.IsNumeric || !right.Type.IsNumeric)
        {
            throw Binder.Error(binary.Position, Messages.OperandTypes(op, left.Type.Name, right.Type.Name));
        }

        if (op == "/" || left.Type == ExprType.Number || right.Type == ExprType.Number)
        {
            var l = Binder.ToNumber(left).Code;
            var r = Binder.ToNumber(right).Code;
            Expression code = op switch
            {
                "+" => Expression.Add(l, r),
                "-" => Expression.Subtract(l, r),
                "*" => Expression.Multiply(l, r),
                "/" => Expression.Divide(l, r),
                _ => Expression.Modulo(l, r),
            };
            return new BoundExpression(code, ExprType.Number);
        }

        Expression integer = op switch
        {
            "+" => Expression.AddChecked(left.Code, right.Code),
            "-" => Expression.SubtractChecked(left.Code, right.Code),
            "*" => Expression.MultiplyChecked(left.Code, right.Code),
            _ => Expression.Modulo(left.Code, right.Code),
        };
        return new BoundExpression(integer, ExprType.Integer);
    }

    private static bool IsLiteralZero(Syntax syntax) => syntax is LiteralSyntax { Value: long l } ? l == 0 : syntax is LiteralSyntax { Value: decimal d } && d == 0;

    private static BoundExpression BindMoney(BinarySyntax binary, BoundExpression left, BoundExpression right)
    {
        string op = binary.Operator;
        bool bothMoney = left.Type == ExprType.Money && right.Type == ExprType.Money;
        switch (op)
        {
            case "+" when bothMoney:
                return new BoundExpression(Expression.Add(left.Code, right.Code), ExprType.Money);
            case "-" when bothMoney:
                return new BoundExpression(Expression.Subtract(left.Code, right.Code), ExprType.Money);
            case "/" when bothMoney:
                return new BoundExpression(Expression.Call(typeof(Runtime), nameof(Runtime.Ratio), null, left.Code, right.Code), ExprType.Number);
            case "*" when left.Type == ExprType.Money && right.Type.IsNumeric:
                return new BoundExpression(Expression.Multiply(left.Code, Binder.ToNumber(right).Code), ExprType.Money);
            case "*" when right.Type == ExprType.Money && left.Type.IsNumeric:
                return new BoundExpression(Expression.Multiply(right.Code, Binder.ToNumber(left).Code), ExprType.Money);
            case "/" when left.Type == ExprType.Money && right.Type.IsNumeric:
                return new BoundExpression(Expression.Call(typeof(Runtime), nameof(Runtime.DivideMoney), null, left.Code, Binder.ToNumber(right).Code), ExprType.Money);
            default:
                throw Binder.Error(binary.Position, Messages.MoneyOperands(op, left.Type.Name, right.Type.Name));
        }
    }
}
