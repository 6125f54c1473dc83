using System.Text.Json;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Releases;

namespace JobFramework.Comp.Engine.Tests.Interop;

/// <summary>The RulesEngine sample rules folder (rules/samples/rulesengine): its release, loaded once, and a copy to break.</summary>
internal static class RulesEngineSample
{
    public static string Folder => Path.Combine(Repository.Rules, "samples", "rulesengine");

    public static string ReleaseFolder => Path.Combine(Folder, "releases", "2027");

    public static CompiledRelease Release { get; } = ReleaseLoader.LoadDirectory(ReleaseFolder).Release
        ?? throw new InvalidOperationException("the RulesEngine sample release does not load");

    public static EvaluationResult<WorkflowDecision> Evaluate(string workflow, string parameters) =>
        new Evaluator(Release).Evaluate(workflow, JsonDocument.Parse(parameters).RootElement);

    /// <summary>The sample release as a draft (its content changed) with one workflow file added or replaced, loaded from memory.</summary>
    public static LoadResult LoadWith(string file, string json)
    {
        var files = Directory.EnumerateFiles(ReleaseFolder, "*.json", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(ReleaseFolder, f).Replace('\\', '/'), File.ReadAllBytes);
        var manifest = System.Text.Json.Nodes.JsonNode.Parse(files["release.json"])!.AsObject();
        manifest["status"] = "draft";
        manifest.Remove("approvedContentHash");
        manifest.Remove("approvals");
        files["release.json"] = System.Text.Encoding.UTF8.GetBytes(manifest.ToJsonString());
        files["workflows/" + file] = System.Text.Encoding.UTF8.GetBytes(json);
        return ReleaseLoader.Load(new ReleaseSource("2027", files));
    }

    /// <summary>A one-workflow file over one parameter <c>input1</c> with the fields given, and rules as JSON.</summary>
    public static string Workflow(string rules, string fields = """{ "n": { "type": "integer" }, "name": { "type": "string" }, "items": { "type": "array", "items": { "type": "object", "properties": { "v": { "type": "integer" } }, "required": ["v"] } } }""", string extra = "") => $$"""
        {
          "WorkflowName": "probe",{{extra}}
          "RuleParameters": [ { "Name": "input1", "Schema": { "type": "object", "properties": {{fields}}, "required": [] } } ],
          "Rules": {{rules}}
        }
        """;
}
