using System.CommandLine;
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
            var input = EmployeeDecisionSteps.Load(console, result, rules, asOf, releaseId, audit, employee, out int exitCode);
            if (input is null)
            {
                return exitCode;
            }

            var advice = input.Employee.Succeeded
                ? MobilityAdvisor.Advise(new Evaluator(input.Release) { AsOf = input.AsOf }, input.Employee.Value!)
                : EvaluationResult<MobilityAdvice>.Fail(input.Employee.Errors);
            if (!advice.Succeeded)
            {
                return EmployeeDecisionSteps.Refuse(console, input.File, advice.Errors);
            }

            var person = input.Employee.Value!;
            if (!EmployeeDecisionSteps.TryRecord(console, result, audit, table, input, r => r.Mobility(person, advice.Value!), out string? decisionId))
            {
                return ExitCodes.CannotRun;
            }

            if (result.GetValue(json))
            {
                console.Out.WriteLine(MobilityJson.Advice(advice.Value!, indented: true));
            }
            else
            {
                MobilityPrinter.Print(console, input.Release, advice.Value!);
            }

            if (decisionId is not null)
            {
                console.Error.WriteLine($"decision {decisionId} recorded");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
