using System.CommandLine;
using System.Text.Json;
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
            var input = EmployeeDecisionSteps.Load(console, result, rules, asOf, releaseId, audit, employee, out int exitCode);
            if (input is null)
            {
                return exitCode;
            }

            var target = new EligibilityTarget(result.GetValue(targetLevel), result.GetValue(targetRole));
            var decision = input.Employee.Succeeded
                ? new Evaluator(input.Release) { AsOf = input.AsOf }.CheckEligibility(input.Employee.Value!, target)
                : EvaluationResult<EligibilityDecision>.Fail(input.Employee.Errors);
            if (!decision.Succeeded)
            {
                return EmployeeDecisionSteps.Refuse(console, input.File, decision.Errors);
            }

            var person = input.Employee.Value!;
            if (!EmployeeDecisionSteps.TryRecord(console, result, audit, table, input, r => r.Eligibility(person, target, decision.Value!), out string? decisionId))
            {
                return ExitCodes.CannotRun;
            }

            if (result.GetValue(json))
            {
                console.Out.WriteLine(JsonSerializer.Serialize(DecisionJson.From(input.Release, person, decision.Value!, decisionId), DecisionJson.Options));
            }
            else
            {
                EligibilityPrinter.Print(console, input.Release, person, decision.Value!);
                if (decisionId is not null)
                {
                    console.Out.WriteLine($"decision {decisionId} recorded");
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
