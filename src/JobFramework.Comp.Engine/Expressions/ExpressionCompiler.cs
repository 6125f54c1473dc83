using System.Linq.Expressions;
using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Json;

namespace JobFramework.Comp.Expressions;

/// <summary>
/// Entry point of the pipeline for one expression written in a rule file: parse, bind (type-check), and
/// report any error as a diagnostic that points inside the JSON string at the offending character.
/// </summary>
internal static class ExpressionCompiler
{
    /// <summary>Binds an expression; on error adds a diagnostic and returns null.</summary>
    public static BoundExpression? Bind(SourceString source, Binder binder, ExprType? expected, string what, DiagnosticBag diagnostics) =>
        Bind(source.Value, source, binder, expected, what, diagnostics, 0);

    /// <summary>Binds part of a string value (a <c>$(…)</c> placeholder) starting at <paramref name="offset"/>.</summary>
    public static BoundExpression? Bind(string text, SourceString source, Binder binder, ExprType? expected, string what, DiagnosticBag diagnostics, int offset)
    {
        ExpressionError? error;
        if (!Parser.TryParse(text, out var syntax, out error))
        {
            Report(source, error!, diagnostics, offset);
            return null;
        }

        try
        {
            var bound = binder.Bind(syntax!);
            Binder.RequireValue(bound, 0);
            if (expected is not null && !bound.Type.Equals(expected))
            {
                if (expected == ExprType.Number && bound.Type == ExprType.Integer)
                {
                    return Binder.ToNumber(bound);
                }

                Report(source, new ExpressionError(0, Messages.TypeMismatch(what, expected.Name, bound.Type.Name), Codes.ExpressionType), diagnostics, offset);
                return null;
            }

            return bound;
        }
        catch (BindException e)
        {
            Report(source, e.Error, diagnostics, offset);
            return null;
        }
    }

    public static Func<Evaluation.EvaluationScope, T> Compile<T>(BoundExpression bound, ParameterExpression scope) =>
        Expression.Lambda<Func<Evaluation.EvaluationScope, T>>(bound.Code, scope).Compile();

    private static void Report(SourceString source, ExpressionError error, DiagnosticBag diagnostics, int offset)
    {
        // The string's opening quote is at the span's column; the source string maps value characters to columns.
        var span = source.ColumnsMapExactly ? source.Span with { Column = source.ColumnOf(offset + error.Position) } : source.Span;
        diagnostics.Error(error.Code, error.Message, span, source.RawLine);
    }
}
