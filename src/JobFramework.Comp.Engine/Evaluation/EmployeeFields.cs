using System.Globalization;
using JobFramework.Comp.Framework;

namespace JobFramework.Comp.Evaluation;

/// <summary>
/// The employee input's field rules in one place — the ranges and the "skill:proficiency" text form — so
/// every reader (JSON, CSV, HTTP) accepts and rejects exactly the same values.
/// </summary>
public static class EmployeeFields
{
    public static readonly (int Min, int Max) Level = (0, 99);
    public static readonly (int Min, int Max) Rating = (1, 5);
    public static readonly (int Min, int Max) MonthsInLevel = (0, 600);
    public static readonly (int Min, int Max) Scope = (0, 10);
    public static readonly (int Min, int Max) TeamSize = (0, 100_000);
    public static readonly (int Min, int Max) Mentorship = (0, 1000);
    public static readonly (int Min, int Max) ThoughtLeadership = (0, 1000);
    public static readonly (int Min, int Max) Proficiency = (0, 10);

    /// <summary>Reads "sql" (held at <paramref name="unspecifiedProficiency"/>) or "sql:3".</summary>
    public static bool TryParseSkill(string text, int unspecifiedProficiency, out SkillHolding skill)
    {
        int colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            skill = new SkillHolding(text, unspecifiedProficiency);
            return true;
        }

        bool ok = int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int level) && level <= Proficiency.Max;
        skill = ok ? new SkillHolding(text[..colon], level) : default;
        return ok;
    }
}
