using System.CommandLine;
using JobFramework.Comp.Audit;
using JobFramework.Comp.Cli.Audit;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Mobility;
using JobFramework.Comp.Mobility.Rendering;

namespace JobFramework.Comp.Cli.Commands;

/// <summary><c>comp mobility --employee e.json</c>: an employee's ranked move options, readable or --json, optionally recorded.</summary>
internal static class MobilityCommand
{
    public static Command Create(CliConsole console)
    {
        var employee = new Option<string>("--employee") { Description = "JSON file with one employee snapshot.", Required = true };
        var json = new Option<bool>("--json") { Description = "Print the options as JSON (the shape the API answers with and the audit log records)." };
        var rules = CommonOptions.Rules();
        var asOf = CommonOptions.AsOf();
        var releaseId = CommonOptions.Release();
        var audit = AuditStoreOptions.Audit();
        var table = AuditStoreOptions.Table();
        var command = new Command("mobility", "Rank an employee's lateral, vertical and track-switch moves: readiness, skill gaps with learning steps, required trainings, pay effect.")
        {
            employee, json, rules, asOf, releaseId, audit, table,
        };
        command.SetAction(result =>
        {
            var release = CommonOptions.SelectRelease(console, result.GetValue(rules)!, result.GetValue(asOf), result.GetValue(releaseId), TimeProvider.System, out var asOfDate);
            if (release is null)
            {
                return ExitCodes.CannotRun;
            }

            bool record = AuditStoreOptions.Requested(result, audit);
            if (!release.Manifest.IsApproved && record)
            {
                console.Error.WriteLine($"Release {release.Id} is a draft: drafts never make decisions, so nothing can be recorded. Preview it without --audit.");
                return ExitCodes.CannotRun;
            }

            string file = result.GetValue(employee)!;
            if (!File.Exists(file))
            {
                console.Error.WriteLine($"Employee file '{file}' does not exist.");
                return ExitCodes.CannotRun;
            }

            var read = EmployeeReader.Read(File.ReadAllBytes(file), release.Framework.Scale.Min);
            var advice = read.Succeeded ? MobilityAdvisor.Advise(new Evaluator(release), read.Value!) : EvaluationResult<MobilityAdvice>.Fail(read.Errors);
            if (!advice.Succeeded)
            {
                foreach (var error in advice.Errors)
                {
                    console.Error.WriteLine($"{file}: {error}");
                }

                return ExitCodes.Problems;
            }

            string? decisionId = null;
            if (record)
            {
                try
                {
                    decisionId = Record(result.GetValue(audit), result.GetValue(table)!, release, asOfDate, read.Value!, advice.Value!);
                }
                catch (AuditStoreException e)
                {
                    console.Error.WriteLine($"audit log failed, no decision given: {e.Message}");
                    return ExitCodes.CannotRun;
                }
            }

            if (result.GetValue(json))
            {
                console.Out.WriteLine(MobilityJson.Advice(advice.Value!, indented: true));
            }
            else
            {
                MobilityPrinter.Print(console.Out, release, advice.Value!);
            }

            if (decisionId is not null)
            {
                console.Error.WriteLine($"decision {decisionId} recorded");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Record(string? store, string table, Releases.CompiledRelease release, DateOnly asOf, Employee employee, MobilityAdvice advice)
    {
        var recorder = new DecisionRecorder(AuditStoreOptions.Open(store, table, mustExist: false), release, asOf, "cli:" + Environment.UserName);
        try
        {
            return recorder.RecordAsync([recorder.Mobility(employee, advice)]).GetAwaiter().GetResult()[0].Record.DecisionId;
        }
        finally
        {
            recorder.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
