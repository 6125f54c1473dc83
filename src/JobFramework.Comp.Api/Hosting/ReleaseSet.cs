using System.Globalization;
using System.Runtime.CompilerServices;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Releases;

namespace JobFramework.Comp.Api.Hosting;

/// <summary>
/// The releases the service evaluates with, reloaded without a restart: when the rules folder changes
/// (<see cref="RulesWatcher"/>) or a comp admin asks. A reload compiles on a background thread and then
/// swaps the whole catalog in one reference write, so a request keeps the release it started with and none
/// waits for compilation. A release whose folder no longer loads (a broken edit, an approved release edited
/// afterwards) is rejected with its diagnostics and its last good version stays live.
/// </summary>
public sealed class ReleaseSet : IDisposable
{
    private readonly Func<string, ReleaseCatalog> _load;
    private readonly string _rulesPath;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _reloading = new(1, 1);
    private readonly ThreadLocal<ConditionalWeakTable<CompiledRelease, Evaluator>> _evaluators = new(() => []);
    private volatile Snapshot _current;

    public ReleaseSet(string rulesPath, Func<string, ReleaseCatalog> load, TimeProvider time, ILogger<ReleaseSet> logger)
    {
        _rulesPath = rulesPath;
        _load = load;
        _time = time;
        _logger = logger;
        var catalog = load(rulesPath);
        if (catalog.Releases.Count == 0)
        {
            throw new InvalidOperationException($"No loadable release in '{rulesPath}': " + string.Join("; ", catalog.Diagnostics.Where(d => d.IsError).Take(5)));
        }

        _current = new Snapshot(catalog, time.GetUtcNow(), 1);
        Report(catalog);
    }

    /// <summary>What is live now: the catalog, when it was loaded, and how many loads produced it.</summary>
    public sealed record Snapshot(ReleaseCatalog Catalog, DateTimeOffset LoadedAt, int Generation);

    public Snapshot Current => _current;

    public ReleaseCatalog Catalog => _current.Catalog;

    public string RulesPath => _rulesPath;

    /// <summary>The approved release in effect on <paramref name="asOf"/>, or null with the reason.</summary>
    public CompiledRelease? InEffectOn(DateOnly asOf, out string? reason) => Catalog.InEffectOn(asOf, out reason);

    /// <summary>The same as a pair, for callers that look releases up by date (a snapshot's figures under the release of its date).</summary>
    public (CompiledRelease? Release, string? Reason) InEffect(DateOnly asOf) => (InEffectOn(asOf, out var reason), reason);

    /// <summary>
    /// An evaluator for the release on this thread (an evaluator reuses scratch space), dropped with the release,
    /// set to the request's as-of date so rules read the constants in effect then.
    /// </summary>
    public Evaluator EvaluatorFor(CompiledRelease release, DateOnly asOf)
    {
        var evaluator = _evaluators.Value!.GetValue(release, r => new Evaluator(r));
        evaluator.AsOf = asOf;
        return evaluator;
    }

    /// <summary>
    /// Loads the rules folder again on a low-priority thread of its own and swaps the result in: freshly loaded releases, plus the last good version of any release whose folder is now
    /// rejected. Concurrent calls run one after the other.
    /// </summary>
    public async Task<Snapshot> ReloadAsync(CancellationToken cancellationToken = default)
    {
        await _reloading.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var previous = _current;
            var fresh = await BackgroundPriority.Run(() => _load(_rulesPath)).ConfigureAwait(false);
            var freshIds = fresh.Releases.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
            var brokenIds = fresh.Rejected.Select(r => r.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var kept = previous.Catalog.Releases.Where(r => brokenIds.Contains(r.Id) && !freshIds.Contains(r.Id)).ToList();
            var merged = ReleaseCatalog.Compose(fresh.Releases.Concat(kept), fresh.Diagnostics, fresh.Rejected);
            var next = new Snapshot(merged, _time.GetUtcNow(), previous.Generation + 1);
            _current = next;
            foreach (var release in kept)
            {
                ReleaseLog.KeptLastGood(_logger, release.Id, release.ContentHash);
            }

            Report(merged);
            return next;
        }
        finally
        {
            _reloading.Release();
        }
    }

    public void Dispose()
    {
        _evaluators.Dispose();
        _reloading.Dispose();
    }

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private void Report(ReleaseCatalog catalog)
    {
        foreach (var release in catalog.Releases)
        {
            ReleaseLog.Loaded(_logger, release.Id, release.Manifest.Status, release.Manifest.EffectiveFrom, release.ContentHash);
        }

        foreach (var rejected in catalog.Rejected)
        {
            if (_logger.IsEnabled(LogLevel.Error))
            {
                ReleaseLog.Rejected(_logger, rejected.Folder, string.Join("\n", rejected.Errors));
            }
        }
    }
}
