using System.CommandLine;
using System.Globalization;
using JobFramework.Comp.Audit;
using JobFramework.Comp.Cli.Audit;
using JobFramework.Comp.Releases;

namespace JobFramework.Comp.Cli.Commands;

/// <summary><c>comp audit list|show|verify|replay</c>: read the decision log, check it was not altered, re-run a decision.</summary>
internal static class AuditCommands
{
    public static Command Create(CliConsole console)
    {
        var audit = new Command("audit", "Query the decision log, verify its hash chains, replay a recorded decision.");
        audit.Subcommands.Add(List(console));
        audit.Subcommands.Add(Show(console));
        audit.Subcommands.Add(Verify(console));
        audit.Subcommands.Add(Replay(console));
        return audit;
    }

    private static Command List(CliConsole console)
    {
        var employee = new Option<string?>("--employee") { Description = "An employee's decisions, newest first." };
        var release = new Option<string?>("--release") { Description = "Decisions made under a release id." };
        var from = new Option<string?>("--from") { Description = "Decisions recorded at or after this UTC time (YYYY-MM-DD or ISO 8601)." };
        var to = new Option<string?>("--to") { Description = "Decisions recorded before this UTC time." };
        var pageSize = new Option<int>("--page-size") { Description = "Decisions per page (1–1000).", DefaultValueFactory = _ => 20 };
        var continuation = new Option<string?>("--continue") { Description = "The token a previous page printed, for the next page." };
        var json = new Option<bool>("--json") { Description = "Print the page as JSON." };
        var store = AuditStoreOptions.Store();
        var table = AuditStoreOptions.Table();
        var command = new Command("list", "List recorded decisions by employee, by release or by time range.") { employee, release, from, to, pageSize, continuation, json, store, table };
        command.SetAction((result, cancel) => WithLog(console, result.GetValue(store), result.GetValue(table)!, async log =>
        {
            int size = result.GetValue(pageSize);
            string? token = result.GetValue(continuation);
            DecisionPage page;
            if (result.GetValue(employee) is { } employeeId)
            {
                page = await log.QueryByEmployeeAsync(employeeId, size, token, cancel).ConfigureAwait(false);
            }
            else if (result.GetValue(release) is { } releaseId)
            {
                page = await log.QueryByReleaseAsync(releaseId, size, token, cancel).ConfigureAwait(false);
            }
            else if (result.GetValue(from) is not null || result.GetValue(to) is not null)
            {
                if (!TryTime(result.GetValue(from), DateTimeOffset.MinValue, out var start) || !TryTime(result.GetValue(to), DateTimeOffset.MaxValue, out var end))
                {
                    console.Error.WriteLine("--from and --to take a UTC date (YYYY-MM-DD) or an ISO 8601 time.");
                    return ExitCodes.CannotRun;
                }

                page = await log.QueryByTimeAsync(start, end, size, token, cancel).ConfigureAwait(false);
            }
            else
            {
                console.Error.WriteLine("Say which decisions: --employee <id>, --release <id>, or --from/--to.");
                return ExitCodes.CannotRun;
            }

            if (result.GetValue(json))
            {
                console.Out.WriteLine(DecisionPrinter.Json(page.Records, page.Continuation));
                return ExitCodes.Ok;
            }

            DecisionPrinter.Table(console.Out, page.Records);
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{page.Records.Count} decision(s)") + (page.Continuation is null ? "" : $"; next page: --continue {page.Continuation}"));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Show(CliConsole console)
    {
        var id = new Argument<string>("decisionId") { Description = "The decision id (as printed when it was recorded)." };
        var json = new Option<bool>("--json") { Description = "Print the record as JSON." };
        var store = AuditStoreOptions.Store();
        var table = AuditStoreOptions.Table();
        var command = new Command("show", "Show one recorded decision: input, output, release, chain links.") { id, json, store, table };
        command.SetAction((result, cancel) => WithLog(console, result.GetValue(store), result.GetValue(table)!, async log =>
        {
            var record = await log.GetAsync(result.GetValue(id)!, cancel).ConfigureAwait(false);
            if (record is null)
            {
                console.Error.WriteLine($"No decision '{result.GetValue(id)}' in {log.Describe}.");
                return ExitCodes.Problems;
            }

            if (result.GetValue(json))
            {
                console.Out.WriteLine(DecisionPrinter.Json(record));
            }
            else
            {
                DecisionPrinter.Details(console.Out, record);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Verify(CliConsole console)
    {
        var store = AuditStoreOptions.Store();
        var table = AuditStoreOptions.Table();
        var command = new Command("verify", "Walk every hash chain; report each altered, missing or reordered record with its location. Exit 1 if any.") { store, table };
        command.SetAction((result, cancel) => WithLog(console, result.GetValue(store), result.GetValue(table)!, async log =>
        {
            var report = await ChainVerifier.VerifyAsync(log.Chains, null, cancel).ConfigureAwait(false);
            foreach (var problem in report.Problems)
            {
                console.Out.WriteLine($"{problem.Location}: {problem.DecisionId}: {problem.Message}");
            }

            string verdict = report.Clean ? console.Good("clean") : console.Bad(string.Create(CultureInfo.InvariantCulture, $"{report.Problems.Count} problem(s)"));
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"verified {report.RecordsChecked} record(s) of {log.Describe}, held in {report.ChainsWithRecords} of its {DecisionChains.Count} hash chains (employees are spread over them by id; the rest are empty): {verdict}"));
            console.Out.WriteLine($"chain heads digest: {report.HeadsDigest}");
            return report.Clean ? ExitCodes.Ok : ExitCodes.Problems;
        }));
        return command;
    }

    private static Command Replay(CliConsole console)
    {
        var id = new Argument<string>("decisionId") { Description = "The decision to re-evaluate." };
        var rules = CommonOptions.Rules();
        var store = AuditStoreOptions.Store();
        var table = AuditStoreOptions.Table();
        var command = new Command("replay", "Re-evaluate a recorded decision with its recorded input and release; say identical or show what differs.") { id, rules, store, table };
        command.SetAction((result, cancel) => WithLog(console, result.GetValue(store), result.GetValue(table)!, async log =>
        {
            var record = await log.GetAsync(result.GetValue(id)!, cancel).ConfigureAwait(false);
            if (record is null)
            {
                console.Error.WriteLine($"No decision '{result.GetValue(id)}' in {log.Describe}.");
                return ExitCodes.CannotRun;
            }

            if (!record.HashIsValid)
            {
                console.Error.WriteLine($"Decision {record.DecisionId} does not match its hash: it was altered after it was recorded (run 'comp audit verify'). Replaying it anyway.");
            }

            var outcome = DecisionReplayer.Replay(record, ReleaseCatalog.Load(result.GetValue(rules)!));
            if (outcome.Error is not null)
            {
                console.Error.WriteLine($"Cannot replay {record.DecisionId}: {outcome.Error}");
                return ExitCodes.CannotRun;
            }

            if (outcome.Identical)
            {
                console.Out.WriteLine($"decision {record.DecisionId}: identical — release {record.ReleaseId} ({record.ReleaseHash}) gives the recorded {DecisionKinds.Name(record.Kind)} byte for byte");
                return ExitCodes.Ok;
            }

            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"decision {record.DecisionId}: different — {outcome.Differences.Count} value(s) differ from the record"));
            foreach (var difference in outcome.Differences)
            {
                console.Out.WriteLine($"  {difference.Pointer}: recorded {difference.Recorded ?? "(absent)"}, replayed {difference.Replayed ?? "(absent)"}");
            }

            return ExitCodes.Problems;
        }));
        return command;
    }

    /// <summary>Opens the log for reading, runs <paramref name="work"/>, and turns store failures into a clear message and exit 2.</summary>
    private static async Task<int> WithLog(CliConsole console, string? store, string table, Func<IDecisionLog, Task<int>> work)
    {
        try
        {
            var log = AuditStoreOptions.Open(store, table, mustExist: true);
            await using (log.ConfigureAwait(false))
            {
                return await work(log).ConfigureAwait(false);
            }
        }
        catch (AuditStoreException e)
        {
            console.Error.WriteLine($"audit log: {e.Message}");
            return ExitCodes.CannotRun;
        }
        catch (ArgumentException e)
        {
            console.Error.WriteLine(e.Message);
            return ExitCodes.CannotRun;
        }
    }

    private static bool TryTime(string? text, DateTimeOffset absent, out DateTimeOffset time)
    {
        if (text is null)
        {
            time = absent;
            return true;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time);
    }
}
