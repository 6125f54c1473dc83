using System.Linq.Expressions;
using System.Text;
using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Json;

namespace JobFramework.Comp.Expressions;

/// <summary>
/// A rule message with <c>$(expression)</c> placeholders (RulesEngine's ErrorMessage syntax), e.g.
/// <c>"Rating $(employee.rating) is below 3"</c>. Placeholders are type-checked at load like any expression.
/// </summary>
internal sealed class MessageTemplate
{
    private readonly (string Text, Func<EvaluationScope, object?>? Value)[] _parts;

    private MessageTemplate((string, Func<EvaluationScope, object?>?)[] parts, string source)
    {
        _parts = parts;
        Source = source;
    }

    public static readonly MessageTemplate Empty = new([], "");

    /// <summary>The message as written, placeholders and all.</summary>
    public string Source { get; }

    public static MessageTemplate? Compile(SourceString source, Binder binder, DiagnosticBag diagnostics)
    {
        var parts = new List<(string, Func<EvaluationScope, object?>?)>();
        string text = source.Value;
        int index = 0;
        bool ok = true;
        while (index < text.Length)
        {
            int open = text.IndexOf("$(", index, StringComparison.Ordinal);
            if (open < 0)
            {
                parts.Add((text[index..], null));
                break;
            }

            parts.Add((text[index..open], null));
            int close = FindClose(text, open + 2);
            if (close < 0)
            {
                diagnostics.Error(Codes.ExpressionSyntax, Messages.UnclosedPlaceholder, source.Span, source.RawLine);
                return null;
            }

            string placeholder = text[(open + 2)..close];
            var bound = ExpressionCompiler.Bind(placeholder, source, binder, null, "placeholder", diagnostics, open + 2);
            if (bound is null)
            {
                ok = false;
            }
            else
            {
                // A date attribute or constant is shown as a date, not as the number rules compare.
                Expression shown = DateMembers.IsDate(placeholder, binder.Environment) && bound.Code.Type == typeof(long)
                    ? DateMembers.Shown(bound.Code)
                    : bound.Code;
                var boxed = Expression.Convert(shown, typeof(object));
                parts.Add(("", Expression.Lambda<Func<EvaluationScope, object?>>(boxed, binder.Environment.Scope).Compile()));
            }

            index = close + 1;
        }

        return ok ? new MessageTemplate([.. parts], source.Value) : null;
    }

    /// <summary>Fills the placeholders; a placeholder that cannot be evaluated shows as "?".</summary>
    public string Render(EvaluationScope scope)
    {
        var builder = new StringBuilder();
        foreach (var (text, value) in _parts)
        {
            builder.Append(text);
            if (value is not null)
            {
                builder.Append(RuleErrors.TryEvaluate(() => Runtime.Format(value(scope)), out var formatted) ? formatted : "?");
            }
        }

        return builder.ToString();
    }

    private static int FindClose(string text, int start)
    {
        int depth = 0;
        bool quoted = false;
        for (int i = start; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '"' or '\'')
            {
                quoted = !quoted;
            }
            else if (!quoted && c == '(')
            {
                depth++;
            }
            else if (!quoted && c == ')')
            {
                if (depth == 0)
                {
                    return i;
                }

                depth--;
            }
        }

        return -1;
    }
}
