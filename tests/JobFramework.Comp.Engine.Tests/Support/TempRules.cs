using System.Text.Json.Nodes;

namespace JobFramework.Comp.Engine.Tests.Support;

/// <summary>
/// A temporary rules folder holding copies of the sample release under other ids, dates and statuses —
/// for catalog and governance tests. Deleted on dispose.
/// </summary>
internal sealed class TempRules : IDisposable
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "jfc-rules-" + Guid.NewGuid().ToString("N"));

    /// <summary>
    /// Adds a copy of the sample release as <paramref name="id"/> taking effect on <paramref name="effective"/>.
    /// Approved copies record the approvals of their (unchanged) content; drafts record none.
    /// </summary>
    public string Add(string id, string effective, bool approved, Action<JsonObject>? manifest = null)
    {
        string folder = Path.Combine(Root, "releases", id);
        Copy(Repository.SampleRelease, folder);
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "release.json")))!.AsObject();
        json["id"] = id;
        json["effectiveFrom"] = effective;
        // The hash covers the id and effective date, so the copy's approvals are of its own hash.
        string contentHash = JobFramework.Comp.Releases.ReleaseSource.FromDirectory(folder)
            .ContentHash(new JobFramework.Comp.Releases.ReleaseManifest(id, DateOnly.Parse(effective, System.Globalization.CultureInfo.InvariantCulture), ""));
        if (approved)
        {
            json["approvedContentHash"] = contentHash;
            foreach (var approval in json["approvals"]!.AsArray())
            {
                approval!["contentHash"] = contentHash;
            }
        }
        else
        {
            json["status"] = "draft";
            json["approvals"] = new JsonArray();
            json.Remove("approvedContentHash");
        }

        manifest?.Invoke(json);
        File.WriteAllText(Path.Combine(folder, "release.json"), json.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
        return folder;
    }

    public JobFramework.Comp.Releases.ReleaseCatalog Load() => JobFramework.Comp.Releases.ReleaseCatalog.Load(Root);

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.GetDirectories(from))
        {
            Copy(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }
}
