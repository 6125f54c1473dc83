using System.CommandLine;
using JobFramework.Comp.Cli.Commands;

namespace JobFramework.Comp.Cli;

/// <summary>Builds the command tree; writers are passed in so tests drive the real CLI in-process.</summary>
internal static class CliApp
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var console = new CliConsole(output, error, ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected);
        var root = new RootCommand("comp: the JobFramework.Comp command line — validate and test rule releases, place rosters in pay bands, check level-up eligibility, rank mobility options and map career paths, audit recorded decisions.")
        {
            RulesCommands.Create(console),
            PlaceCommand.Create(console),
            EligibilityCommand.Create(console),
            MobilityCommand.Create(console),
            RolesCommands.Create(console),
            AuditCommands.Create(console),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                error.WriteLine(parseError.Message);
            }

            error.WriteLine("Run 'comp --help' for usage.");
            return ExitCodes.CannotRun;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}

/// <summary>Where commands write, and whether a live terminal is attached (for progress bars).</summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, bool IsTerminal);
