using System.CommandLine;
using System.Globalization;
using System.Text;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.People.Roster;
using JobFramework.Comp.People.Snapshots;
using JobFramework.Comp.Audit.AzureTables;

namespace JobFramework.Comp.Cli.Commands;

/// <summary>
/// <c>comp people import|list</c>: roster snapshots for the web pages — a roster with each person's name,
/// manager and mentoring offer, checked row by row against the release in effect on the snapshot's date and
/// stored whole (one bad row refuses the snapshot, every problem listed with its line).
/// </summary>
internal static class PeopleCommands
{
    public static Command Create(CliConsole console)
    {
        var people = new Command("people", "Import and list the roster snapshots the web pages read people from.");
        people.Subcommands.Add(Import(console));
        people.Subcommands.Add(List(console));
        return people;
    }

    public static Option<string> Store() => new("--store")
    {
        Description = "The snapshot store as the service's Comp:People:Store names it: a SQLite file, or an Azure Storage connection string (Table Storage, table 'people').",
        DefaultValueFactory = _ => "people.db",
    };

    private static Command Import(CliConsole console)
    {
        var file = new Argument<string>("file") { Description = "The snapshot: CSV with a header, or JSON Lines (.jsonl/.ndjson) — the roster's columns plus name, managerId and mentor." };
        var takenOn = new Option<string?>("--taken-on") { Description = "The date the snapshot describes (YYYY-MM-DD); default today (UTC). Rows are checked against the release in effect then." };
        var by = new Option<string>("--by") { Description = "Who imports it, as recorded with the snapshot.", DefaultValueFactory = _ => Environment.UserName };
        var store = Store();
        var rules = CommonOptions.Rules();
        var command = new Command("import", "Check a roster snapshot row by row and store it whole; exit 1 listing every bad row, storing nothing.") { file, takenOn, by, store, rules };
        command.SetAction(result =>
        {
            string path = result.GetValue(file)!;
            if (result.GetValue(takenOn) is { } dateText && !DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                console.Error.WriteLine($"--taken-on '{dateText}' is not a date in the form YYYY-MM-DD.");
                return ExitCodes.CannotRun;
            }

            var release = CommonOptions.SelectRelease(console, result.GetValue(rules)!, result.GetValue(takenOn), null, TimeProvider.System, out var date);
            if (release is null)
            {
                return ExitCodes.CannotRun;
            }

            if (!File.Exists(path))
            {
                console.Error.WriteLine($"Snapshot file '{path}' does not exist.");
                return ExitCodes.CannotRun;
            }

            SnapshotRead read;
            using (var text = new StreamReader(path, Encoding.UTF8))
            {
                read = SnapshotReader.Read(text, RosterReader.IsJsonLines(path), new Evaluator(release) { AsOf = date });
            }

            if (!read.Accepted)
            {
                foreach (var problem in read.Problems)
                {
                    console.Error.WriteLine($"{path}:{problem}");
                }

                if (read.ProblemCount > read.Problems.Count)
                {
                    console.Error.WriteLine($"… and {read.ProblemCount - read.Problems.Count} more.");
                }

                console.Error.WriteLine($"Snapshot refused: {read.ProblemCount} problem(s); nothing was stored.");
                return ExitCodes.Problems;
            }

            using var people = PeopleStores.Open(result.GetValue(store)!);
            var saved = people.SaveAsync(date, result.GetValue(by)!, release.Id, read.People).GetAwaiter().GetResult();
            console.Out.WriteLine($"Stored snapshot {saved.Id}: {saved.People} people, checked against release {saved.Release}.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command List(CliConsole console)
    {
        var store = Store();
        var command = new Command("list", "List the stored snapshots, newest first: the first is the one the pages show.") { store };
        command.SetAction(result =>
        {
            using var people = PeopleStores.Open(result.GetValue(store)!);
            var snapshots = people.ListAsync().GetAwaiter().GetResult();
            if (snapshots.Count == 0)
            {
                console.Out.WriteLine("No snapshots yet: import one with 'comp people import <file>'.");
            }

            foreach (var snapshot in snapshots)
            {
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{snapshot.Id}  {snapshot.People,7} people  release {snapshot.Release}  imported {snapshot.ImportedAt:yyyy-MM-dd HH:mm}Z by {snapshot.ImportedBy}"));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
