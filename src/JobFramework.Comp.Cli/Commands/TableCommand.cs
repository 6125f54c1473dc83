using System.CommandLine;
using JobFramework.Comp.Releases;

namespace JobFramework.Comp.Cli.Commands;

/// <summary>
/// <c>comp rules table &lt;release&gt; &lt;table&gt;</c>: a table's rows as the release computes them — the way
/// to review a derived band table's numbers, or to compare it with the hand-typed table it replaces.
/// </summary>
internal static class TableCommand
{
    public static Command Create(CliConsole console)
    {
        var release = new Argument<string>("release") { Description = "The release (approved or draft)." };
        var table = new Argument<string>("table") { Description = "The table's name (for example bands)." };
        var json = new Option<bool>("--json") { Description = "Print a table file with typed rows, one per line (the shape of a hand-typed table)." };
        var rules = CommonOptions.Rules();
        var command = new Command("table", "Print a table's rows as the release computes them (derived tables included), with any caps and floors that applied.") { release, table, json, rules };
        command.SetAction(result =>
        {
            var catalog = ReleaseCatalog.Load(result.GetValue(rules)!);
            var found = DiffCommand.Find(console, catalog, result.GetValue(release)!);
            if (found is null)
            {
                return ExitCodes.CannotRun;
            }

            string name = result.GetValue(table)!;
            var text = result.GetValue(json) ? TableExport.ToJson(found, name) : TableExport.ToText(found, name);
            if (text is null)
            {
                console.Error.WriteLine($"Release {found.Id} has no table '{name}'; its tables: {string.Join(", ", TableExport.TableNames(found))}.");
                return ExitCodes.CannotRun;
            }

            console.Out.Write(text);
            return ExitCodes.Ok;
        });
        return command;
    }
}
