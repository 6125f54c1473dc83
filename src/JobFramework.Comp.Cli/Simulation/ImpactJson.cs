using System.Text.Encodings.Web;
using System.Text.Json;
using JobFramework.Comp.Governance;

namespace JobFramework.Comp.Cli.Simulation;

/// <summary>The impact report as JSON, every figure included, for scripts and dashboards.</summary>
internal static class ImpactJson
{
    public static string Render(ImpactReport report)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartObject("from");
            json.WriteString("id", report.From);
            json.WriteString("contentHash", report.FromHash);
            json.WriteEndObject();
            json.WriteStartObject("to");
            json.WriteString("id", report.To);
            json.WriteString("contentHash", report.ToHash);
            json.WriteEndObject();
            json.WriteNumber("rows", report.Rows);
            json.WriteNumber("unreadable", report.Unreadable);
            json.WriteNumber("rejectedBefore", report.InvalidBefore);
            json.WriteNumber("rejectedAfter", report.InvalidAfter);
            json.WriteNumber("positionChanges", report.PositionChanges);
            json.WriteNumber("becameEligible", report.BecameEligible);
            json.WriteNumber("stoppedBeingEligible", report.StoppedBeingEligible);
            json.WriteStartObject("transitions");
            for (int from = 0; from < 3; from++)
            {
                json.WriteStartObject(ImpactFormat.Positions[from]);
                for (int to = 0; to < 3; to++)
                {
                    json.WriteNumber(ImpactFormat.Positions[to], report.Transitions[from, to]);
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteStartArray("costToMinimum");
            foreach (var cost in report.Costs)
            {
                json.WriteStartObject();
                json.WriteString("currency", cost.Currency);
                json.WriteNumber("belowBefore", cost.BelowBefore);
                json.WriteNumber("belowAfter", cost.BelowAfter);
                json.WriteNumber("before", cost.Before);
                json.WriteNumber("after", cost.After);
                json.WriteNumber("change", cost.Change);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("groups");
            foreach (var group in report.Groups)
            {
                Group(json, group);
            }

            json.WriteEndArray();
            json.WriteStartArray("mostAffected");
            foreach (var group in report.MostAffected(10))
            {
                json.WriteStringValue(group.Dimension + ":" + group.Key);
            }

            json.WriteEndArray();
            json.WriteStartArray("examples");
            foreach (var example in report.Examples)
            {
                json.WriteStartObject();
                json.WriteString("employeeId", example.Id);
                json.WriteString("before", ImpactFormat.Outcome(example.Before));
                json.WriteString("after", ImpactFormat.Outcome(example.After));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void Group(Utf8JsonWriter json, GroupImpact group)
    {
        json.WriteStartObject();
        json.WriteString("dimension", group.Dimension);
        json.WriteString("key", group.Key);
        json.WriteNumber("employees", group.Employees);
        foreach (var (name, counts) in new[] { ("before", group.PositionsBefore), ("after", group.PositionsAfter) })
        {
            json.WriteStartObject(name);
            for (int p = 0; p < 3; p++)
            {
                json.WriteNumber(ImpactFormat.Positions[p], counts[p]);
            }

            json.WriteNumber("eligible", name == "before" ? group.EligibleBefore : group.EligibleAfter);
            if ((name == "before" ? group.AverageCompaBefore : group.AverageCompaAfter) is { } compa)
            {
                json.WriteNumber("averageCompaRatio", compa);
            }

            json.WriteEndObject();
        }

        json.WriteNumber("positionChanges", group.PositionChanged);
        json.WriteNumber("eligibilityChanges", group.EligibilityChanged);
        json.WriteEndObject();
    }
}
