using System.Globalization;
using System.Text;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Framework;
using JobFramework.Comp.Releases;

namespace JobFramework.Comp.Workload;

/// <summary>
/// The workload expressed as an ordinary rule release — bands as a decision table, required skills as a
/// second table, eligibility as a RulesEngine-shaped workflow — plus the conversion of workload
/// employees into engine inputs. The committed copy under <c>release/</c> is this output.
/// </summary>
public static class WorkloadRelease
{
    public const string Id = "workload-2024";

    /// <param name="unusedAttributes">Declared attributes no rule reads (issue 15's check that declaring them costs the workload nothing); 0 for the committed release.</param>
    public static IReadOnlyDictionary<string, string> Render(WorkloadData workload, int unusedAttributes = 0)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            [ReleaseLayout.Framework] = Framework(workload, unusedAttributes),
            [ReleaseLayout.Skills] = Skills(workload),
            [ReleaseLayout.Roles] = "{\n  \"roles\": []\n}\n",
            ["tables/bands.json"] = BandTable(workload),
            ["tables/requiredSkills.json"] = RequiredSkillsTable(workload),
            ["workflows/level-up.json"] = Workflow,
        };

        // Approved, so it serves like any production release: the approval records the content's hash.
        var manifest = new ReleaseManifest(Id, new DateOnly(2024, 6, 1), "The canonical benchmark workload (seed 20240601) as an ordinary rule release.");
        string hash = new ReleaseSource("workload", files.ToDictionary(f => f.Key, f => Encoding.UTF8.GetBytes(f.Value))).ContentHash(manifest);
        files[ReleaseLayout.Manifest] = ManifestWriter.Render(manifest with
        {
            Status = ReleaseStatus.Approved,
            RequiredApprovals = 1,
            Approvals = [new Approval("Benchmark owner", "benchmark", new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero), hash)],
            ApprovedContentHash = hash,
        });
        return files;
    }

    public static ReleaseSource Source(WorkloadData workload, int unusedAttributes = 0) =>
        new("workload", Render(workload, unusedAttributes).ToDictionary(f => f.Key, f => Encoding.UTF8.GetBytes(f.Value)));

    public static CompiledRelease Compile(WorkloadData workload, int unusedAttributes = 0)
    {
        var result = ReleaseLoader.Load(Source(workload, unusedAttributes));
        return result.Release ?? throw new InvalidOperationException("The workload release does not load: " + string.Join("\n", result.Diagnostics));
    }

    public static Employee ToEmployee(WorkloadEmployee e) => new()
    {
        Id = e.Id.ToString(CultureInfo.InvariantCulture),
        Family = e.Family,
        Track = e.Track,
        Level = e.Level,
        Region = e.Region,
        BaseSalary = e.BaseSalary,
        Rating = e.Rating,
        MonthsInLevel = e.MonthsInLevel,
        Scope = e.Scope,
        Mentorship = e.Mentorship,
        Skills = e.Skills.Select(s => new SkillHolding(s, 1)).ToArray(),
    };

    /// <summary>Every workload employee as engine input, validated and prepared for the batch path.</summary>
    public static Employee[] Prepare(Evaluator evaluator, WorkloadData workload) =>
        [.. workload.Employees.Select(e =>
        {
            var attributes = evaluator.Release.Framework.Attributes;
            var employee = attributes.Count == 0 ? ToEmployee(e) : ToEmployee(e) with { Attributes = Model.AttributeValues.DefaultsOf(attributes) };
            var prepared = evaluator.Prepare(employee);
            return prepared.Value ?? throw new InvalidOperationException(string.Join("; ", prepared.Errors));
        })];

    private const string Workflow = """
        {
          "WorkflowName": "level-up",
          "Rules": [
            { "RuleName": "Rating", "Expression": "employee.rating >= 3", "ErrorMessage": "Rating $(employee.rating) is below 3." },
            { "RuleName": "TimeInLevel", "Expression": "employee.monthsInLevel >= 12", "ErrorMessage": "$(employee.monthsInLevel) months in level; needs 12." },
            { "RuleName": "Scope", "Expression": "employee.scope >= employee.level + 1", "ErrorMessage": "Scope $(employee.scope) is below level + 1." },
            { "RuleName": "Mentorship", "Expression": "employee.level < 5 OR employee.mentorship >= 2", "ErrorMessage": "From level 5, mentoring 2 people is expected." },
            { "RuleName": "RequiredSkills", "Expression": "tables.requiredSkills.matched AND hasSkills(tables.requiredSkills.skills)", "ErrorMessage": "Required skills for the next level are missing." }
          ]
        }

        """;

    private static string Framework(WorkloadData workload, int unusedAttributes)
    {
        var text = new StringBuilder("{\n  \"company\": \"Canonical workload\",\n  \"families\": [\n");
        text.AppendJoin(",\n", workload.Families.Select(f => $"    {{ \"id\": \"{f}\", \"name\": \"{f}\" }}")).Append("\n  ],\n");
        text.Append("  \"tracks\": [\n");
        text.Append("    { \"id\": \"ic\", \"name\": \"Individual contributor\", \"levels\": [")
            .AppendJoin(", ", WorkloadGenerator.IcLevels.Select(l => $"{{ \"level\": {l}, \"code\": \"IC{l}\", \"title\": \"IC{l}\" }}")).Append("] },\n");
        text.Append("    { \"id\": \"manager\", \"name\": \"Manager\", \"levels\": [")
            .AppendJoin(", ", WorkloadGenerator.ManagerLevels.Select(l => $"{{ \"level\": {l}, \"code\": \"M{l}\", \"title\": \"M{l}\" }}")).Append("] }\n  ],\n");
        text.Append("  \"regions\": [\n").AppendJoin(",\n", workload.Regions.Select(r => $"    {{ \"id\": \"{r.Region}\", \"name\": \"{r.Region}\", \"currency\": \"{r.Currency}\" }}")).Append("\n  ],\n");
        text.Append("  \"focusAreas\": [],\n");
        text.Append("  \"placement\": { \"bandTable\": \"bands\", \"ratioDecimals\": 10, \"ratioRounding\": \"halfEven\" },\n");
        text.Append("  \"eligibility\": { \"levelUpWorkflow\": \"level-up\" },\n");
        if (unusedAttributes > 0)
        {
            text.Append("  \"attributes\": [\n").AppendJoin(",\n", Enumerable.Range(0, unusedAttributes).Select(i => $"    {{ \"name\": \"extra{i}\", \"type\": \"integer\", \"default\": 0 }}")).Append("\n  ],\n");
        }

        // The workload pays each track on its own bands (no alignment), its bands overlap by 64%, and its
        // level-up rule reads a required-skills table rather than roles, so no level needs a role.
        text.Append("  \"governance\": { \"maxOverlapPercent\": 70, \"unreachableLevels\": \"off\" }\n}\n");
        return text.ToString();
    }

    private static string Skills(WorkloadData workload)
    {
        var text = new StringBuilder("{\n  \"scale\": { \"min\": 1, \"max\": 5, \"labels\": [\"1\", \"2\", \"3\", \"4\", \"5\"] },\n");
        text.Append("  \"clusters\": [ { \"id\": \"pool\", \"name\": \"Skill pool\" } ],\n  \"skills\": [\n");
        text.AppendJoin(",\n", workload.SkillPool.Select(s => $"    {{ \"id\": \"{s}\", \"name\": \"{s}\", \"cluster\": \"pool\" }}")).Append("\n  ]\n}\n");
        return text.ToString();
    }

    private static string BandTable(WorkloadData workload)
    {
        var text = new StringBuilder("{\n  \"name\": \"bands\",\n  \"hitPolicy\": \"UNIQUE\",\n");
        text.Append("  \"inputs\": [\n    { \"name\": \"track\", \"expression\": \"position.track\" },\n    { \"name\": \"level\", \"expression\": \"position.level\" },\n    { \"name\": \"region\", \"expression\": \"position.region\" }\n  ],\n");
        text.Append("  \"outputs\": [\n    { \"name\": \"currency\", \"type\": \"string\" },\n    { \"name\": \"min\", \"type\": \"money\", \"currencyFrom\": \"currency\" },\n    { \"name\": \"mid\", \"type\": \"money\", \"currencyFrom\": \"currency\" },\n    { \"name\": \"max\", \"type\": \"money\", \"currencyFrom\": \"currency\" },\n    { \"name\": \"bonusTargetPct\", \"type\": \"number\" },\n    { \"name\": \"equity\", \"type\": \"bool\" }\n  ],\n");
        text.Append("  \"rows\": [\n").AppendJoin(",\n", workload.Bands.Select(b =>
            string.Create(CultureInfo.InvariantCulture, $"    [\"{b.Track}\", {b.Level}, \"{b.Region}\", \"{b.Currency}\", {b.Min}, {b.Mid}, {b.Max}, {b.BonusTargetPct}, {(b.Equity ? "true" : "false")}]")));
        return text.Append("\n  ]\n}\n").ToString();
    }

    private static string RequiredSkillsTable(WorkloadData workload)
    {
        var text = new StringBuilder("{\n  \"name\": \"requiredSkills\",\n  \"hitPolicy\": \"UNIQUE\",\n");
        text.Append("  \"inputs\": [\n    { \"name\": \"family\", \"expression\": \"employee.family\" },\n    { \"name\": \"targetLevel\", \"expression\": \"target.level\" }\n  ],\n");
        text.Append("  \"outputs\": [ { \"name\": \"skills\", \"type\": \"string[]\" } ],\n");
        text.Append("  \"rows\": [\n").AppendJoin(",\n", workload.Requirements.Select(r =>
            string.Create(CultureInfo.InvariantCulture, $"    [\"{r.Family}\", {r.Level}, [{string.Join(", ", r.Skills.Select(s => "\"" + s + "\""))}]]")));
        return text.Append("\n  ]\n}\n").ToString();
    }
}
