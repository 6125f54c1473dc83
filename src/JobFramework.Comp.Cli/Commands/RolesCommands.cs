using System.CommandLine;
using JobFramework.Comp.Mobility;
using JobFramework.Comp.Mobility.Rendering;
using JobFramework.Comp.Releases;

namespace JobFramework.Comp.Cli.Commands;

/// <summary>
/// <c>comp roles map &lt;role&gt;</c> (the mobility map as JSON, DOT, SVG or an HTML page) and
/// <c>comp roles search</c> (the talent marketplace: roles by family, skill, level and track).
/// </summary>
internal static class RolesCommands
{
    public static readonly string[] Formats = ["json", "dot", "svg", "html"];

    public static Command Create(CliConsole console) => new("roles", "Browse the framework's roles and where each one leads.")
    {
        Map(console),
        Search(console),
        Posting(console),
    };

    // The range a job posting must state for a role in a region (EU Directive 2023/970 Art. 5, US posting laws).
    private static Command Posting(CliConsole console)
    {
        var role = new Argument<string>("role") { Description = "The role being advertised (e.g. eng-ic4)." };
        var region = new Option<string>("--region") { Description = "Where the job is (a region id of the framework).", Required = true };
        var json = new Option<bool>("--json") { Description = "Print JSON for a job-posting system (amounts as exact decimal strings)." };
        var rules = CommonOptions.Rules();
        var asOf = CommonOptions.AsOf();
        var releaseId = CommonOptions.Release();
        var command = new Command("posting", "The pay range a job posting states for a role in a region: base range, bonus target and equity where defined, and the release they come from.") { role, region, json, rules, asOf, releaseId };
        command.SetAction(result =>
        {
            var release = CommonOptions.SelectRelease(console, result.GetValue(rules)!, result.GetValue(asOf), result.GetValue(releaseId), TimeProvider.System, out var date);
            if (release is null)
            {
                return ExitCodes.CannotRun;
            }

            var disclosure = Transparency.PayRangeDisclosure.For(new Evaluation.Evaluator(release) { AsOf = date }, result.GetValue(role)!, result.GetValue(region)!);
            if (!disclosure.Succeeded)
            {
                foreach (var error in disclosure.Errors)
                {
                    console.Error.WriteLine($"{error.Field}: {error.Message}");
                }

                return ExitCodes.Problems;
            }

            console.Out.Write(result.GetValue(json) ? disclosure.Value!.ToJson() : disclosure.Value!.ToText() + "\n");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Map(CliConsole console)
    {
        var role = new Argument<string>("role") { Description = "The role id to start from (e.g. data-ic3)." };
        var depth = new Option<int>("--depth") { Description = "How many moves away to go (1 to the rules' maxDepth).", DefaultValueFactory = _ => 2 };
        var format = new Option<string>("--format") { Description = "json, dot (Graphviz), svg or html (a self-contained page).", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong(Formats);
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var rules = CommonOptions.Rules();
        var asOf = CommonOptions.AsOf();
        var releaseId = CommonOptions.Release();
        var command = new Command("map", "The roles reachable from a role within --depth moves, each move with its reasons.") { role, depth, format, output, rules, asOf, releaseId };
        command.SetAction(result =>
        {
            var release = CommonOptions.SelectRelease(console, result.GetValue(rules)!, result.GetValue(asOf), result.GetValue(releaseId), TimeProvider.System, out _);
            if (release is null)
            {
                return ExitCodes.CannotRun;
            }

            var map = MobilityMap.From(release.Mobility, result.GetValue(role)!, result.GetValue(depth));
            if (!map.Succeeded)
            {
                foreach (var error in map.Errors)
                {
                    console.Error.WriteLine(error.Field == "depth" ? $"--depth: {error.Message}" : $"{error.Field}: {error.Message}");
                }

                return ExitCodes.Problems;
            }

            string text = Render(map.Value!, release, result.GetValue(format)!);
            return Write(console, result.GetValue(output), text);
        });
        return command;
    }

    private static Command Search(CliConsole console)
    {
        var family = new Option<string?>("--family") { Description = "Only roles in this job family." };
        var skill = new Option<string?>("--skill") { Description = "Only roles that need this skill (core or optional)." };
        var level = new Option<int?>("--level") { Description = "Only roles at this level." };
        var track = new Option<string?>("--track") { Description = "Only roles on this track (ic, manager)." };
        var json = new Option<bool>("--json") { Description = "Print the roles as JSON (the shape GET /api/roles answers with)." };
        var rules = CommonOptions.Rules();
        var asOf = CommonOptions.AsOf();
        var releaseId = CommonOptions.Release();
        var command = new Command("search", "Find roles by family, skill, level and track, each with its required skills and development paths.") { family, skill, level, track, json, rules, asOf, releaseId };
        command.SetAction(result =>
        {
            var release = CommonOptions.SelectRelease(console, result.GetValue(rules)!, result.GetValue(asOf), result.GetValue(releaseId), TimeProvider.System, out _);
            if (release is null)
            {
                return ExitCodes.CannotRun;
            }

            var found = RoleSearch.Find(release.Mobility, new RoleQuery(result.GetValue(family), result.GetValue(skill), result.GetValue(level), result.GetValue(track)));
            if (!found.Succeeded)
            {
                foreach (var error in found.Errors)
                {
                    console.Error.WriteLine($"--{error.Field}: {error.Message}");
                }

                return ExitCodes.Problems;
            }

            if (result.GetValue(json))
            {
                console.Out.WriteLine(MobilityJson.Roles(found.Value!, indented: true));
                return ExitCodes.Ok;
            }

            Print(console.Out, release, found.Value!);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Print(TextWriter output, CompiledRelease release, IReadOnlyList<RoleListing> listings)
    {
        output.WriteLine($"{listings.Count} role{(listings.Count == 1 ? "" : "s")}   release {release.Id}");
        var scale = release.Framework.Scale;
        foreach (var listing in listings)
        {
            var role = listing.Role;
            output.WriteLine();
            output.WriteLine($"{role.Title} ({role.Id}) — {role.Family} / {role.Track} level {role.Level}{(role.Focus.Length > 0 ? ", focus " + role.Focus : "")}");
            output.WriteLine("   core: " + string.Join(", ", role.CoreSkills.Select(s => $"{s.Skill} {s.Proficiency} ({scale.LabelOf(s.Proficiency)})")));
            if (role.OptionalSkills.Count > 0)
            {
                output.WriteLine("   optional: " + string.Join(", ", role.OptionalSkills.Select(s => $"{s.Skill} {s.Proficiency}")));
            }

            foreach (var path in listing.DevelopmentPaths)
            {
                output.WriteLine($"   → {path.To.Title} ({path.To.Id}): {string.Join("; ", path.Reasons.Select(r => r.Text))}");
            }
        }
    }

    private static string Render(MobilityMap map, CompiledRelease release, string format) => format switch
    {
        "dot" => MapDot.Render(map, release.Framework),
        "svg" => MapSvg.Render(map, release.Framework),
        "html" => MapHtml.Render(map, release.Framework, release.Mobility.Rules),
        _ => MobilityJson.Map(map, indented: true) + "\n",
    };

    private static int Write(CliConsole console, string? file, string text)
    {
        if (file is null)
        {
            console.Out.Write(text);
            return ExitCodes.Ok;
        }

        try
        {
            // Written beside the target and moved into place, so a reader never sees half a picture.
            string temporary = file + ".tmp";
            if (Path.GetDirectoryName(Path.GetFullPath(file)) is { } folder)
            {
                Directory.CreateDirectory(folder);
            }

            File.WriteAllText(temporary, text);
            File.Move(temporary, file, overwrite: true);
            console.Error.WriteLine($"wrote {file}");
            return ExitCodes.Ok;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"cannot write '{file}': {e.Message}");
            return ExitCodes.CannotRun;
        }
    }
}
