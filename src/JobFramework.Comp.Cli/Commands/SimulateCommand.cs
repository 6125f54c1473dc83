using System.CommandLine;
using System.Globalization;
using System.Text;
using JobFramework.Comp.Cli.Roster;
using JobFramework.Comp.People.Roster;
using JobFramework.Comp.Cli.Simulation;
using JobFramework.Comp.Governance;
using JobFramework.Comp.Releases;

namespace JobFramework.Comp.Cli.Commands;

/// <summary>
/// <c>comp rules simulate --from --to --roster</c>: what a release would do to a real population before it
/// takes effect. Streams the roster once through both releases and writes the impact report as Markdown,
/// HTML (with charts) and JSON; optionally every changed employee to a CSV.
/// </summary>
internal static class SimulateCommand
{
    public static Command Create(CliConsole console)
    {
        var from = new Option<string>("--from") { Description = "The release in effect (or any release) to compare from.", Required = true };
        var to = new Option<string>("--to") { Description = "The release to simulate (usually a draft).", Required = true };
        var roster = new Option<string>("--roster") { Description = "Roster file: CSV with a header, or JSON Lines (.jsonl).", Required = true };
        var report = new Option<string?>("--report") { Description = "Folder for impact.md, impact.html and impact.json (default out/impact-<from>-<to>)." };
        var changes = new Option<string?>("--changes") { Description = "Also write every employee whose position or eligibility changes to this CSV." };
        var workflow = new Option<string?>("--workflow") { Description = "Also run this named workflow (merit, step-increase…) over the roster under both releases: met, rejected, money outputs summed per currency." };
        var inputs = new Option<string[]>("--input") { Description = "With --workflow: a value for one of its declared inputs, as name=value (repeatable).", AllowMultipleArgumentsPerToken = false };
        var asOf = new Option<string?>("--as-of") { Description = "With --workflow: the date whose constants the workflow reads (default: the later release's effective date)." };
        var rules = CommonOptions.Rules();
        var command = new Command("simulate", "Simulate a release on a roster: band positions, eligibility, cost to band minimum per currency, distributions, most affected groups.")
        {
            from, to, roster, report, changes, workflow, inputs, asOf, rules,
        };
        command.SetAction(result =>
        {
            var catalog = ReleaseCatalog.Load(result.GetValue(rules)!);
            var before = Find(console, catalog, result.GetValue(from)!);
            var after = Find(console, catalog, result.GetValue(to)!);
            string rosterPath = result.GetValue(roster)!;
            if (before is null || after is null)
            {
                return ExitCodes.CannotRun;
            }

            if (!File.Exists(rosterPath))
            {
                console.Error.WriteLine($"Roster '{rosterPath}' does not exist.");
                return ExitCodes.CannotRun;
            }

            string folder = result.GetValue(report) ?? Path.Combine("out", $"impact-{before.Id}-{after.Id}");
            var impact = Run(console, before, after, rosterPath, result.GetValue(changes));
            if (impact is null)
            {
                return ExitCodes.CannotRun;
            }

            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "impact.md"), ImpactMarkdown.Render(impact), new UTF8Encoding(false));
            File.WriteAllText(Path.Combine(folder, "impact.html"), ImpactHtml.Render(impact), new UTF8Encoding(false));
            File.WriteAllText(Path.Combine(folder, "impact.json"), ImpactJson.Render(impact), new UTF8Encoding(false));
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"simulated {impact.Rows} employee(s): {impact.PositionChanges} change band position, {impact.BecameEligible} become eligible, {impact.StoppedBeingEligible} stop being eligible"));
            foreach (var cost in impact.Costs)
            {
                console.Out.WriteLine($"cost to band minimum in {cost.Currency}: {ImpactFormat.Amount(cost.Before)} -> {ImpactFormat.Amount(cost.After)} ({ImpactFormat.Signed(cost.Change)})");
            }

            console.Out.WriteLine($"report: {Path.Combine(folder, "impact.md")}, impact.html, impact.json");
            return result.GetValue(workflow) is { } name
                ? WorkflowSimulation.Run(console, before, after, name, result.GetValue(inputs) ?? [], result.GetValue(asOf), rosterPath, folder)
                : ExitCodes.Ok;
        });
        return command;
    }

    private static ImpactReport? Run(CliConsole console, CompiledRelease before, CompiledRelease after, string rosterPath, string? changesPath)
    {
        var simulation = new ImpactSimulation(before, after);
        bool headerOk = true;
        using var text = new StreamReader(rosterPath, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, new FileStreamOptions { BufferSize = 1 << 16 });
        using var changes = changesPath is null ? null : new StreamWriter(changesPath, false, new UTF8Encoding(false), 1 << 16);
        changes?.WriteLine(ChangesHeader);
        var rows = ReadAhead.Of(RosterReader.Read(rosterPath, text, before.Framework, problem =>
            {
                headerOk = false;
                console.Error.WriteLine($"{rosterPath}:1: {problem}");
            }));
        foreach (var row in rows)
        {
            if (row.Employee is null)
            {
                simulation.AddUnreadable();
                continue;
            }

            var impact = simulation.Add(row.Employee);
            if (changes is not null && impact.Changed)
            {
                changes.WriteLine(ChangeRow(impact, row.Employee));
            }
        }

        return headerOk ? simulation.Report() : null;
    }

    /// <summary>One value per column, so a spreadsheet can filter and sum: position, eligibility and compa-ratio before and after.</summary>
    internal const string ChangesHeader = "employeeId,family,track,level,region,salary,currency,positionBefore,positionAfter,eligibleBefore,eligibleAfter,compaRatioBefore,compaRatioAfter,toMinimumBefore,toMinimumAfter,problemBefore,problemAfter";

    private static string ChangeRow(EmployeeImpact impact, Evaluation.Employee employee)
    {
        static string Position(ReleaseOutcome o) => o.Valid ? ImpactFormat.Positions[(int)o.Position] : "";
        static string Eligible(ReleaseOutcome o) => o.Valid ? (o.Eligible ? "true" : "false") : "";
        static string Compa(ReleaseOutcome o) => o.CompaRatio?.ToString("0.0000", CultureInfo.InvariantCulture) ?? "";
        var paidIn = (impact.After.ToMinimum ?? impact.Before.ToMinimum)?.Currency;
        string ToMinimum(ReleaseOutcome o) => !o.Valid ? "" : o.ToMinimum is { } m ? m.FormatAmount()
            : paidIn is { } c ? new Monetary.Money(0m, c).FormatAmount() : "0";
        string currency = paidIn?.Code ?? employee.Currency ?? "";
        return string.Join(",", new[]
        {
            impact.Id, impact.Family, impact.Track, impact.Level.ToString(CultureInfo.InvariantCulture), impact.Region,
            employee.BaseSalary.ToString(CultureInfo.InvariantCulture), currency,
            Position(impact.Before), Position(impact.After), Eligible(impact.Before), Eligible(impact.After),
            Compa(impact.Before), Compa(impact.After), ToMinimum(impact.Before), ToMinimum(impact.After),
            impact.Before.Problem ?? "", impact.After.Problem ?? "",
        }.Select(Csv));
    }

    private static string Csv(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static CompiledRelease? Find(CliConsole console, ReleaseCatalog catalog, string id)
    {
        var release = catalog.Find(id);
        if (release is null)
        {
            console.Error.WriteLine($"No release '{id}' loaded without errors; run 'comp rules validate'.");
        }

        return release;
    }
}
