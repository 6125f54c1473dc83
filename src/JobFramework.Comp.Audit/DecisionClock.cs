namespace JobFramework.Comp.Audit;

/// <summary>
/// Record timestamps: UTC, whole milliseconds (what every store round-trips exactly, so the hash of a record
/// read back equals the hash written), and never earlier than the chain's previous record, so a chain's
/// sequence order is also its time order even when hosts' clocks disagree.
/// </summary>
public static class DecisionClock
{
    public static DateTimeOffset Normalize(DateTimeOffset time)
    {
        var utc = time.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
    }

    public static DateTimeOffset Next(TimeProvider time, DateTimeOffset? previous)
    {
        var now = Normalize(time.GetUtcNow());
        return previous is { } last && last > now ? last : now;
    }

    public static string Format(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
