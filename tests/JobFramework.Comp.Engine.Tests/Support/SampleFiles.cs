using System.Text;

namespace JobFramework.Comp.Engine.Tests.Support;

/// <summary>The sample release's files in memory, its manifest turned into a draft so the test may change them.</summary>
internal static class SampleFiles
{
    public static Dictionary<string, byte[]> AsDraft(string? release = null)
    {
        release ??= Repository.SampleRelease;
        var files = Directory.GetFiles(release, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(release, f).Replace('\\', '/'), File.ReadAllBytes);
        var manifest = System.Text.Json.Nodes.JsonNode.Parse(files["release.json"])!.AsObject();
        manifest["status"] = "draft";
        manifest.Remove("approvedContentHash");
        files["release.json"] = Encoding.UTF8.GetBytes(manifest.ToJsonString());
        return files;
    }
}
