using System.Globalization;

namespace JobFramework.Comp.Engine.Tests.Oracle;

/// <summary>
/// A seeded generator of rule expressions in the subset both engines share — integer arithmetic without division,
/// comparisons with either spelling of equality, AND/OR/!, iif, string methods and Length, Math.Min/Max/Abs, and
/// list methods with lambdas or the implicit it — and of employees to evaluate them on. The same seed gives the same
/// corpus, so a failure names an expression that can be run again.
/// </summary>
internal sealed class ExpressionCorpus(int seed)
{
    private static readonly string[] Regions = ["us", "uk", "de", "sg", "in"];
    private static readonly string[] Families = ["engineering", "data", "internal-audit", "compliance", "risk", "people"];
    private static readonly string[] Skills = ["sql", "tableau", "statistics", "programming", "system-design", "code-review", "python"];
    private static readonly string[] Certifications = ["sql-advanced", "cloud-infrastructure-path", "ml-foundations"];
    private static readonly string[] Equalities = ["==", "=", "!=", "<>"];
    private static readonly string[] Orderings = ["<", "<=", ">", ">="];

    private readonly Random _random = new(seed);

    public OracleEmployee Employee(int n) => new()
    {
        id = "O" + n.ToString(CultureInfo.InvariantCulture),
        family = Pick(Families),
        level = _random.Next(1, 8),
        region = Pick(Regions),
        rating = _random.Next(1, 6),
        monthsInLevel = _random.Next(0, 40),
        scope = _random.Next(0, 11),
        skills = [.. Skills.Where(_ => _random.Next(3) > 0).Select(s => new OracleSkill { id = s, proficiency = _random.Next(1, 6) })],
        certifications = [.. Certifications.Where(_ => _random.Next(2) == 0)],
    };

    public string Condition(int depth = 3) => (depth <= 0 ? _random.Next(4) : _random.Next(8)) switch
    {
        0 => $"{Integer(depth - 1)} {Pick(Equalities)} {Integer(depth - 1)}",
        1 => $"{Integer(depth - 1)} {Pick(Orderings)} {Integer(depth - 1)}",
        2 => Text(depth - 1),
        3 => ListCondition(),
        4 => $"{Condition(depth - 1)} AND {Condition(depth - 1)}",
        5 => $"({Condition(depth - 1)} OR {Condition(depth - 1)})",
        6 => $"!({Condition(depth - 1)})",
        _ => $"{Condition(depth - 1)} || {Condition(depth - 1)}",
    };

    private string Integer(int depth) => (depth <= 0 ? _random.Next(6) : _random.Next(13)) switch
    {
        0 => "employee.level",
        1 => "employee.rating",
        2 => "employee.monthsInLevel",
        3 => "employee.scope",
        4 => _random.Next(0, 12).ToString(CultureInfo.InvariantCulture),
        5 => Pick(["employee.skills.Count()", "employee.certifications.Count()", "employee.region.Length", "employee.family.Length"]),
        6 => $"({Integer(depth - 1)} + {Integer(depth - 1)})",
        7 => $"({Integer(depth - 1)} - {Integer(depth - 1)})",
        8 => $"{Integer(depth - 1)} * {_random.Next(0, 4).ToString(CultureInfo.InvariantCulture)}",
        9 => $"iif({Condition(depth - 1)}, {Integer(depth - 1)}, {Integer(depth - 1)})",
        10 => $"Math.{Pick(["Max", "Min"])}({Integer(depth - 1)}, {Integer(depth - 1)})",
        11 => $"Math.Abs({Integer(depth - 1)} - {Integer(depth - 1)})",
        _ => Pick([
            $"employee.skills.Count(s => s.proficiency >= {_random.Next(1, 6)})",
            $"employee.skills.Count(proficiency < {_random.Next(1, 6)})",
            "employee.skills.Sum(s => s.proficiency)",
            $"employee.skills.Where(it.proficiency > {_random.Next(0, 5)}).Count()",
            "employee.skills.Select(s => s.proficiency).Sum()",
        ]),
    };

    private string Text(int depth)
    {
        string text = Pick(["employee.region", "employee.family", "employee.region.ToUpper()", "employee.family.ToLower()", "employee.family.Trim()"]);
        if (depth > 0 && _random.Next(4) == 0)
        {
            text = $"iif({Condition(depth - 1)}, {text}, \"{Pick(Regions)}\")";
        }

        string literal = Pick([.. Regions, .. Families, "US", "ENG", "data", "r"]);
        return _random.Next(5) switch
        {
            0 => $"{text} {Pick(Equalities)} \"{literal}\"",
            1 => $"{text}.StartsWith(\"{literal[..Math.Min(2, literal.Length)]}\")",
            2 => $"{text}.EndsWith(\"{literal[^1..]}\")",
            3 => $"{text}.Contains(\"{literal[..1]}\")",
            _ => $"{text}.Length {Pick(Orderings)} {_random.Next(1, 12)}",
        };
    }

    private string ListCondition() => _random.Next(8) switch
    {
        6 => $"employee.region in (\"{Pick(Regions)}\", \"{Pick(Regions)}\")",
        7 => $"employee.level in ({_random.Next(1, 8)}, {_random.Next(1, 8)}, {_random.Next(1, 8)})",
        0 => $"employee.skills.Any(s => s.proficiency >= {_random.Next(1, 6)})",
        1 => $"employee.skills.Any(id == \"{Pick(Skills)}\")",
        2 => $"employee.skills.All(proficiency > {_random.Next(0, 4)})",
        3 => $"employee.certifications.Contains(\"{Pick(Certifications)}\")",
        4 => $"employee.skills.Any(it.id = \"{Pick(Skills)}\" AND it.proficiency >= {_random.Next(1, 6)})",
        _ => $"employee.skills.Where(s => s.proficiency >= {_random.Next(1, 6)}).Any()",
    };

    private string Pick(string[] values) => values[_random.Next(values.Length)];
}
