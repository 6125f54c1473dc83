using JobFramework.Comp.Releases;

namespace JobFramework.Comp.Engine.Tests.Support;

/// <summary>
/// A copy of the sample release in a temporary folder, to break on purpose; deleted on dispose. It is a
/// draft unless asked otherwise: an approved release that is edited no longer loads at all.
/// </summary>
internal sealed class TempRelease : IDisposable
{
    /// <summary>A copy as a draft (editing it is the point), or as the approved release it is (<paramref name="keepApproval"/>).</summary>
    public TempRelease(bool keepApproval = false)
    {
        Directory = Path.Combine(Path.GetTempPath(), "jfc-" + Guid.NewGuid().ToString("N"), "2026-h1");
        Copy(Repository.SampleRelease, Directory);
        if (!keepApproval)
        {
            var manifest = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(PathOf("release.json")))!.AsObject();
            manifest["status"] = "draft";
            manifest.Remove("approvedContentHash");
            File.WriteAllText(PathOf("release.json"), manifest.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
        }
    }

    public string Directory { get; }

    /// <summary>Leaves only what prices positions: no skills, roles, mobility rules, level-up workflow or test cases.</summary>
    public TempRelease BandsOnly()
    {
        foreach (string file in new[] { "skills.json", "roles.json", "mobility.json", "workflows/level-up.json" })
        {
            File.Delete(PathOf(file));
        }

        System.IO.Directory.Delete(PathOf("tests"), recursive: true);
        Replace("framework.json", "\"eligibility\": { \"levelUpWorkflow\": \"level-up\" },", "");
        return this;
    }

    public string PathOf(string relative) => Path.Combine(Directory, relative);

    /// <summary>Replaces one exact piece of text in a file; fails if the text is not there exactly once.</summary>
    public void Replace(string relative, string oldText, string newText)
    {
        string path = PathOf(relative);
        string text = File.ReadAllText(path);
        int count = (text.Length - text.Replace(oldText, "", StringComparison.Ordinal).Length) / oldText.Length;
        count.ShouldBe(1, $"'{oldText}' should occur once in {relative}");
        File.WriteAllText(path, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    /// <summary>The 1-based line of the first occurrence of a text in a file.</summary>
    public int LineOf(string relative, string text) =>
        Array.FindIndex(File.ReadAllLines(PathOf(relative)), line => line.Contains(text, StringComparison.Ordinal)) + 1;

    public LoadResult Load() => ReleaseLoader.LoadDirectory(Directory);

    public void Dispose() => System.IO.Directory.Delete(Path.GetDirectoryName(Directory)!, recursive: true);

    private static void Copy(string from, string to)
    {
        System.IO.Directory.CreateDirectory(to);
        foreach (var file in System.IO.Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var folder in System.IO.Directory.GetDirectories(from))
        {
            Copy(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }
}
