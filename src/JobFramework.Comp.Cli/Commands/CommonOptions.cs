using System.CommandLine;
using System.Globalization;
using JobFramework.Comp.Releases;

namespace JobFramework.Comp.Cli.Commands;

/// <summary>Options shared by the evaluation commands: where the rules are, the as-of date, an explicit release.</summary>
internal static class CommonOptions
{
    public static Option<string> Rules() => new("--rules")
    {
        Description = "Rules folder (holding releases/<id>/) or one release folder.",
        DefaultValueFactory = _ => "rules",
    };

    public static Option<string?> AsOf() => new("--as-of")
    {
        Description = "Evaluate with the release in effect on this date (YYYY-MM-DD); default today (UTC).",
    };

    public static Option<string?> Release() => new("--release")
    {
        Description = "Evaluate with this release by id — approved or a draft (a preview: drafts never record decisions) — instead of the one in effect.",
    };

    /// <summary>
    /// Loads the rules and picks the approved release in effect on the as-of date, or the release named by
    /// <paramref name="releaseId"/> (a draft is announced as a preview); on failure writes why and returns null.
    /// </summary>
    public static CompiledRelease? SelectRelease(CliConsole console, string rulesPath, string? asOfText, string? releaseId, TimeProvider time, out DateOnly asOf)
    {
        if (asOfText is null)
        {
            asOf = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        }
        else if (!DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out asOf))
        {
            console.Error.WriteLine($"--as-of '{asOfText}' is not a date in the form YYYY-MM-DD.");
            asOf = default;
            return null;
        }

        if (!Directory.Exists(rulesPath))
        {
            console.Error.WriteLine($"Rules folder '{rulesPath}' does not exist.");
            return null;
        }

        var catalog = ReleaseCatalog.Load(rulesPath);
        foreach (var diagnostic in catalog.Diagnostics.Where(d => d.IsError))
        {
            console.Error.WriteLine(diagnostic);
        }

        if (releaseId is not null)
        {
            var named = catalog.Find(releaseId);
            if (named is null)
            {
                console.Error.WriteLine($"No release '{releaseId}' loaded without errors from '{rulesPath}'.");
            }
            else if (!named.Manifest.IsApproved)
            {
                console.Error.WriteLine($"preview: release {named.Id} is a draft; its results are not decisions and are not recorded.");
            }

            return named;
        }

        var release = catalog.InEffectOn(asOf, out var reason);
        if (release is null)
        {
            console.Error.WriteLine(reason);
        }

        return release;
    }
}
