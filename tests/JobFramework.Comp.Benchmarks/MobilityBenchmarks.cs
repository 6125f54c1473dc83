using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Mobility;
using JobFramework.Comp.Releases;

namespace JobFramework.Comp.Benchmarks;

/// <summary>
/// Mobility against a framework of 500 roles and 1,000 skills (<see cref="SyntheticRelease"/>): one employee's
/// ranked move options (target: median ≤ 1 ms, nothing parsed per call) and the depth-3 mobility map of a role
/// (target: ≤ 10 ms). Each call takes the next of 64 employees or roles, so no single answer is favoured.
/// <see cref="Share"/> 0.5 is the sample's transferable share; 0.1 (any one core skill) makes nearly every
/// same-level role of a family and its neighbour a lateral move — a dense graph, for the worst case.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class MobilityBenchmarks
{
    public const int Families = 20;
    public const int Levels = 10;
    public const int Skills = 1000;
    public const int RolesPerFamily = 25;

    private CompiledRelease _release = null!;
    private Evaluator _evaluator = null!;
    private Employee[] _employees = null!;
    private string[] _roles = null!;
    private int _next;

    [Params("0.5", "0.1")]
    public string Share { get; set; } = "0.5";

    [GlobalSetup]
    public void Setup()
    {
        var load = ReleaseLoader.Load(SyntheticRelease(Share));
        _release = load.Release ?? throw new InvalidOperationException(string.Join("\n", load.Diagnostics.Where(d => d.IsError)));
        if (_release.Framework.Roles.Count != Families * RolesPerFamily || _release.Framework.Skills.Count != Skills)
        {
            throw new InvalidOperationException($"synthetic release has {_release.Framework.Roles.Count} roles and {_release.Framework.Skills.Count} skills");
        }

        _evaluator = new Evaluator(_release);
        var roles = _release.Framework.Roles;
        _roles = [.. Enumerable.Range(0, 64).Select(i => roles[(i * 37) % roles.Count].Id)];
        _employees = [.. Enumerable.Range(0, 64).Select(i => EmployeeIn(roles[(i * 53) % roles.Count], i))];
    }

    [Benchmark(Description = "move options for one employee (500 roles, 1,000 skills)")]
    public int Options()
    {
        var advice = MobilityAdvisor.Advise(_evaluator, _employees[_next++ & 63]);
        return advice.Value?.Options.Count ?? throw new InvalidOperationException(string.Join("; ", advice.Errors));
    }

    [Benchmark(Description = "mobility map of depth 3 for one role")]
    public int MapDepth3()
    {
        var map = MobilityMap.From(_release.Mobility, _roles[_next++ & 63], 3);
        return map.Value?.Nodes.Count ?? throw new InvalidOperationException(string.Join("; ", map.Errors));
    }

    /// <summary>Average options and map sizes, printed with the results so the work measured is visible.</summary>
    public string Describe()
    {
        double options = _employees.Average(e => MobilityAdvisor.Advise(_evaluator, e).Value!.Options.Count);
        double nodes = _roles.Average(r => MobilityMap.From(_release.Mobility, r, 3).Value!.Nodes.Count);
        double edges = _roles.Average(r => MobilityMap.From(_release.Mobility, r, 3).Value!.Edges.Count);
        int largest = _release.Framework.Roles.Max(r => MobilityMap.From(_release.Mobility, r.Id, 3).Value!.Nodes.Count);
        return string.Create(CultureInfo.InvariantCulture, $"share {Share}: {_release.Framework.Roles.Count} roles, {_release.Framework.Skills.Count} skills, {_release.Mobility.Rules.Paths.Count} named paths; {options:0.0} options per employee; depth-3 maps of {nodes:0.0} roles and {edges:0.0} moves on average, {largest} roles at most");
    }

    // An employee a step short in a third of their role's core skills, holding the next family's shared skills at that level too.
    private static Employee EmployeeIn(Framework.Role role, int seed) => new()
    {
        Id = "E" + seed.ToString(CultureInfo.InvariantCulture),
        Family = role.Family,
        Track = role.Track,
        Level = role.Level,
        Focus = role.Focus,
        Region = "r" + (seed % 5).ToString(CultureInfo.InvariantCulture),
        BaseSalary = 60000 + (role.Level * 9000) + (seed * 150),
        Rating = 2 + (seed % 4),
        MonthsInLevel = 6 + (seed % 30),
        Scope = role.Level,
        Skills = [.. role.CoreSkills.Select((s, i) => new Framework.SkillHolding(s.Skill, i % 3 == 0 ? s.Proficiency - 1 : s.Proficiency)).Where(s => s.Proficiency > 0)
            .Concat(Enumerable.Range(0, 3).Select(k => new Framework.SkillHolding(SkillId(((FamilyIndex(role) + 1) * 50) + (((role.Level * 2) + (k * 3)) % 50)), 5)))
            .DistinctBy(s => s.Skill)],
        Certifications = seed % 2 == 0 ? ["t" + (seed % 20).ToString(CultureInfo.InvariantCulture)] : [],
    };

    private static int FamilyIndex(Framework.Role role) => int.Parse(role.Family.AsSpan(1), CultureInfo.InvariantCulture);

    private static string SkillId(int index) => "s" + (index % Skills).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// 20 families × (10 IC levels, 8 manager levels, 7 IC focus roles) = 500 roles; 1,000 skills in 50 clusters,
    /// each family drawing core skills from its own 50 and its neighbour's first ones (so shared-skill moves
    /// cross families); 20 trainings; named paths from each family to the next at IC3–IC9; two learning steps per skill.
    /// </summary>
    public static ReleaseSource SyntheticRelease(string share = "0.5")
    {
        var files = new Dictionary<string, string>
        {
            ["release.json"] = "{ \"id\": \"mobility\", \"effectiveFrom\": \"2026-01-01\", \"status\": \"draft\", \"requiredApprovals\": 1 }",
            ["skills.json"] = "{ \"scale\": { \"min\": 1, \"max\": 5, \"labels\": [\"1\",\"2\",\"3\",\"4\",\"5\"] }, \"clusters\": ["
                + string.Join(", ", Enumerable.Range(0, 50).Select(c => $"{{ \"id\": \"c{c}\", \"name\": \"c{c}\" }}")) + "], \"skills\": ["
                + string.Join(", ", Enumerable.Range(0, Skills).Select(i => $"{{ \"id\": \"s{i}\", \"name\": \"Skill {i}\", \"cluster\": \"c{i / 20}\" }}")) + "] }",
            ["framework.json"] = Framework(),
            ["roles.json"] = Roles(),
            ["tables/bands.json"] = Bands(),
            ["workflows/level-up.json"] = """
                { "WorkflowName": "level-up", "Rules": [
                  { "RuleName": "Rating", "Expression": "employee.rating >= 3", "ErrorMessage": "rating $(employee.rating)" },
                  { "RuleName": "TimeInLevel", "Expression": "employee.monthsInLevel >= 12", "ErrorMessage": "$(employee.monthsInLevel) months" },
                  { "RuleName": "Skills", "Expression": "hasSkills(targetRole.coreSkills)", "ErrorMessage": "skills of $(targetRole.title)" } ] }
                """,
            ["mobility.json"] = Mobility(share),
        };
        return new ReleaseSource("mobility", files.ToDictionary(f => f.Key, f => Encoding.UTF8.GetBytes(f.Value)));
    }

    private static string Framework()
    {
        var json = new StringBuilder("{ \"company\": \"Synthetic\", \"families\": [");
        json.AppendJoin(", ", Enumerable.Range(0, Families).Select(f => $"{{ \"id\": \"f{f}\", \"name\": \"Family {f}\" }}"));
        json.Append("], \"tracks\": [ { \"id\": \"ic\", \"name\": \"IC\", \"levels\": [");
        json.AppendJoin(", ", Enumerable.Range(1, Levels).Select(l => $"{{ \"level\": {l}, \"code\": \"IC{l}\", \"title\": \"L{l}\" }}"));
        json.Append("] }, { \"id\": \"manager\", \"name\": \"Manager\", \"alignedWith\": \"ic\", \"levels\": [");
        json.AppendJoin(", ", Enumerable.Range(3, 8).Select(l => $"{{ \"level\": {l}, \"code\": \"M{l}\", \"title\": \"M{l}\" }}"));
        json.Append("] } ], \"regions\": [");
        json.AppendJoin(", ", Enumerable.Range(0, 5).Select(r => $"{{ \"id\": \"r{r}\", \"name\": \"r{r}\", \"currency\": \"USD\" }}"));
        json.Append("], \"focusAreas\": [");
        json.AppendJoin(", ", Enumerable.Range(0, Families).SelectMany(f => Enumerable.Range(3, 7).Select(l => $"{{ \"id\": \"spec\", \"name\": \"Specialist\", \"family\": \"f{f}\", \"level\": {l} }}")));
        json.Append("], \"placement\": { \"bandTable\": \"bands\", \"ratioDecimals\": 4, \"ratioRounding\": \"halfEven\" }, \"eligibility\": { \"levelUpWorkflow\": \"level-up\" } }");
        return json.ToString();
    }

    private static string Roles()
    {
        var roles = new List<string>();
        for (int f = 0; f < Families; f++)
        {
            for (int l = 1; l <= Levels; l++)
            {
                roles.Add(Role(f, "ic", l, "", offset: 0));
                if (l >= 3)
                {
                    roles.Add(Role(f, "manager", l, "", offset: 25));
                }

                if (l is >= 3 and <= 9)
                {
                    roles.Add(Role(f, "ic", l, "spec", offset: 11));
                }
            }
        }

        return "{ \"roles\": [\n" + string.Join(",\n", roles) + "\n] }";
    }

    // Core skills: three every role of the family shares at that level (so its IC, specialist and manager
    // roles are lateral moves on shared skills), two of the role's own, one of the next family's shared ones.
    private static string Role(int family, string track, int level, string focus, int offset)
    {
        string id = $"f{family}-{track}{level}{(focus.Length > 0 ? "-" + focus : "")}";
        int proficiency = Math.Min(5, 1 + (level / 2));
        var core = Enumerable.Range(0, 3).Select(k => (family * 50) + (((level * 2) + (k * 3)) % 50))
            .Concat(Enumerable.Range(0, 2).Select(k => (family * 50) + ((offset + (level * 2) + 20 + (k * 5)) % 50)))
            .Append(((family + 1) * 50) + ((level * 2) % 50))
            .Select(i => $"{{ \"skill\": \"{SkillId(i)}\", \"proficiency\": {proficiency} }}");
        var optional = Enumerable.Range(0, 2).Select(k => (family * 50) + ((offset + (level * 2) + 17 + k) % 50))
            .Select(i => $"{{ \"skill\": \"{SkillId(i)}\", \"proficiency\": {Math.Max(1, proficiency - 1)} }}");
        return $"{{ \"id\": \"{id}\", \"title\": \"Role {id}\", \"family\": \"f{family}\", \"track\": \"{track}\", \"level\": {level}{(focus.Length > 0 ? $", \"focus\": \"{focus}\"" : "")}, "
            + $"\"coreSkills\": [{string.Join(", ", core)}], \"optionalSkills\": [{string.Join(", ", optional)}], \"expectations\": {{ \"scope\": {level} }} }}";
    }

    private static string Bands()
    {
        var rows = Enumerable.Range(1, Levels).SelectMany(l => Enumerable.Range(0, 5).Select(r =>
        {
            int mid = 60000 + (l * 12000) + (r * 1000);
            return string.Create(CultureInfo.InvariantCulture, $"[{l}, \"r{r}\", \"USD\", {mid * 8 / 10}, {mid}, {mid * 12 / 10}, {l}, {(l >= 4 ? "true" : "false")}]");
        }));
        return "{ \"name\": \"bands\", \"hitPolicy\": \"UNIQUE\", \"inputs\": [ { \"name\": \"level\", \"expression\": \"position.level\" }, { \"name\": \"region\", \"expression\": \"position.region\" } ], "
            + "\"outputs\": [ { \"name\": \"currency\", \"type\": \"string\" }, { \"name\": \"min\", \"type\": \"money\", \"currencyFrom\": \"currency\" }, { \"name\": \"mid\", \"type\": \"money\", \"currencyFrom\": \"currency\" }, { \"name\": \"max\", \"type\": \"money\", \"currencyFrom\": \"currency\" }, { \"name\": \"bonusTargetPct\", \"type\": \"number\" }, { \"name\": \"equity\", \"type\": \"bool\" } ], \"rows\": [\n"
            + string.Join(",\n", rows) + "\n] }";
    }

    private static string Mobility(string share)
    {
        var trainings = Enumerable.Range(0, 20).Select(t => $"{{ \"id\": \"t{t}\", \"title\": \"Training {t}\", \"effortHours\": {8 + t} }}");
        var paths = Enumerable.Range(0, Families - 1).SelectMany(f => Enumerable.Range(3, 7).Select(l =>
            $"{{ \"from\": \"f{f}-ic{l}\", \"to\": \"f{f + 1}-ic{l}\", \"reason\": \"neighbouring family\"{(l % 2 == 0 ? $", \"requires\": [\"t{f}\"]" : "")} }}"));
        var learning = Enumerable.Range(0, Skills).Select(s =>
            $"\"s{s}\": [ {{ \"kind\": \"course\", \"title\": \"Course {s}\", \"effortHours\": {10 + (s % 30)}{(s % 50 == 0 ? $", \"training\": \"t{s / 50}\"" : "")} }}, {{ \"kind\": \"mentoring\", \"title\": \"Mentoring {s}\", \"effortHours\": {12 + (s % 17)} }} ]");
        return "{ \"settings\": { \"transferableShare\": " + share + ", \"maxDepth\": 4, \"minimumMonthsInLevel\": 6 }, \"trainings\": [" + string.Join(", ", trainings)
            + "], \"paths\": [\n" + string.Join(",\n", paths) + "\n], \"learning\": {\n" + string.Join(",\n", learning) + "\n} }";
    }
}
