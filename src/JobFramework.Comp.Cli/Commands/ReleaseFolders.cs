using System.Text.Json;

namespace JobFramework.Comp.Cli.Commands;

/// <summary>Finds a release's folder under a rules folder by the id in its release.json (folder names may differ).</summary>
internal static class ReleaseFolders
{
    public static string ReleasesRoot(string rules) => Path.Combine(rules, "releases");

    /// <summary>The folder of release <paramref name="id"/>, or null.</summary>
    public static string? Find(string rules, string id) =>
        All(rules).FirstOrDefault(f => string.Equals(IdOf(f), id, StringComparison.Ordinal));

    public static IEnumerable<string> All(string rules) =>
        Directory.Exists(ReleasesRoot(rules))
            ? Directory.GetDirectories(ReleasesRoot(rules)).Where(f => File.Exists(Path.Combine(f, "release.json"))).Order(StringComparer.Ordinal)
            : [];

    private static string? IdOf(string folder)
    {
        try
        {
            // Read as the loader reads: only a regular file inside the release folder, within the size limit.
            if (Releases.RuleFolder.TryReadFile(Path.Combine(folder, "release.json"), folder) is not { } bytes)
            {
                return null;
            }

            using var manifest = JsonDocument.Parse(bytes);
            return manifest.RootElement.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
