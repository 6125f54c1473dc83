using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace JobFramework.Comp.Engine.Tests.Oracle;

/// <summary>
/// An employee as RulesEngine sees it: a plain object whose members carry the names rule expressions use
/// (<c>employee.level</c>, <c>employee.skills</c>…), so one expression text reads the same on both engines.
/// </summary>
[SuppressMessage("Naming", "IDE1006", Justification = "Member names are the rule language's.")]
public sealed class OracleEmployee
{
    public string id { get; init; } = "";
    public string family { get; init; } = "";
    public string track { get; init; } = "ic";
    public int level { get; init; }
    public string region { get; init; } = "";
    public int rating { get; init; }
    public int monthsInLevel { get; init; }
    public int scope { get; init; }
    public List<OracleSkill> skills { get; init; } = [];
    public List<string> certifications { get; init; } = [];

    /// <summary>The same employee as the engine's readers take it.</summary>
    public string ToJson() => string.Create(CultureInfo.InvariantCulture,
        $$"""{"id":"{{id}}","family":"{{family}}","track":"{{track}}","level":{{level}},"region":"{{region}}","baseSalary":100000,"rating":{{rating}},"monthsInLevel":{{monthsInLevel}},"scope":{{scope}},"skills":{{{string.Join(",", skills.Select(s => $"\"{s.id}\":{s.proficiency}"))}}},"certifications":[{{string.Join(",", certifications.Select(c => "\"" + c + "\""))}}]}""");

    public override string ToString() => ToJson();
}

[SuppressMessage("Naming", "IDE1006", Justification = "Member names are the rule language's.")]
public sealed class OracleSkill
{
    public string id { get; init; } = "";
    public int proficiency { get; init; }
}
