using System.CommandLine;
using JobFramework.Comp.Audit.AzureTables;
using JobFramework.Comp.Cli.Audit;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.People.Transparency;
using JobFramework.Comp.Releases;
using JobFramework.Comp.Transparency;

namespace JobFramework.Comp.Cli.Commands;

/// <summary>
/// <c>comp transparency</c>: the EU Pay Transparency Directive's outputs from the release that decides pay and
/// eligibility — progression criteria (Art. 6), a worker's pay information (Art. 7, recorded in the audit log) and the
/// pay-gap report with its 5% flags (Art. 9, 10). Posting ranges (Art. 5) are <c>comp roles posting</c>.
/// </summary>
internal static class TransparencyCommands
{
    private static readonly string[] DocumentFormats = ["markdown", "html"];
    private static readonly string[] ReportFormats = ["html", "json", "csv"];

    public static Command Create(CliConsole console) => new("transparency", "Pay-transparency outputs from the rules: progression criteria, a worker's pay information, the pay-gap report.")
    {
        Criteria(console),
        Worker(console),
        GapReport(console),
    };

    private static Command Criteria(CliConsole console)
    {
        var family = new Argument<string>("family") { Description = "The job family (e.g. engineering)." };
        var track = new Argument<string>("track") { Description = "The track (e.g. ic)." };
        var level = new Option<int?>("--level") { Description = "Only the step up into this level (default: every step of the track)." };
        var format = new Option<string>("--format") { Description = "markdown or html (a standalone page).", DefaultValueFactory = _ => "markdown" };
        format.AcceptOnlyFromAmong(DocumentFormats);
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var rules = CommonOptions.Rules();
        var asOf = CommonOptions.AsOf();
        var releaseId = CommonOptions.Release();
        var command = new Command("criteria", "The progression criteria of a track in a family: every level-up criterion in words, traced to its rule, with the level's expectations, skills and bands.")
        {
            family, track, level, format, output, rules, asOf, releaseId,
        };
        command.SetAction(result =>
        {
            var release = CommonOptions.SelectRelease(console, result.GetValue(rules)!, result.GetValue(asOf), result.GetValue(releaseId), TimeProvider.System, out var date);
            if (release is null)
            {
                return ExitCodes.CannotRun;
            }

            var document = ProgressionCriteria.For(new Evaluator(release) { AsOf = date }, result.GetValue(family)!, result.GetValue(track)!, result.GetValue(level));
            if (!document.Succeeded)
            {
                return Refuse(console, document.Errors);
            }

            string text = result.GetValue(format) == "html" ? ProgressionWriter.ToHtml(document.Value!) : ProgressionWriter.ToMarkdown(document.Value!);
            return Write(console, result.GetValue(output), text);
        });
        return command;
    }

    private static Command Worker(CliConsole console)
    {
        var id = new Argument<string>("id") { Description = "The employee's id in the snapshot." };
        var json = new Option<bool>("--json") { Description = "Print the answer as JSON." };
        var (store, snapshot, rules) = SnapshotOptions();
        var audit = AuditStoreOptions.Audit();
        audit.Description = "Record the answer in the audit log (Art. 7 answers are personal data given out: record each one): a SQLite file or an Azure Storage connection string.";
        var table = AuditStoreOptions.Table();
        var command = new Command("worker", "A worker's pay information (Art. 7): their pay and the average pay of women and of men in their category of equal value, from a roster snapshot.")
        {
            id, json, store, snapshot, rules, audit, table,
        };
        command.SetAction(result =>
        {
            var pay = Load(console, result, store, snapshot, rules);
            if (pay is null)
            {
                return ExitCodes.CannotRun;
            }

            var answer = pay.Worker(result.GetValue(id)!);
            if (!answer.Succeeded)
            {
                return Refuse(console, answer.Errors);
            }

            if (!EmployeeDecisionSteps.TryRecord(console, result, audit, table, pay.Release, pay.Snapshot.TakenOn, r => r.Disclosure(answer.Value!), out string? decisionId))
            {
                return ExitCodes.CannotRun;
            }

            console.Out.Write(result.GetValue(json) ? answer.Value!.ToJson() : answer.Value!.ToText(pay.Release.Transparency.MinimumGroupSize));
            if (decisionId is not null && !result.GetValue(json))
            {
                console.Out.WriteLine($"disclosure {decisionId} recorded");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command GapReport(CliConsole console)
    {
        var format = new Option<string>("--format") { Description = "html (with charts), json or csv (one figure per row).", DefaultValueFactory = _ => "html" };
        format.AcceptOnlyFromAmong(ReportFormats);
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var (store, snapshot, rules) = SnapshotOptions();
        var command = new Command("gap-report", "The pay-gap report (Art. 9) of a roster snapshot: mean and median gaps, variable pay, quartiles, every category of equal value with its 5% flag (Art. 10) and what objective factors explain.")
        {
            format, output, store, snapshot, rules,
        };
        command.SetAction(result =>
        {
            var pay = Load(console, result, store, snapshot, rules);
            if (pay is null)
            {
                return ExitCodes.CannotRun;
            }

            var report = pay.GapReport();
            string text = result.GetValue(format) switch
            {
                "json" => PayGapWriter.ToJson(report),
                "csv" => PayGapWriter.ToCsv(report),
                _ => PayGapWriter.ToHtml(report),
            };
            int written = Write(console, result.GetValue(output), text);
            foreach (var (unit, category) in report.Flags)
            {
                console.Error.WriteLine($"flag: {unit.Region.Id} {category.Category.Id}: mean gap {category.Total.Mean}% in total pay reaches {report.ThresholdPct}% — a joint pay assessment is due unless objective factors justify it (Art. 10)");
            }

            return written;
        });
        return command;
    }

    private static (Option<string> Store, Option<string?> Snapshot, Option<string> Rules) SnapshotOptions() =>
        (PeopleCommands.Store(), new Option<string?>("--snapshot") { Description = "The snapshot id (default: the latest)." }, CommonOptions.Rules());

    private static SnapshotPay? Load(CliConsole console, ParseResult result, Option<string> store, Option<string?> snapshot, Option<string> rules)
    {
        if (!Directory.Exists(result.GetValue(rules)!))
        {
            console.Error.WriteLine($"Rules folder '{result.GetValue(rules)}' does not exist.");
            return null;
        }

        var catalog = ReleaseCatalog.Load(result.GetValue(rules)!);
        using var people = PeopleStores.Open(result.GetValue(store)!);
        var (pay, problem) = SnapshotPay.LoadAsync(people, date => (catalog.InEffectOn(date, out var reason), reason), result.GetValue(snapshot)).GetAwaiter().GetResult();
        if (pay is null)
        {
            console.Error.WriteLine(problem);
        }

        return pay;
    }

    private static int Refuse(CliConsole console, IEnumerable<InputError> errors)
    {
        foreach (var error in errors)
        {
            console.Error.WriteLine($"{error.Field}: {error.Message}");
        }

        return ExitCodes.Problems;
    }

    private static int Write(CliConsole console, string? path, string text)
    {
        if (path is null)
        {
            console.Out.Write(text);
        }
        else
        {
            File.WriteAllText(path, text);
            console.Error.WriteLine($"wrote {path}");
        }

        return ExitCodes.Ok;
    }
}
