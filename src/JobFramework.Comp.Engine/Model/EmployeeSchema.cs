using System.Text.Json;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Framework;

namespace JobFramework.Comp.Model;

/// <summary>
/// The JSON Schema (draft 2020-12) of an employee as one release reads it: the built-in fields with their
/// ranges, its families, tracks, regions and skills as the allowed values, and the attributes it declares with
/// their types, ranges and values — so an editor, an HR system or an API client can check a record before
/// sending it. Unknown fields are refused, as the readers refuse them. Deterministic for a release.
/// </summary>
public static class EmployeeSchema
{
    private static readonly string[] RequiredFields = ["id", "family", "track", "level", "region", "baseSalary"];

    public static string Generate(JobFrameworkModel framework, string releaseId) => Json.JsonText.Write(json =>
    {
        json.WriteStartObject();
        json.WriteString("$schema", "https://json-schema.org/draft/2020-12/schema");
        json.WriteString("title", $"Employee (release {releaseId})");
        WriteEmployeeBody(json, framework);
        json.WriteEndObject();
    }, indented: true) + "\n";

    /// <summary>
    /// The schema of a request to evaluate a named workflow (<c>POST /api/workflows/{name}/evaluations</c>): the
    /// employee as the release reads it, the as-of date, and the workflow's declared inputs with their types,
    /// ranges, values and defaults (the required ones required; no other input accepted).
    /// </summary>
    private static void WriteAsOf(System.Text.Json.Utf8JsonWriter json)
    {
        json.WriteStartObject("asOf");
        json.WriteString("type", "string");
        json.WriteString("pattern", "^\\d{4}-\\d{2}-\\d{2}$");
        json.WriteEndObject();
    }

