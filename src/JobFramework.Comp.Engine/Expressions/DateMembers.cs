using System.Text.RegularExpressions;

namespace JobFramework.Comp.Expressions;

/// <summary>
/// Rules read a date (a date attribute or constant) as the whole number YYYYMMDD, so dates compare and order; where a
/// date is shown to people — a message placeholder, an output's explanation — it is written back as YYYY-MM-DD.
/// </summary>
internal static partial class DateMembers
{
    /// <summary>Whether an expression is exactly a date attribute or a date constant: <c>employee.hireDate</c>, <c>constants.meritCutoffDate</c>.</summary>
    public static bool IsDate(string expression, BindingEnvironment environment)
    {
        var match = MemberPath().Match(expression);
        if (!match.Success || environment.Framework is not { } framework)
        {
            return false;
        }

        string name = match.Groups[2].Value;
        return string.Equals(match.Groups[1].Value, "employee", StringComparison.OrdinalIgnoreCase)
            ? framework.Attributes.Any(a => a.Kind == Model.AttributeKind.Date && string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase))
            : framework.Constants.Any(c => c.Kind == Model.AttributeKind.Date && string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The expression that shows a date read by a rule as YYYY-MM-DD.</summary>
    public static System.Linq.Expressions.Expression Shown(System.Linq.Expressions.Expression date) =>
        System.Linq.Expressions.Expression.Call(typeof(Model.AttributeValue), nameof(Model.AttributeValue.FormatDate), null, date);

    [GeneratedRegex(@"^\s*(employee|constants)\s*\.\s*([A-Za-z_][A-Za-z0-9_]*)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MemberPath();
}
