namespace JobFramework.Comp.Framework;

/// <summary>Id comparison for the evaluation path.</summary>
internal static class Ids
{
    /// <summary>
    /// Ordinal equality that rejects most different ids before a full compare: ids of one catalog tend to
    /// share length and prefix ("sk012", "sk019"), so the last character tells them apart cheaply.
    /// </summary>
    public static bool Same(string a, string b) =>
        ReferenceEquals(a, b) || (a.Length == b.Length && a.Length > 0 && a[^1] == b[^1] && string.Equals(a, b, StringComparison.Ordinal));
}
