using System.Globalization;
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

    /// <summary>YYYYMMDD as YYYY-MM-DD.</summary>
    public static string Format(long date) => string.Create(CultureInfo.InvariantCulture, $"{date / 10000:D4}-{date / 100 % 100:D2}-{date % 100:D2}");

    [GeneratedRegex(@"^\s*(employee|constants)\s*\.\s*([A-Za-z_][A-Za-z0-9_]*)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MemberPath();
}
