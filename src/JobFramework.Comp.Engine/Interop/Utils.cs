namespace JobFramework.Comp.Interop;

/// <summary>
/// The one custom type RulesEngine workflows may call (<c>ReSettings.CustomTypes</c> holds it alone): the helpers
/// RulesEngine's own documentation shows, so its examples run unchanged. Pure functions of their arguments.
/// </summary>
public static class Utils
{
    /// <summary>True when <paramref name="check"/> is one of the comma-separated values of <paramref name="valList"/> (RulesEngine's documented example).</summary>
    public static bool CheckContains(string? check, string? valList)
    {
        if (string.IsNullOrEmpty(check) || string.IsNullOrEmpty(valList))
        {
            return false;
        }

        // As the documentation's version: exact, case-sensitive, no trimming.
        return valList.Split(',').Contains(check, StringComparer.Ordinal);
    }

    /// <summary>True when <paramref name="check"/> starts with one of the comma-separated prefixes of <paramref name="prefixes"/>.</summary>
    public static bool CheckStartsWith(string? check, string? prefixes) =>
        !string.IsNullOrEmpty(check) && !string.IsNullOrEmpty(prefixes)
        && prefixes.Split(',').Any(p => p.Length > 0 && check.StartsWith(p, StringComparison.Ordinal));
}
