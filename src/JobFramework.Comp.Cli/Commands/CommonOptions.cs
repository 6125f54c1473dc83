using System.CommandLine;
using System.Globalization;
using JobFramework.Comp.Releases;

namespace JobFramework.Comp.Cli.Commands;

/// <summary>Options shared by the evaluation commands: where the rules are and the as-of date.</summary>
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

    /// <summary>Loads the rules and picks the release in effect; on failure writes why and returns null.</summary>
    public static CompiledRelease? SelectRelease(CliConsole console, string rulesPath, string? asOfText, TimeProvider time) =>
        SelectRelease(console, rulesPath, asOfText, time, out _);

    /// <summary>As <see cref="SelectRelease(CliConsole, string, string?, TimeProvider)"/>, also giving the as-of date used.</summary>
    public static CompiledRelease? SelectRelease(CliConsole console, string rulesPath, string? asOfText, TimeProvider time, out DateOnly asOf)
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

        var release = catalog.InEffectOn(asOf, out var reason);
        if (release is null)
        {
            console.Error.WriteLine(reason);
        }

        return release;
    }
}
