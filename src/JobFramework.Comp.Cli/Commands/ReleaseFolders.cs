namespace JobFramework.Comp.Cli.Commands;

/// <summary>Finds a release's folder under a rules folder by the id in its release.json (folder names may differ).</summary>
internal static class ReleaseFolders
{
    public static string ReleasesRoot(string rules) => Path.Combine(rules, "releases");

    /// <summary>The folder of release <paramref name="id"/>, or null.</summary>
    public static string? Find(string rules, string id) =>
        All(rules).FirstOrDefault(f => string.Equals(Releases.RejectedRelease.IdIn(f, f), id, StringComparison.Ordinal));

    public static IEnumerable<string> All(string rules) =>
        Directory.Exists(ReleasesRoot(rules))
            ? Directory.GetDirectories(ReleasesRoot(rules)).Where(f => File.Exists(Path.Combine(f, "release.json"))).Order(StringComparer.Ordinal)
            : [];
}
