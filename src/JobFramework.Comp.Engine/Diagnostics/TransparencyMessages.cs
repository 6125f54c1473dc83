using System.Globalization;

namespace JobFramework.Comp.Diagnostics;

/// <summary>The words of capability-model and transparency diagnostics (capabilities.json, transparency.json).</summary>
public static class TransparencyMessages
{
    public static string IndicatorCount(string skill, int count, int steps) =>
        $"Skill '{skill}' has {count} indicator(s); the proficiency scale has {steps} steps: describe each step once, lowest first.";

    public static string SkillsUndescribed(IReadOnlyList<string> skills) =>
        $"capabilities.json gives no behavioural indicators for {skills.Count} skill(s): {string.Join(", ", skills)}. Reviews and progression criteria show only their names.";

    public static string LevelsUndescribed(IReadOnlyList<string> levels) =>
        $"capabilities.json states no expectations for {levels.Count} level(s): {string.Join(", ", levels)}. Reviews and progression criteria at those levels have no scope, impact or behaviours to show.";

    public static string RatingsNotScale(int min, int max) =>
        $"The rating scale must list every rating from {min} to {max} once, in order.";

    public static string GenderedWord(string word) =>
        $"'{word}' is gendered: progression criteria must be gender-neutral (EU Directive 2023/970 Art. 6). Write 'they', 'their' or 'the person'.";

    public static string CriterionReadsPerson(string rule) =>
        $"The criterion of rule '{rule}' reads the employee's own values: a criterion states the bar for everyone (target, targetRole, tables, constants, local parameters), not one person's position.";

    public static string NotDeclaredAttribute(string property, string name, string? suggestion) =>
        $"{property} names '{name}', which framework.json does not declare as an attribute.{(suggestion is null ? "" : $" Did you mean '{suggestion}'?")}";

    public static string SexNotProtected(string name) =>
        $"sexAttribute '{name}' must be declared with \"dataClass\": \"protected\", so no decision rule can read it.";

    public static string SexValues(string name) =>
        $"sexAttribute '{name}' must be a string attribute whose values include \"female\" and \"male\".";

    public static string VariablePayKind(string name, string kind) =>
        $"variablePay '{name}' is {kind}; it must be a money or number attribute with \"min\": 0 (an amount paid in the year).";

    public static string ProtectedFactor(string name) =>
        $"explainedBy '{name}' is a protected attribute: a gap cannot be explained by the characteristic it is measured on.";

    public static string UnknownFactor(string name, string? suggestion) =>
        $"explainedBy '{name}' is neither \"band\", \"timeInLevel\" nor a declared attribute.{(suggestion is null ? "" : $" Did you mean '{suggestion}'?")}";

    public static string CategoryOverlap(string family, string level, string first, string second) =>
        $"{family} at level {level} is in both category '{first}' and '{second}': each job belongs to exactly one category of equal value.";

    public static string CategoryGap(IReadOnlyList<string> jobs) =>
        $"No category of equal value covers {jobs.Count} job(s): {string.Join(", ", jobs.Take(12))}{(jobs.Count > 12 ? ", …" : "")}. Every family and level of the framework needs one.";

    public static string LevelNotInFramework(int level) =>
        string.Create(CultureInfo.InvariantCulture, $"Level {level} is on no track of the framework.");
}
