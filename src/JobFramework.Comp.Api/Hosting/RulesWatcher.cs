namespace JobFramework.Comp.Api.Hosting;

/// <summary>
/// Watches the rules folder and reloads the releases when files settle after a change (edits arrive as
/// bursts of events; one reload follows the last of them). Runs in the background; a failed reload — for
/// any reason — is logged, the live releases stay as they were, and watching continues.
/// </summary>
public sealed class RulesWatcher(ReleaseSet releases, ILogger<RulesWatcher> logger) : BackgroundService
{
    /// <summary>How long the folder must be quiet before a reload starts.</summary>
    public static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(500);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Directory.Exists(releases.RulesPath))
        {
            ReleaseLog.NotWatching(logger, releases.RulesPath);
            return;
        }

        using var watcher = new FileSystemWatcher(Path.GetFullPath(releases.RulesPath)) { IncludeSubdirectories = true };
        long changes = 0;
        void Changed(object sender, FileSystemEventArgs e) => Interlocked.Increment(ref changes);
        watcher.Changed += Changed;
        watcher.Created += Changed;
        watcher.Deleted += Changed;
        watcher.Renamed += (sender, e) => Interlocked.Increment(ref changes);
        watcher.EnableRaisingEvents = true;

        long seen = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(Settle, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            long now = Interlocked.Read(ref changes);
            if (now == seen)
            {
                continue;
            }

            // Wait for the burst to end: reload only once a whole settle period passed without events.
            seen = now;
            await Task.Delay(Settle, CancellationToken.None).ConfigureAwait(false);
            if (Interlocked.Read(ref changes) != seen)
            {
                continue;
            }

            try
            {
                var snapshot = await releases.ReloadAsync(stoppingToken).ConfigureAwait(false);
                ReleaseLog.Reloaded(logger, snapshot.Generation, snapshot.Catalog.Releases.Count, snapshot.Catalog.Rejected.Count);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The process boundary of a background loop: reported, never swallowed silently.
            catch (Exception e)
#pragma warning restore CA1031
            {
                // The watcher is the boundary between a comp team's edits and the live service: whatever a load
                // throws, the last good releases stay live, the failure is logged, and watching goes on.
                ReleaseLog.ReloadFailed(logger, e);
            }
        }
    }
}
