using System.Text.Json;
using JobFramework.Comp.Framework;

namespace JobFramework.Comp.Mobility.Rendering;

/// <summary>
/// The canonical JSON of mobility answers — move options, maps, role listings — shared by the API, the CLI's
/// <c>--json</c> and the audit record: every field always written in a fixed order, amounts as strings with
/// the currency's minor units, so the same employee and release give the same bytes.
/// </summary>
public static class MobilityJson
{
    public static string Advice(MobilityAdvice advice, bool indented = false) => Write(indented, json =>
    {
        json.WriteStartObject();
        json.WriteString("employeeId", advice.EmployeeId);
        json.WritePropertyName("currentRole");
        WriteRole(json, advice.CurrentRole);
        json.WriteStartArray("options");
        foreach (var option in advice.Options)
        {
            WriteOption(json, option);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    public static string Map(MobilityMap map, bool indented = false) => Write(indented, json =>
    {
        json.WriteStartObject();
        json.WriteString("origin", map.Origin.Id);
        json.WriteNumber("depth", map.Depth);
        json.WriteStartArray("nodes");
        foreach (var node in map.Nodes)
        {
            json.WriteStartObject();
            WriteRoleFields(json, node.Role);
            json.WriteNumber("depth", node.Depth);
            json.WriteString("cluster", node.Cluster);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("edges");
        foreach (var edge in map.Edges)
        {
            WriteEdge(json, edge, includeFrom: true);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    public static string Roles(IReadOnlyList<RoleListing> listings, bool indented = false) => Write(indented, json =>
    {
        json.WriteStartObject();
        json.WriteNumber("count", listings.Count);
        json.WriteStartArray("roles");
        foreach (var listing in listings)
        {
            json.WriteStartObject();
            WriteRoleFields(json, listing.Role);
            json.WriteString("cluster", listing.Cluster);
            json.WriteStartArray("coreSkills");
            foreach (var pathway in listing.CoreSkills)
            {
                json.WriteStartObject();
                json.WriteString("skill", pathway.Skill);
                json.WriteString("skillName", pathway.SkillName);
                json.WriteNumber("proficiency", pathway.Proficiency);
                WriteSteps(json, pathway.Learning);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteSkills(json, "optionalSkills", listing.Role.OptionalSkills);
            json.WriteStartArray("developmentPaths");
            foreach (var edge in listing.DevelopmentPaths)
            {
                WriteEdge(json, edge, includeFrom: false);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    /// <summary>The camelCase name of an enum value as written in JSON (ExplicitPath → explicitPath).</summary>
    public static string Name<T>(T value)
        where T : struct, Enum
    {
        var text = value.ToString();
        return char.ToLowerInvariant(text[0]) + text[1..];
    }

    private static void WriteOption(Utf8JsonWriter json, MoveOption option)
    {
        json.WriteStartObject();
        json.WriteNumber("rank", option.Rank);
        json.WritePropertyName("role");
        WriteRole(json, option.Target);
        json.WriteString("kind", Name(option.Kind));
        json.WriteString("status", StatusName(option.Status));
        json.WriteBoolean("open", option.Open);
        WriteReasons(json, option.AllowedBy, "allowedBy");
        json.WriteStartArray("blockedBy");
        foreach (var block in option.BlockedBy)
        {
            json.WriteStartObject();
            json.WriteString("rule", block.Rule);
            json.WriteString("message", block.Message);
            json.WriteBoolean("closedByLearning", block.ClosedByLearning);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("readiness");
        json.WriteNumber("held", option.Readiness.Held);
        json.WriteNumber("required", option.Readiness.Required);
        json.WriteNumber("share", option.Readiness.Share);
        json.WriteEndObject();
        json.WriteStartArray("gaps");
        foreach (var gap in option.Gaps)
        {
            WriteGap(json, gap);
        }

        json.WriteEndArray();
        json.WriteStartArray("trainings");
        foreach (var training in option.Trainings)
        {
            json.WriteStartObject();
            json.WriteString("id", training.Training.Id);
            json.WriteString("title", training.Training.Title);
            json.WriteNumber("effortHours", training.Training.EffortHours);
            json.WriteBoolean("completed", training.Completed);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("effortHours", option.EffortHours);
        WritePay(json, option.Pay);
        WriteBandChange(json, option.Band);
        json.WriteString("rankedBecause", option.RankedBecause);
        json.WriteEndObject();
    }

    private static void WriteGap(Utf8JsonWriter json, SkillGapPlan gap)
    {
        json.WriteStartObject();
        json.WriteString("skill", gap.Skill);
        json.WriteString("skillName", gap.SkillName);
        json.WriteNumber("required", gap.Required);
        json.WriteNumber("held", gap.Held);
        json.WriteString("requiredLabel", gap.RequiredLabel);
        json.WriteString("heldLabel", gap.HeldLabel);
        WriteSteps(json, gap.Steps);
        json.WriteEndObject();
    }

    private static void WriteSteps(Utf8JsonWriter json, IReadOnlyList<LearningStep> steps)
    {
        json.WriteStartArray("learning");
        foreach (var step in steps)
        {
            json.WriteStartObject();
            json.WriteString("kind", step.Kind);
            json.WriteString("title", step.Title);
            json.WriteNumber("effortHours", step.EffortHours);
            json.WriteString("training", step.Training);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>The status as written in JSON and shown to people: open, reachable with learning, blocked.</summary>
    public static string StatusName(MoveStatus status) => status switch
    {
        MoveStatus.Open => "open",
        MoveStatus.ReachableWithLearning => "reachableWithLearning",
        _ => "blocked",
    };

    private static void WriteBandChange(Utf8JsonWriter json, BandChange? change)
    {
        if (change is null)
        {
            json.WriteNull("bandChange");
            return;
        }

        json.WriteStartObject("bandChange");
        json.WriteString("summary", change.Describe());
        json.WriteBoolean("same", change.Same);
        if (change.MidpointChangePct is { } pct)
        {
            json.WriteNumber("midpointChangePct", pct);
        }
        else
        {
            json.WriteNull("midpointChangePct");
        }

        json.WriteString("currentMid", change.Current.Centre.FormatAmount());
        json.WriteString("targetMid", change.Target.Centre.FormatAmount());
        json.WriteEndObject();
    }

    private static void WritePay(Utf8JsonWriter json, PayImpact? pay)
    {
        if (pay is null)
        {
            json.WriteNull("pay");
            return;
        }

        var band = pay.InTargetBand.Band;
        json.WriteStartObject("pay");
        json.WriteString("effect", Name(pay.Effect));
        json.WriteString("currency", pay.Current.Currency.Code);
        json.WriteString("current", pay.Current.FormatAmount());
        json.WriteString("proposed", pay.Proposed.FormatAmount());
        json.WriteString("change", pay.Change.FormatAmount());
        json.WriteString("aboveMaximum", pay.AboveMaximum.FormatAmount());
        json.WriteStartObject("targetBand");
        json.WriteNumber("row", band.Row);
        json.WriteString("min", band.Min.FormatAmount());
        if (band.Mid is { } mid)
        {
            json.WriteString("mid", mid.FormatAmount());
        }

        json.WriteString("max", band.Max.FormatAmount());
        json.WriteEndObject();
        if (pay.InTargetBand.CompaRatio is { } compa)
        {
            json.WriteNumber("compaRatio", compa);
        }

        if (pay.InTargetBand.RangePenetration is { } penetration)
        {
            json.WriteNumber("rangePenetration", penetration);
        }

        json.WriteString("position", Name(pay.InTargetBand.Position));
        json.WriteEndObject();
    }

    private static void WriteEdge(Utf8JsonWriter json, MoveEdge edge, bool includeFrom)
    {
        json.WriteStartObject();
        if (includeFrom)
        {
            json.WriteString("from", edge.From.Id);
        }

        json.WriteString("to", edge.To.Id);
        json.WriteString("toTitle", edge.To.Title);
        json.WriteString("kind", Name(edge.Kind));
        WriteReasons(json, edge.Reasons, "reasons");
        json.WriteStartArray("sharedSkills");
        foreach (var skill in edge.SharedSkills)
        {
            json.WriteStringValue(skill);
        }

        json.WriteEndArray();
        json.WriteStartArray("requires");
        foreach (var training in edge.Path?.RequiredTrainings ?? [])
        {
            json.WriteStringValue(training);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteReasons(Utf8JsonWriter json, IReadOnlyList<MoveReason> reasons, string name)
    {
        json.WriteStartArray(name);
        foreach (var reason in reasons)
        {
            json.WriteStartObject();
            json.WriteString("kind", Name(reason.Kind));
            json.WriteString("text", reason.Text);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteRole(Utf8JsonWriter json, Role role)
    {
        json.WriteStartObject();
        WriteRoleFields(json, role);
        json.WriteEndObject();
    }

    private static void WriteRoleFields(Utf8JsonWriter json, Role role)
    {
        json.WriteString("id", role.Id);
        json.WriteString("title", role.Title);
        json.WriteString("family", role.Family);
        json.WriteString("track", role.Track);
        json.WriteNumber("level", role.Level);
        json.WriteString("focus", role.Focus.Length == 0 ? null : role.Focus);
    }

    private static void WriteSkills(Utf8JsonWriter json, string name, IReadOnlyList<SkillRequirement> skills)
    {
        json.WriteStartArray(name);
        foreach (var skill in skills)
        {
            json.WriteStartObject();
            json.WriteString("skill", skill.Skill);
            json.WriteNumber("proficiency", skill.Proficiency);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static string Write(bool indented, Action<Utf8JsonWriter> body) => Json.JsonText.Write(body, indented);
}
