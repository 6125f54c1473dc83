using System.Globalization;
using JobFramework.Comp.Diagnostics;

namespace JobFramework.Comp.Releases;

/// <summary>
/// The releases of a rules folder (<c>rules/releases/&lt;id&gt;/</c>), loaded and compiled, and the choice
/// of the one in effect on a date: the latest whose effective-from is on or before it. A path that is
/// itself a release folder (it holds release.json) is a catalog of one.
/// </summary>
public sealed class ReleaseCatalog
{
    private ReleaseCatalog(IReadOnlyList<CompiledRelease> releases, IReadOnlyList<Diagnostic> diagnostics)
    {
        Releases = releases.OrderBy(r => r.Manifest.EffectiveFrom).ThenBy(r => r.Id, StringComparer.Ordinal).ToArray();
        Diagnostics = diagnostics;
    }

    public IReadOnlyList<CompiledRelease> Releases { get; }

    /// <summary>Every diagnostic of every release; a release with errors is not in <see cref="Releases"/>.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    public static ReleaseCatalog Load(string path)
    {
        var folders = File.Exists(Path.Combine(path, ReleaseLayout.Manifest))
            ? [path]
            : Directory.Exists(Path.Combine(path, "releases"))
                ? Directory.GetDirectories(Path.Combine(path, "releases")).Order(StringComparer.Ordinal).ToArray()
                : [];
        var releases = new List<CompiledRelease>();
        var diagnostics = new List<Diagnostic>();
        if (folders.Length == 0)
        {
            diagnostics.Add(new Diagnostic(Codes.MissingFile, Severity.Error, Messages.NoReleases(path), new SourceSpan(path, "", 1, 1)));
        }

        foreach (var folder in folders)
        {
            var result = ReleaseLoader.LoadDirectory(folder);
            diagnostics.AddRange(result.Diagnostics);
            if (result.Release is not null)
            {
                releases.Add(result.Release);
            }
        }

        foreach (var clash in releases.GroupBy(r => r.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            diagnostics.Add(new Diagnostic(Codes.DuplicateId, Severity.Error, Messages.DuplicateId("release", clash.Key), new SourceSpan(clash.Last().Location + "/" + ReleaseLayout.Manifest, "/id", 1, 1)));
        }

        return new ReleaseCatalog(releases, diagnostics);
    }

    /// <summary>The release in effect on <paramref name="asOf"/>, or null with the reason.</summary>
    public CompiledRelease? InEffectOn(DateOnly asOf, out string? reason)
    {
        var release = Releases.LastOrDefault(r => r.Manifest.EffectiveFrom <= asOf);
        reason = release is not null ? null
            : Releases.Count == 0 ? Messages.NoLoadableRelease
            : Messages.BeforeFirstRelease(asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Releases[0].Id, Releases[0].Manifest.EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return release;
    }
}
