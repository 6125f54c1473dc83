namespace JobFramework.Comp.Api.Hosting;

/// <summary>What the service logs about its releases, as compile-time logging methods (no work when a level is off).</summary>
internal static partial class ReleaseLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Release {Release} loaded: {Status}, effective {Effective}, {Hash}.")]
    public static partial void Loaded(ILogger logger, string release, JobFramework.Comp.Releases.ReleaseStatus status, DateOnly effective, string hash);

    [LoggerMessage(Level = LogLevel.Error, Message = "Release folder {Folder} rejected:\n{Diagnostics}")]
    public static partial void Rejected(ILogger logger, string folder, string diagnostics);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Release {Release} stays live as last loaded ({Hash}): its folder no longer loads.")]
    public static partial void KeptLastGood(ILogger logger, string release, string hash);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rules changed: reload {Generation} has {Count} release(s), {Rejected} rejected.")]
    public static partial void Reloaded(ILogger logger, int generation, int count, int rejected);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rules folder {Folder} is not a folder; releases will not reload on change.")]
    public static partial void NotWatching(ILogger logger, string folder);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reloading the rules failed; the live releases stay as they were.")]
    public static partial void ReloadFailed(ILogger logger, Exception exception);
}
