using System.CommandLine;
using System.Text.Json;
using JobFramework.Comp.Audit;
using JobFramework.Comp.Cli.Audit;
using JobFramework.Comp.Evaluation;

namespace JobFramework.Comp.Cli.Commands;

/// <summary><c>comp eligibility --employee e.json</c>: a readable (or --json) level-up explanation.</summary>
internal static class EligibilityCommand
{
    public static Command Create(CliConsole console)
    {
        var employee = new Option<string>("--employee") { Description = "JSON file with one employee snapshot.", Required = true };
        var targetLevel = new Option<int?>("--target-level") { Description = "Check a specific level on the employee's track instead of the next one." };
        var targetRole = new Option<string?>("--target-role") { Description = "Check eligibility for a named role (by id)." };
        var json = new Option<bool>("--json") { Description = "Print the decision as JSON for scripts." };
        var rules = CommonOptions.Rules();
        var asOf = CommonOptions.AsOf();
        var releaseId = CommonOptions.Release();
        var audit = AuditStoreOptions.Audit();
        var table = AuditStoreOptions.Table();
        var command = new Command("eligibility", "Explain whether an employee is eligible to move up a level (or into a role): every criterion, every skill gap.")
        {
            employee, targetLevel, targetRole, json, rules, asOf, releaseId, audit, table,
        };
        command.SetAction(result =>
        {
            var release = CommonOptions.SelectRelease(console, result.GetValue(rules)!, result.GetValue(asOf), result.GetValue(releaseId), TimeProvider.System, out var asOfDate);
            if (release is null)
            {
                return ExitCodes.CannotRun;
            }

            if (!release.Manifest.IsApproved && AuditStoreOptions.Requested(result, audit))
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
            var target = new EligibilityTarget(result.GetValue(targetLevel), result.GetValue(targetRole));
            var decision = read.Succeeded
                ? new Evaluator(release).CheckEligibility(read.Value!, target)
                : EvaluationResult<EligibilityDecision>.Fail(read.Errors);
            if (!decision.Succeeded)
            {
                foreach (var error in decision.Errors)
                {
                    console.Error.WriteLine($"{file}: {error}");
                }

                return ExitCodes.Problems;
            }

            string? decisionId = null;
            if (AuditStoreOptions.Requested(result, audit))
            {
                try
                {
                    decisionId = Record(result.GetValue(audit), result.GetValue(table)!, release, asOfDate, read.Value!, target, decision.Value!);
                }
                catch (AuditStoreException e)
                {
                    // No decision without its record: say why and print nothing else.
                    console.Error.WriteLine($"audit log failed, no decision given: {e.Message}");
                    return ExitCodes.CannotRun;
                }
            }

            if (result.GetValue(json))
            {
                console.Out.WriteLine(JsonSerializer.Serialize(DecisionJson.From(release, read.Value!, decision.Value!, decisionId), DecisionJson.Options));
            }
            else
            {
                EligibilityPrinter.Print(console.Out, release, read.Value!, decision.Value!);
                if (decisionId is not null)
                {
                    console.Out.WriteLine($"decision {decisionId} recorded");
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Record(string? store, string table, Releases.CompiledRelease release, DateOnly asOf, Employee employee, EligibilityTarget target, EligibilityDecision decision)
    {
        var recorder = new DecisionRecorder(AuditStoreOptions.Open(store, table, mustExist: false), release, asOf, "cli:" + Environment.UserName);
        try
        {
            var results = recorder.RecordAsync([recorder.Eligibility(employee, target, decision)]).GetAwaiter().GetResult();
            return results[0].Record.DecisionId;
        }
        finally
        {
            recorder.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
