using System.Globalization;
using JobFramework.Comp.Workload;
using nietras.SeparatedValues;

namespace JobFramework.Comp.Benchmarks;

/// <summary>
/// The anchor `comp evaluate level-up --roster` is measured against (issue 20): a plain Sep program that reads the
/// canonical roster and writes a results CSV of the same shape as <c>comp evaluate</c>'s (id, workflow, passed, the
/// unmet rules, currency, output errors, release) with the workload's five level-up rules written inline and its
/// required skills in a dictionary — every rule evaluated, as the engine explains every rule. None of the engine:
/// no validation, no explanations, no error rows.
/// </summary>
internal static class EvaluateAnchor
{
    private const int TopLevel = 8;
    private static readonly string[] Header = ["id", "workflow", "passed", "unmet", "currency", "outputErrors", "release"];

    public static long Run(string releaseId, string rosterPath, string outputPath)
    {
        var required = WorkloadGenerator.Generate(0).Requirements.ToDictionary(r => (r.Family, r.Level), r => r.Skills);
        long rows = 0;
        using var reader = Sep.New(',').Reader(o => o with { CultureInfo = CultureInfo.InvariantCulture }).FromFile(rosterPath);
        using var writer = Sep.New(',').Writer(o => o with { CultureInfo = CultureInfo.InvariantCulture, WriteHeader = false }).ToFile(outputPath);
        PlaceAnchor.WriteHeader(writer, Header);

        int id = reader.Header.IndexOf("id"), family = reader.Header.IndexOf("family"), level = reader.Header.IndexOf("level");
        int rating = reader.Header.IndexOf("rating"), months = reader.Header.IndexOf("monthsInLevel"), scope = reader.Header.IndexOf("scope");
        int mentorship = reader.Header.IndexOf("mentorship"), skills = reader.Header.IndexOf("skills");
        var unmet = new List<string>(5);
        foreach (var row in reader)
        {
            int at = row[level].Parse<int>();
            unmet.Clear();
            if (row[rating].Parse<int>() < 3)
            {
                unmet.Add("Rating");
            }

            if (row[months].Parse<int>() < 12)
            {
                unmet.Add("TimeInLevel");
            }

            if (row[scope].Parse<int>() < at + 1)
            {
                unmet.Add("Scope");
            }

            if (at >= 5 && row[mentorship].Parse<int>() < 2)
            {
                unmet.Add("Mentorship");
            }

            // As `comp evaluate` does, a workflow's target is the next level, or the employee's own at the top (8).
            if (!required.TryGetValue((row[family].ToString(), Math.Min(at + 1, TopLevel)), out var need) || !HoldsAll(row[skills].Span, need))
            {
                unmet.Add("RequiredSkills");
            }

            using var output = writer.NewRow();
            output[0].Set(row[id].Span);
            output[1].Set("level-up");
            output[2].Set(unmet.Count == 0 ? "true" : "false");
            output[3].Set(string.Join(';', unmet));
            output[4].Set("");
            output[5].Set("");
            output[6].Set(releaseId);
            rows++;
        }

        return rows;
    }

    // The roster's skills field is "sk001;sk014;…".
    private static bool HoldsAll(ReadOnlySpan<char> held, string[] need)
    {
        foreach (var skill in need)
        {
            bool found = false;
            foreach (var range in held.Split(';'))
            {
                if (held[range].SequenceEqual(skill))
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
}
