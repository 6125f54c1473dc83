using System.Text.Json;
using JobFramework.Comp.Diagnostics;

namespace JobFramework.Comp.Releases;

/// <summary>A release folder that did not load: where, the id its manifest claims (when readable), and why.</summary>
public sealed record RejectedRelease(string Folder, string? Id, IReadOnlyList<Diagnostic> Errors)
{
    /// <summary>The id in a folder's release.json, read without validating anything else (and only as <see cref="RuleFolder"/> allows); null when unreadable.</summary>
    public static string? IdIn(string folder, string rulesRoot)
    {
        try
        {
            if (RuleFolder.TryReadFile(Path.Combine(folder, ReleaseLayout.Manifest), rulesRoot) is not { } bytes)
            {
                return null;
            }

            using var manifest = JsonDocument.Parse(bytes);
            return manifest.RootElement.ValueKind == JsonValueKind.Object && manifest.RootElement.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                ? id.GetString()
                : null;
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
