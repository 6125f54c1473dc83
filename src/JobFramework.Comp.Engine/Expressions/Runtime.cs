using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Framework;

namespace JobFramework.Comp.Expressions;

/// <summary>
/// The only methods compiled rules call, besides the input model's getters and Money's operators.
/// Each is small, allocation-free on the success path and deterministic.
/// </summary>
internal static class Runtime
{
    public static bool Contains<T>(T[] list, T value)
    {
        var comparer = EqualityComparer<T>.Default;
        foreach (var item in list)
        {
            if (comparer.Equals(item, value))
            {
                return true;
            }
        }

        return false;
    }

    public static bool TextContains(string text, string part) => text.Contains(part, StringComparison.Ordinal);

    public static bool TextStartsWith(string text, string part) => text.StartsWith(part, StringComparison.Ordinal);

    public static bool TextEndsWith(string text, string part) => text.EndsWith(part, StringComparison.Ordinal);

    public static long Proficiency(EvaluationScope scope, string skill) => scope.Employee.ProficiencyIn(skill);

    public static bool HasSkill(EvaluationScope scope, string skill, long minimum) => scope.Employee.ProficiencyIn(skill) >= minimum;

    /// <summary>Holds every listed skill at any proficiency.</summary>
    public static bool HasSkills(EvaluationScope scope, string[] skills)
    {
        var held = scope.Employee.Skills;
        foreach (var skill in skills)
        {
            bool found = false;
            foreach (var holding in held)
            {
                if (Ids.Same(holding.Skill, skill))
                {
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Holds every required skill at or above its proficiency.</summary>
    public static bool MeetsRequirements(EvaluationScope scope, SkillRequirement[] requirements)
    {
        foreach (var requirement in requirements)
        {
            if (scope.Employee.ProficiencyIn(requirement.Skill) < requirement.Proficiency)
            {
                return false;
            }
        }

        return true;
    }

    public static bool HasCertification(EvaluationScope scope, string certification) =>
        Array.IndexOf(scope.Employee.Certifications, certification) >= 0;

    public static decimal Ratio(Monetary.Money left, Monetary.Money right) => left.DivideBy(right);

    public static Monetary.Money DivideMoney(Monetary.Money money, decimal divisor) => new(money.Amount / divisor, money.Currency);

    public static decimal Amount(Monetary.Money money) => money.Amount;

    public static string CurrencyCode(Monetary.Money money) => money.Currency.Code;

    public static Monetary.Money MinMoney(Monetary.Money left, Monetary.Money right) => left <= right ? left : right;

    public static Monetary.Money MaxMoney(Monetary.Money left, Monetary.Money right) => left >= right ? left : right;

    public static Monetary.Money AbsMoney(Monetary.Money money) => new(Math.Abs(money.Amount), money.Currency);

    public static decimal Round(decimal value, long decimals, MidpointRounding mode) => decimal.Round(value, CheckDecimals(decimals), mode);

    public static Monetary.Money RoundMoney(Monetary.Money value, long decimals, MidpointRounding mode) => value.Round(CheckDecimals(decimals), mode);

    /// <summary>Text of a value for a message template: invariant culture, lists comma-separated.</summary>
    public static string Format(object? value) => value switch
    {
        null => "",
        string text => text,
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        string[] list => string.Join(", ", list),
        SkillRequirement[] requirements => string.Join(", ", requirements.Select(r => r.Skill + " " + r.Proficiency.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        System.Collections.IEnumerable items => string.Join(", ", items.Cast<object?>().Select(Format)),
        _ => value.ToString() ?? "",
    };

    private static int CheckDecimals(long decimals) =>
        decimals is >= 0 and <= 28 ? (int)decimals : throw new RuleEvaluationException(Diagnostics.Messages.RoundingDecimals(decimals));
}
