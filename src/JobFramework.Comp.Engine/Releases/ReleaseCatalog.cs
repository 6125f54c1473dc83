using System.Globalization;
using JobFramework.Comp.Diagnostics;

namespace JobFramework.Comp.Releases;

/// <summary>
/// The releases of a rules folder (<c>rules/releases/&lt;id&gt;/</c>), loaded and compiled, drafts and
/// approved side by side, and the choice of the one in effect on a date: the latest approved release whose
/// effective-from is on or before it. A path that is itself a release folder (it holds release.json) is a
/// catalog of one.
/// </summary>
public sealed class ReleaseCatalog
{
    private ReleaseCatalog(IReadOnlyList<CompiledRelease> releases, IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<RejectedRelease> rejected)
    {
        Releases = releases.OrderBy(r => r.Manifest.EffectiveFrom).ThenBy(r => r.Id, StringComparer.Ordinal).ToArray();
        Diagnostics = diagnostics;
        Rejected = rejected;
    }

    /// <summary>Release folders that did not load, each with its own errors.</summary>
    public IReadOnlyList<RejectedRelease> Rejected { get; }

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

        var rejected = new List<RejectedRelease>();
        foreach (var folder in folders)
        {
            var result = LoadFolder(folder, path);
            diagnostics.AddRange(result.Diagnostics);
            if (result.Release is not null)
            {
                releases.Add(result.Release);
            }
            else
            {
                rejected.Add(new RejectedRelease(folder, RejectedRelease.IdIn(folder, path), [.. result.Diagnostics.Where(d => d.IsError)]));
            }
        }

        return Compose(releases, diagnostics, rejected);
    }

    // One folder that cannot be read (removed mid-load, no permission) is that release's error, not the catalog's end.
    private static LoadResult LoadFolder(string folder, string rulesRoot)
    {
        try
        {
            return ReleaseLoader.LoadDirectory(folder, rulesRoot);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new LoadResult(null, [new Diagnostic(Codes.MissingFile, Severity.Error, Messages.FolderUnreadable(e.GetType().Name), new SourceSpan(folder.Replace('\\', '/'), "", 1, 1))]);
        }
    }

    /// <summary>
    /// A catalog of releases loaded elsewhere (a service keeping the last good version of a release whose
    /// folder broke), checked for duplicate ids and ambiguous effective dates like a loaded one.
    /// </summary>
    public static ReleaseCatalog Compose(IEnumerable<CompiledRelease> loaded, IEnumerable<Diagnostic> loadDiagnostics, IEnumerable<RejectedRelease> rejected)
    {
        var releases = loaded.ToList();
        var diagnostics = loadDiagnostics.ToList();
        var refused = rejected.ToList();

        foreach (var clash in releases.GroupBy(r => r.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            diagnostics.Add(new Diagnostic(Codes.DuplicateId, Severity.Error, Messages.DuplicateId("release", clash.Key), new SourceSpan(clash.Last().Location + "/" + ReleaseLayout.Manifest, "/id", 1, 1)));
        }

        // Two approved releases taking effect on the same day: which serves would be a coin toss, so neither does.
        foreach (var clash in releases.Where(r => r.Manifest.IsApproved).GroupBy(r => r.Manifest.EffectiveFrom).Where(g => g.Count() > 1))
        {
            var pair = clash.OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();
            foreach (var release in pair)
            {
                var other = pair.First(r => !ReferenceEquals(r, release));
                var error = new Diagnostic(Codes.AmbiguousEffectiveDate, Severity.Error,
                    Messages.AmbiguousEffectiveDate(release.Id, other.Id, clash.Key.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                    new SourceSpan(release.Location + "/" + ReleaseLayout.Manifest, "/effectiveFrom", 1, 1));
                diagnostics.Add(error);
                refused.Add(new RejectedRelease(release.Location, release.Id, [error]));
                releases.Remove(release);
            }
        }

        return new ReleaseCatalog(releases, diagnostics, refused);
    }

    /// <summary>A loaded release by id, approved or draft (drafts serve only previews asked for by name).</summary>
    public CompiledRelease? Find(string id) => Releases.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.Ordinal));

    /// <summary>The approved releases, in effective-date order.</summary>
    public IEnumerable<CompiledRelease> Approved => Releases.Where(r => r.Manifest.IsApproved);

    /// <summary>
    /// The approved release in effect on <paramref name="asOf"/> — the latest approved one whose effective date
    /// is on or before it — or null with the reason: nothing loaded, a date before the first approved release,
    /// or a date only a draft would cover. Drafts never serve decisions.
    /// </summary>
    public CompiledRelease? InEffectOn(DateOnly asOf, out string? reason)
    {
        var release = Approved.LastOrDefault(r => r.Manifest.EffectiveFrom <= asOf);
        reason = release is null ? WhyNone(asOf) : null;
        return release;
    }

    private string WhyNone(DateOnly asOf)
    {
        string date = asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (Releases.Count == 0)
        {
            return Messages.NoLoadableRelease;
        }

        var draft = Releases.LastOrDefault(r => !r.Manifest.IsApproved && r.Manifest.EffectiveFrom <= asOf);
        if (draft is not null)
        {
            var m = draft.Manifest;
            return Messages.OnlyDraftCovers(date, draft.Id, m.EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), m.ApprovalsOf(draft.ContentHash), m.RequiredApprovals);
        }

        var first = Approved.FirstOrDefault();
        return first is null
            ? Messages.NoApprovedRelease(date)
            : Messages.BeforeFirstRelease(date, first.Id, first.Manifest.EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}
