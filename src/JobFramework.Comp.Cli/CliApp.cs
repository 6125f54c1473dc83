using System.CommandLine;
using JobFramework.Comp.Cli.Commands;

namespace JobFramework.Comp.Cli;

/// <summary>Builds the command tree; writers are passed in so tests drive the real CLI in-process.</summary>
internal static class CliApp
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        bool terminal = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        var console = new CliConsole(output, error, terminal, Colour.Wanted(terminal, Environment.GetEnvironmentVariable));
        var root = new RootCommand("comp: the JobFramework.Comp command line — validate and test rule releases, place rosters in pay bands, check level-up eligibility, rank mobility options and map career paths, audit recorded decisions.")
        {
            RulesCommands.Create(console),
            PlaceCommand.Create(console),
            EligibilityCommand.Create(console),
            EvaluateCommand.Create(console),
            MobilityCommand.Create(console),
            RolesCommands.Create(console),
            AuditCommands.Create(console),
            PeopleCommands.Create(console),
            ReviewGuideCommand.Create(console),
            TransparencyCommands.Create(console),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                error.WriteLine(parseError.Message);
            }

            if (Suggestion(parsed) is { } suggestion)
            {
                error.WriteLine($"Did you mean '{suggestion}'?");
            }

            error.WriteLine("Run 'comp --help' for usage.");
            return ExitCodes.CannotRun;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    // "comp rulez validate" → "comp rules validate": the first token the command it reached does not know,
    // replaced by its closest subcommand (or option) when one is close enough.
    private static string? Suggestion(ParseResult parsed)
    {
        var command = parsed.CommandResult.Command;
        if (parsed.UnmatchedTokens.Count == 0)
        {
            return null;
        }

        string unknown = parsed.UnmatchedTokens[0];
        var names = command.Subcommands.Select(c => c.Name).Concat(command.Options.SelectMany(o => o.Aliases.Append(o.Name)));
        if (Diagnostics.Spelling.Suggest(unknown, names) is not { } near)
        {
            return null;
        }

        var path = new List<string>();
        for (var result = parsed.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            path.Insert(0, result.Command.Name);
        }

        path[0] = "comp";
        return string.Join(' ', path.Append(near).Concat(parsed.UnmatchedTokens.Skip(1)));
    }
}

/// <summary>Where commands write, whether a live terminal is attached (for progress bars), and whether to colour.</summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, bool IsTerminal, bool Colour = false);
