using System.Security.Cryptography;
using System.Text;
using JobFramework.Comp.Diagnostics;

namespace JobFramework.Comp.Releases;

/// <summary>
/// The files of one release as text, keyed by path relative to the release folder (forward slashes).
/// Loading works from this, not from the disk, so a release can come from a folder, an upload or a test.
/// </summary>
public sealed class ReleaseSource
{
    public ReleaseSource(string name, IReadOnlyDictionary<string, byte[]> files, IReadOnlyList<Diagnostic>? refusals = null)
    {
        Name = name;
        Files = files;
        Refusals = refusals ?? [];
    }

    /// <summary>How diagnostics name the release's files: the folder path, or a label for uploads.</summary>
    public string Name { get; }

    public IReadOnlyDictionary<string, byte[]> Files { get; }

    /// <summary>Files the folder holds that were not read (see <see cref="RuleFolder"/>); any refusal rejects the release.</summary>
    public IReadOnlyList<Diagnostic> Refusals { get; }

    /// <summary>Reads every file under a release folder (the one holding release.json) that lies inside <paramref name="rulesRoot"/> (default: the folder itself).</summary>
    public static ReleaseSource FromDirectory(string directory, string? rulesRoot = null) => RuleFolder.Read(directory, rulesRoot ?? directory);

    /// <summary>
    /// SHA-256 over everything that can change a decision: every rule file except the manifest and the
    /// test cases, by path, plus the manifest's id and effective date. Line endings are normalised, so a
    /// checkout on Windows hashes the same as one on Linux.
    /// </summary>
    public string ContentHash(ReleaseManifest manifest)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, "release " + manifest.Id + " " + manifest.EffectiveFrom.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "\n");
        foreach (var (path, bytes) in Files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            if (path == ReleaseLayout.Manifest || path.StartsWith(ReleaseLayout.TestsFolder, StringComparison.Ordinal))
            {
                continue;
            }

            var text = Encoding.UTF8.GetString(bytes).Replace("\r\n", "\n", StringComparison.Ordinal);
            Append(hash, "file " + path + " " + text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n" + text + "\n");
        }

        return "sha256:" + Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void Append(IncrementalHash hash, string text) => hash.AppendData(Encoding.UTF8.GetBytes(text));
}

/// <summary>The file layout of a release folder.</summary>
public static class ReleaseLayout
{
    public const string Manifest = "release.json";
    public const string Framework = "framework.json";
    public const string Skills = "skills.json";
    public const string Roles = "roles.json";
    public const string Mobility = "mobility.json";
    public const string Capabilities = "capabilities.json";
    public const string Transparency = "transparency.json";
    public const string TablesFolder = "tables/";
    public const string WorkflowsFolder = "workflows/";
    public const string TestsFolder = "tests/";
}