    // A RulesEngine workflow over its own RuleParameters: the subject, the as-of date and each parameter's schema.
    private static void WriteParameterRequest(System.Text.Json.Utf8JsonWriter json, WorkflowDefinition workflow)
    {
        json.WriteStartArray("required");
        json.WriteStringValue("subject");
        json.WriteStringValue("parameters");
        json.WriteEndArray();
        json.WriteBoolean("additionalProperties", false);
        json.WriteStartObject("properties");
        json.WriteStartObject("subject");
        json.WriteString("type", "string");
        json.WriteNumber("minLength", 1);
        json.WriteNumber("maxLength", Evaluation.EmployeeFields.MaxIdentifierLength);
        json.WriteString("description", "The id of the person or case the decision is about; the audit files it under this id.");
        json.WriteEndObject();
        WriteAsOf(json);
        json.WriteStartObject("parameters");
        json.WriteString("type", "object");
        json.WriteStartArray("required");
        foreach (var parameter in workflow.Parameters)
        {
            json.WriteStringValue(parameter.Name);
        }

        json.WriteEndArray();
        json.WriteBoolean("additionalProperties", false);
        json.WriteStartObject("properties");
        foreach (var parameter in workflow.Parameters)
        {
            json.WritePropertyName(parameter.Name);
            json.WriteRawValue(parameter.Schema);
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    public static string GenerateWorkflowRequest(JobFrameworkModel framework, string releaseId, WorkflowDefinition workflow) => Json.JsonText.Write(json =>
    {
        json.WriteStartObject();
        json.WriteString("$schema", "https://json-schema.org/draft/2020-12/schema");
        json.WriteString("title", $"Evaluation of workflow '{workflow.Name}' (release {releaseId})");
        if (workflow.Description.Length > 0)
        {
            json.WriteString("description", workflow.Description);
        }

        json.WriteString("type", "object");
        if (workflow.TakesParameters)
        {
            WriteParameterRequest(json, workflow);
            return;
        }

        json.WriteStartArray("required");
        json.WriteStringValue("employee");
        json.WriteEndArray();
        json.WriteBoolean("additionalProperties", false);
        json.WriteStartObject("properties");
        json.WriteStartObject("employee");
        WriteEmployeeBody(json, framework);
        json.WriteEndObject();
        WriteAsOf(json);
        json.WriteStartObject("inputs");
        Type(json, "object", nullable: true);
        json.WriteStartArray("required");
        foreach (var input in workflow.Inputs.Where(i => i.Required))
        {
            json.WriteStringValue(input.Name);
        }

        json.WriteEndArray();
        json.WriteBoolean("additionalProperties", false);
        json.WriteStartObject("properties");
        foreach (var input in workflow.Inputs)
        {
            Attribute(json, input);
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }, indented: true) + "\n";

    private static void WriteEmployeeBody(Utf8JsonWriter json, JobFrameworkModel framework)
    {
        json.WriteString("type", "object");
        json.WriteStartArray("required");
        foreach (var name in RequiredFields.Concat(framework.Attributes.Where(a => a.Required).Select(a => a.Name)))
        {
            json.WriteStringValue(name);
        }

        json.WriteEndArray();
        json.WriteBoolean("additionalProperties", false);
        json.WriteStartObject("properties");
        Identifier(json, "id", null);
        Identifier(json, "family", framework.Families.Select(f => f.Id));
        Identifier(json, "track", framework.Tracks.Select(t => t.Id));
        Integer(json, "level", EmployeeFields.Level);
        Identifier(json, "focus", framework.FocusAreas.Select(f => f.Id).Distinct().Append(""), nullable: true);
        Identifier(json, "region", framework.Regions.Select(r => r.Id));
        Number(json, "baseSalary", 0, EmployeeReader.MaxSalary, exclusiveMinimum: true);
        Identifier(json, "currency", framework.Regions.Select(r => r.Currency.Code).Distinct(), nullable: true);
        Integer(json, "rating", EmployeeFields.Rating, nullable: true);
        Integer(json, "monthsInLevel", EmployeeFields.MonthsInLevel, nullable: true);
        Integer(json, "scope", EmployeeFields.Scope, nullable: true);
        Integer(json, "teamSize", EmployeeFields.TeamSize, nullable: true);
        Integer(json, "mentorship", EmployeeFields.Mentorship, nullable: true);
        Integer(json, "thoughtLeadership", EmployeeFields.ThoughtLeadership, nullable: true);
        Number(json, "budget", 0, null, nullable: true);
        json.WriteStartObject("skills");
        json.WriteString("description", "\"skill\" or \"skill:proficiency\" items, or an object of skill: proficiency.");
        json.WriteStartArray("type");
        json.WriteStringValue("array");
        json.WriteStringValue("object");
        json.WriteStringValue("null");
        json.WriteEndArray();
        json.WriteNumber("maxItems", EmployeeFields.MaxListItems);
        json.WriteStartObject("additionalProperties");
        json.WriteString("type", "integer");
        json.WriteNumber("minimum", framework.Scale.Min);
        json.WriteNumber("maximum", framework.Scale.Max);
        json.WriteEndObject();
        json.WriteStartObject("items");
        json.WriteString("type", "string");
        json.WriteString("pattern", "^(" + string.Join("|", framework.Skills.Select(s => System.Text.RegularExpressions.Regex.Escape(s.Id))) + ")(:[0-9]+)?$");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartObject("certifications");
        Type(json, "array", nullable: true);
        json.WriteNumber("maxItems", EmployeeFields.MaxListItems);
        json.WriteStartObject("items");
        json.WriteString("type", "string");
        json.WriteNumber("minLength", 1);
        json.WriteNumber("maxLength", EmployeeFields.MaxIdentifierLength);
        json.WriteEndObject();
        json.WriteEndObject();
        foreach (var attribute in framework.Attributes)
        {
            Attribute(json, attribute);
        }

        json.WriteEndObject();
    }

    private static void Attribute(Utf8JsonWriter json, DeclaredAttribute attribute)
    {
        json.WriteStartObject(attribute.Name);
        if (attribute.Description.Length > 0)
        {
            json.WriteString("description", attribute.Description);
        }

        string type = attribute.Kind switch
        {
            AttributeKind.Integer => "integer",
            AttributeKind.Number or AttributeKind.Money => "number",
            AttributeKind.Boolean => "boolean",
            AttributeKind.StringList => "array",
            _ => "string",
        };
        json.WriteStartArray("type");
        json.WriteStringValue(type);
        if (!attribute.Required)
        {
            json.WriteStringValue("null");
        }

        json.WriteEndArray();
        if (attribute.Kind == AttributeKind.Date)
        {
            json.WriteString("format", "date");
        }

        if (attribute.Min is { } min)
        {
            json.WriteNumber("minimum", min);
        }

        if (attribute.Max is { } max)
        {
            json.WriteNumber("maximum", max);
        }

        if (attribute.Allowed is { } values)
        {
            if (attribute.Kind == AttributeKind.StringList)
            {
                json.WriteStartObject("items");
            }

            json.WriteStartArray("enum");
            foreach (var value in values)
            {
                json.WriteStringValue(value);
            }

            json.WriteEndArray();
            if (attribute.Kind == AttributeKind.StringList)
            {
                json.WriteEndObject();
            }
        }

        if (attribute.Default is not null)
        {
            json.WritePropertyName("default");
            AttributeValue.Write(json, attribute, attribute.Default);
        }

        if (attribute.DataClass != DataClass.Ordinary)
        {
            json.WriteString("x-data-class", attribute.DataClass == DataClass.Protected ? "protected" : "personal");
        }

        json.WriteEndObject();
    }

    private static void Identifier(Utf8JsonWriter json, string name, IEnumerable<string>? values, bool nullable = false)
    {
        json.WriteStartObject(name);
        Type(json, "string", nullable);
        json.WriteNumber("maxLength", EmployeeFields.MaxIdentifierLength);
        if (values is not null)
        {
            json.WriteStartArray("enum");
            foreach (var value in values)
            {
                json.WriteStringValue(value);
            }

            if (nullable)
            {
                json.WriteNullValue();
            }

            json.WriteEndArray();
        }
        else
        {
            json.WriteNumber("minLength", 1);
        }

        json.WriteEndObject();
    }

    private static void Integer(Utf8JsonWriter json, string name, (int Min, int Max) range, bool nullable = false)
    {
        json.WriteStartObject(name);
        Type(json, "integer", nullable);
        json.WriteNumber("minimum", range.Min);
        json.WriteNumber("maximum", range.Max);
        json.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter json, string name, decimal min, decimal? max, bool exclusiveMinimum = false, bool nullable = false)
    {
        json.WriteStartObject(name);
        Type(json, "number", nullable);
        json.WriteNumber(exclusiveMinimum ? "exclusiveMinimum" : "minimum", min);
        if (max is { } m)
        {
            json.WriteNumber("maximum", m);
        }

        json.WriteEndObject();
    }

    private static void Type(Utf8JsonWriter json, string type, bool nullable)
    {
        if (!nullable)
        {
            json.WriteString("type", type);
            return;
        }

        json.WriteStartArray("type");
        json.WriteStringValue(type);
        json.WriteStringValue("null");
        json.WriteEndArray();
    }
}
