using System.Text;

namespace JobFramework.Comp.Workload;

/// <summary>Writes the reference generator's files: employees_N.jsonl and data/rules/*.json, data/expected_N.json.</summary>
public static class WorkloadFiles
{
    private const string Notes = "mid = round(base * 1.18^(level-1) * (1.05 if manager)); min = round(0.8*mid); max = round(1.2*mid); " +
        "required skills keyed by (family, target level = level+1), levels 2..8; no row => not eligible";

    /// <summary>Every file, keyed by path relative to the output folder, as the exact bytes the reference writes.</summary>
    public static IReadOnlyDictionary<string, byte[]> Render(WorkloadData workload)
    {
        var o = JsStyleJson.Object;
        var framework = o(
            ("seed", (long)WorkloadGenerator.Seed),
            ("families", workload.Families),
            ("tracks", o(("ic", WorkloadGenerator.IcLevels), ("manager", WorkloadGenerator.ManagerLevels))),
            ("regions", workload.Regions.Select(r => o(("region", r.Region), ("currency", r.Currency), ("base", r.Base))).ToList()),
            ("skillPool", workload.SkillPool),
            ("notes", Notes));
        var bands = workload.Bands.Select(b => o(("track", b.Track), ("level", b.Level), ("region", b.Region), ("currency", b.Currency),
            ("min", b.Min), ("mid", b.Mid), ("max", b.Max), ("bonusTargetPct", b.BonusTargetPct), ("equity", b.Equity))).ToList();
        var requirements = workload.Requirements.Select(r => o(("family", r.Family), ("level", r.Level), ("skills", r.Skills))).ToList();
        var e = workload.Expected;
        var expected = o(("n", e.N), ("below", e.Below), ("within", e.Within), ("above", e.Above), ("eligible", e.Eligible), ("sumCompa", e.SumCompa), ("sumPen", e.SumPen), ("digest", e.Digest));
        return new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            [$"employees_{e.N}.jsonl"] = EmployeesJsonl(workload),
            ["data/rules/framework.json"] = Utf8(JsStyleJson.Stringify(framework, 2)),
            ["data/rules/bands.json"] = Utf8(JsStyleJson.Stringify(bands, 1)),
            ["data/rules/required_skills.json"] = Utf8(JsStyleJson.Stringify(requirements, 1)),
            [$"data/expected_{e.N}.json"] = Utf8(JsStyleJson.Stringify(expected, 1)),
        };
    }

    public static void Write(WorkloadData workload, string directory)
    {
        foreach (var (path, bytes) in Render(workload))
        {
            string full = Path.Combine(directory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, bytes);
        }
    }

    public static byte[] EmployeesJsonl(WorkloadData workload)
    {
        var builder = new StringBuilder(workload.Employees.Count * 200);
        foreach (var x in workload.Employees)
        {
            builder.Append("{\"id\":").Append(x.Id)
                .Append(",\"family\":\"").Append(x.Family)
                .Append("\",\"track\":\"").Append(x.Track)
                .Append("\",\"level\":").Append(x.Level)
                .Append(",\"region\":\"").Append(x.Region)
                .Append("\",\"baseSalary\":").Append(x.BaseSalary)
                .Append(",\"rating\":").Append(x.Rating)
                .Append(",\"monthsInLevel\":").Append(x.MonthsInLevel)
                .Append(",\"scope\":").Append(x.Scope)
                .Append(",\"mentorship\":").Append(x.Mentorship)
                .Append(",\"skills\":[").AppendJoin(',', x.Skills.Select(s => "\"" + s + "\"")).Append("]}\n");
        }

        return Utf8(builder.ToString());
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
