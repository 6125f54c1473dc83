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

    /// <summary>A draft copy of the sample release with one workflow file replaced, loaded.</summary>
    public static LoadResult LoadWith(string file, string json)
    {
        var folder = Path.Combine(Path.GetTempPath(), "jfc-re-" + Guid.NewGuid().ToString("N"), "2027");
        try
        {
            CopyFolder(ReleaseFolder, folder);
            var manifest = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "release.json")))!.AsObject();
            manifest["status"] = "draft";
            manifest.Remove("approvedContentHash");
            manifest.Remove("approvals");
            File.WriteAllText(Path.Combine(folder, "release.json"), manifest.ToJsonString());
            File.WriteAllText(Path.Combine(folder, "workflows", file), json);
            return ReleaseLoader.LoadDirectory(folder);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);
        }
    }

    /// <summary>A one-workflow file over one parameter <c>input1</c> with the fields given, and rules as JSON.</summary>
    public static string Workflow(string rules, string fields = """{ "n": { "type": "integer" }, "name": { "type": "string" }, "items": { "type": "array", "items": { "type": "object", "properties": { "v": { "type": "integer" } }, "required": ["v"] } } }""", string extra = "") => $$"""
        {
          "WorkflowName": "probe",{{extra}}
          "RuleParameters": [ { "Name": "input1", "Schema": { "type": "object", "properties": {{fields}}, "required": [] } } ],
          "Rules": {{rules}}
        }
        """;

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.GetDirectories(from))
        {
            CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }
}
