namespace JobFramework.Comp.Api.Hosting;

/// <summary>
/// The daily check behind the <c>ReleaseActivation</c> timer: which release is in effect today, whether it took
/// effect today, and a failure when none is (so the platform alerts before a request finds out).
/// </summary>
public static class ReleaseActivation
{
    public const string FunctionName = "ReleaseActivation";

    /// <summary>Daily at 00:05 UTC.</summary>
    public const string Schedule = "0 5 0 * * *";

    /// <summary>What the check found: the release in effect (null when none is) and what to log.</summary>
    public sealed record Outcome(string? Release, string? ContentHash, bool TookEffectToday, IReadOnlyList<string> Logs)
    {
        public bool InEffect => Release is not null;
    }

    public static Outcome Check(ReleaseSet releases, DateOnly today)
    {
        var current = releases.InEffectOn(today, out var reason);
        if (current is null)
        {
            return new Outcome(null, null, false, [$"No release is in effect on {ReleaseSet.Format(today)}: {reason}"]);
        }

        var previous = releases.InEffectOn(today.AddDays(-1), out _);
        bool changed = !ReferenceEquals(previous, current);
        var logs = new List<string> { $"Release {current.Id} ({current.ContentHash}) is in effect on {ReleaseSet.Format(today)}." };
        if (changed)
        {
            logs.Add(previous is null
                ? $"Release {current.Id} took effect today; it is the first release."
                : $"Release {current.Id} took effect today, replacing {previous.Id}.");
        }

        return new Outcome(current.Id, current.ContentHash, changed, logs);
    }
}
