namespace JobFramework.Comp.Interop;

/// <summary>
/// What a RulesEngine expression may name before it reaches Dynamic LINQ. Measured on RulesEngine 6.0.1 with
/// System.Linq.Dynamic.Core 1.6.2: <c>"".GetType().Assembly</c> compiles and runs, and <c>DateTime.Now</c> would
/// make a decision depend on the clock. So every name is checked against an allowlist — the workflow's parameters
/// and their declared fields, its GlobalParams and LocalParams, lambda parameters, a fixed set of methods (string,
/// LINQ, <c>Math</c>, <see cref="Utils"/>) — and anything else refuses the workflow at load. Length and nesting are
/// capped too: Dynamic LINQ parses recursively, and a deep enough expression would overflow the stack.
/// </summary>
internal static class ExpressionGuard
{
    private static readonly HashSet<string> Keywords = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "not", "in", "it", "null", "true", "false", "iif", "np",
    };

    // Words of the language that may stand before a parenthesis: "a OR (b AND c)", "x in (1, 2)".
    private static readonly HashSet<string> Operators = new(StringComparer.OrdinalIgnoreCase) { "and", "or", "not", "in" };

    // Called as name(…): LINQ over lists, string members, Math's, the allowlisted utilities.
    private static readonly HashSet<string> Methods = new(StringComparer.OrdinalIgnoreCase)
    {
        "Any", "All", "Count", "Where", "Select", "Sum", "Min", "Max", "Average", "First", "FirstOrDefault", "Last", "LastOrDefault",
        "Contains", "Distinct", "OrderBy", "OrderByDescending", "Take", "Skip", "SelectMany", "ToList", "ToArray",
        "StartsWith", "EndsWith", "ToUpper", "ToLower", "Trim", "Substring", "IndexOf", "Replace", "Equals",
        "Abs", "Round", "Floor", "Ceiling", "Pow", "Sqrt", "Sign", "Truncate",
        "CheckContains", "CheckStartsWith",
    };

    // Read without a call: list and string sizes, nullable values, the two allowlisted type names.
    private static readonly HashSet<string> Members = new(StringComparer.OrdinalIgnoreCase)
    {
        "Count", "Length", "Value", "HasValue", "Math", "Utils",
    };

    /// <summary>A refusal: why, and where in the expression (a character index).</summary>
    public sealed record Refusal(int Position, string Reason);

    /// <summary>Null when the expression names only what it may; otherwise why not, naming the first offender.</summary>
    public static Refusal? Check(string expression, IReadOnlySet<string> names)
    {
        if (expression.Length > Expressions.ExpressionLimits.MaxLength)
        {
            return new(0, $"the expression is {expression.Length:N0} characters long; the limit is {Expressions.ExpressionLimits.MaxLength:N0}");
        }

        var lambdaParameters = LambdaParameters(expression);
        int depth = 0;
        for (int i = 0; i < expression.Length;)
        {
            char c = expression[i];
            if (c is '"' or '\'')
            {
                i = SkipQuoted(expression, i);
                continue;
            }

            if (c is '(' or '[' or '{')
            {
                if (++depth > Expressions.ExpressionLimits.MaxDepth)
                {
                    return new(i, $"the expression nests deeper than {Expressions.ExpressionLimits.MaxDepth} levels");
                }
            }
            else if (c is ')' or ']' or '}')
            {
                depth--;
            }
            else if (c is '@' or '$' or '`' or '#')
            {
                return new(i, $"'{c}' is not allowed in an expression");
            }

            if (!char.IsLetter(c) && c != '_')
            {
                i++;
                continue;
            }

            int start = i;
            while (i < expression.Length && (char.IsLetterOrDigit(expression[i]) || expression[i] == '_'))
            {
                i++;
            }

            string name = expression[start..i];
            if (start > 0 && char.IsDigit(expression[start - 1]))
            {
                continue; // a literal's suffix: 1L, 2.5m, 1e3
            }

            bool called = NextNonSpace(expression, i) == '(';
            bool member = PreviousNonSpace(expression, start) == '.';
            bool allowed = Operators.Contains(name) || (called
                ? (member ? Methods.Contains(name) : string.Equals(name, "iif", StringComparison.OrdinalIgnoreCase) || string.Equals(name, "np", StringComparison.OrdinalIgnoreCase))
                : Keywords.Contains(name) || Members.Contains(name) || names.Contains(name) || lambdaParameters.Contains(name));
            if (!allowed)
            {
                return new(start, called
                    ? $"'{name}(…)' is not a method RulesEngine workflows may call here"
                    : $"'{name}' is not a parameter, a declared field or a param of this workflow");
            }
        }

        return null;
    }

    // The x of "x => …", wherever it appears: its uses inside the lambda are then allowed.
    private static HashSet<string> LambdaParameters(string expression)
    {
        var found = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (int arrow = expression.IndexOf("=>", StringComparison.Ordinal); arrow > 0; arrow = expression.IndexOf("=>", arrow + 2, StringComparison.Ordinal))
        {
            int end = arrow;
            while (end > 0 && char.IsWhiteSpace(expression[end - 1]))
            {
                end--;
            }

            int start = end;
            while (start > 0 && (char.IsLetterOrDigit(expression[start - 1]) || expression[start - 1] == '_'))
            {
                start--;
            }

            if (start < end && !Methods.Contains(expression[start..end]))
            {
                found.Add(expression[start..end]);
            }
        }

        return found;
    }

    private static int SkipQuoted(string text, int start)
    {
        char quote = text[start];
        int i = start + 1;
        while (i < text.Length && text[i] != quote)
        {
            i += text[i] == '\\' ? 2 : 1;
        }

        return i + 1;
    }

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static char PreviousNonSpace(string text, int i)
    {
        while (i > 0 && char.IsWhiteSpace(text[i - 1]))
        {
            i--;
        }

        return i > 0 ? text[i - 1] : '\0';
    }

    private static char NextNonSpace(string text, int i)
    {
        i = SkipSpaces(text, i);
        return i < text.Length ? text[i] : '\0';
    }
}
