using System.Text.Json;
using NJsonSchema;

namespace JobFramework.Comp.Engine.Tests.Schema;

/// <summary>
/// The JSON Schemas under rules/schema are what a comp analyst's editor validates and autocompletes with:
/// every rule file names its schema and passes it, and files with known mistakes are rejected by it.
/// </summary>
public class RuleSchemaTests
{
    private static readonly string SchemaFolder = Path.Combine(Repository.Rules, "schema");

    public static TheoryData<string> RuleFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Repository.Rules, "releases"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(Repository.Rules, file).Replace('\\', '/'));
        }

        data.Add("approvers.json");

        // The second sample framework, a public-sector pay scale, is written against the same schemas.
        string payScale = Path.Combine(Repository.Rules, "samples", "pay-scale");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(payScale, "releases"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Append(Path.Combine(payScale, "approvers.json")))
        {
            data.Add(Path.GetRelativePath(Repository.Rules, file).Replace('\\', '/'));
        }

        data.Add("samples/rulesengine/retention-risk.json");
        return data;
    }

    private static async Task<JsonSchema> Schema(string name) => await JsonSchema.FromFileAsync(Path.Combine(SchemaFolder, name));

    [Theory]
    [MemberData(nameof(RuleFiles))]
    public async Task Every_rule_file_names_its_schema_and_validates_against_it(string relative)
    {
        string path = Path.Combine(Repository.Rules, relative);
        string text = File.ReadAllText(path);
        using var document = JsonDocument.Parse(text);
        document.RootElement.TryGetProperty("$schema", out var reference).ShouldBeTrue($"{relative} names no $schema");
        string schemaPath = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, reference.GetString()!));
        File.Exists(schemaPath).ShouldBeTrue($"{relative}: $schema '{reference.GetString()}' does not resolve");

        var errors = (await JsonSchema.FromFileAsync(schemaPath)).Validate(text);

        errors.Select(e => $"{e.Path}: {e.Kind}").ShouldBeEmpty(relative);
    }

    [Theory]
    [InlineData("release.schema.json", """{ "id": "2026-h2", "effectiveFrom": "2026-07-01", "status": "live", "requiredApprovals": 2 }""", "NotInEnumeration")]
    [InlineData("approvers.schema.json", """{ "approvers": [ { "name": "Priya Raman", "roles": [] } ], "required": { "framework-council": 1 } }""", "TooFewItems")]
    [InlineData("release.schema.json", """{ "id": "2026-h2", "effectiveFrom": "July", "status": "draft", "requiredApprovals": 2 }""", "PatternMismatch")]
    [InlineData("release.schema.json", """{ "id": "2026-h2", "effectiveFrom": "2026-07-01", "status": "draft" }""", "PropertyRequired")]
    [InlineData("release.schema.json", """{ "id": "2026-h2", "effectiveFrom": "2026-07-01", "status": "draft", "requiredApprovals": 1, "approvals": [ { "by": "A", "role": "r", "at": "yesterday", "contentHash": "sha256:00" } ] }""", "PatternMismatch")]
    [InlineData("table.schema.json", """{ "name": "bands", "hitPolicy": "ANY", "inputs": [], "outputs": [], "rows": [] }""", "NotInEnumeration")]
    [InlineData("workflow.schema.json", """{ "WorkflowName": "level-up", "Rules": [ { "Expression": "true" } ] }""", "PropertyRequired")]
    [InlineData("framework.schema.json", """{ "company": "x", "families": [], "tracks": [], "regions": [], "focusAreas": [], "placement": { "bandTable": "b", "ratioDecimals": 4, "ratioRounding": "halfEven" }, "eligibility": { "levelUpWorkflow": "l" }, "governance": { "bandGap": "loud" } }""", "NotInEnumeration")]
    [InlineData("skills.schema.json", """{ "scale": { "min": 1, "max": 5, "labels": [] }, "clusters": [], "skills": [ { "id": "sql", "name": "SQL", "cluster": "c", "level": 3 } ] }""", "NoAdditionalPropertiesAllowed")]
    [InlineData("mobility.schema.json", """{ "paths": [ { "from": "audit-ic3", "to": "risk-ic3" } ] }""", "PropertyRequired")]
    [InlineData("mobility.schema.json", """{ "learning": { "sql": [ { "kind": "webinar", "title": "t", "effortHours": 2 } ] } }""", "NotInEnumeration")]
    [InlineData("mobility.schema.json", """{ "settings": { "maxDepth": 9 } }""", "NumberTooBig")]
    [InlineData("framework.schema.json", """{ "company": "x", "families": [], "tracks": [], "regions": [], "placement": { "bandTable": "b", "ratioDecimals": 4, "ratioRounding": "halfEven" }, "constants": [ { "name": "payCap", "type": "money", "currency": "USD", "values": [ { "from": "1 Jan 2027", "value": 195200 } ] } ] }""", "PatternMismatch")]
    [InlineData("framework.schema.json", """{ "company": "x", "families": [], "tracks": [], "regions": [], "placement": { "bandTable": "b", "ratioDecimals": 4, "ratioRounding": "halfEven" }, "constants": [ { "name": "payCap", "type": "money", "values": [] } ] }""", "TooFewItems")]
    [InlineData("workflow.schema.json", """{ "WorkflowName": "merit", "AllowedRoles": ["managers"], "Rules": [ { "RuleName": "R", "Expression": "true" } ] }""", "NotInEnumeration")]
    [InlineData("workflow.schema.json", """{ "WorkflowName": "merit", "Inputs": [ { "Name": "pct", "Type": "percent" } ], "Rules": [ { "RuleName": "R", "Expression": "true" } ] }""", "NotInEnumeration")]
    public async Task Known_mistakes_are_rejected_by_the_schema(string schema, string json, string expected)
    {
        var errors = (await Schema(schema)).Validate(json);

        errors.ShouldNotBeEmpty();
        Flatten(errors).Select(e => e.Kind.ToString()).ShouldContain(expected);
    }

    private static IEnumerable<NJsonSchema.Validation.ValidationError> Flatten(IEnumerable<NJsonSchema.Validation.ValidationError> errors) =>
        errors.SelectMany(e => e is NJsonSchema.Validation.ChildSchemaValidationError child ? Flatten(child.Errors.SelectMany(c => c.Value)).Prepend(e) : [e]);
}
