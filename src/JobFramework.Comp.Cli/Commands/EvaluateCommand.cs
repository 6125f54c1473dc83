using System.CommandLine;
using System.Text.Json;
using JobFramework.Comp.Cli.Audit;
using JobFramework.Comp.Evaluation;

namespace JobFramework.Comp.Cli.Commands;

/// <summary>
/// <c>comp evaluate &lt;workflow&gt; --employee e.json</c> or <c>--roster r.csv --out results.csv</c>: any named workflow of
/// the release (merit, step increase, level-up…) with its declared inputs (<c>--input name=value</c>), explained for
/// one employee or streamed over a roster, recorded with <c>--audit</c>.
/// </summary>
internal static class EvaluateCommand
{
    public static Command Create(CliConsole console)
    {
        var workflow = new Argument<string>("workflow") { Description = "The workflow to run, by name (its WorkflowName)." };
        var employee = new Option<string?>("--employee") { Description = "JSON file with one employee snapshot." };
        var roster = new Option<string?>("--roster") { Description = "Roster file (CSV with a header, or JSON Lines) to evaluate row by row." };
        var output = new Option<string?>("--out") { Description = "With --roster: the results CSV to write." };
        var errors = new Option<string?>("--errors") { Description = "With --roster: rejected rows CSV (default: <out>.errors.csv)." };
        var inputs = new Option<string[]>("--input") { Description = "A value for one of the workflow's declared inputs, as name=value (repeatable).", AllowMultipleArgumentsPerToken = false };
        var parameters = new Option<string?>("--parameters") { Description = "For a RulesEngine workflow over its own RuleParameters: a JSON file with one property per parameter." };
        var subject = new Option<string?>("--subject") { Description = "With --parameters: the id of the person or case the decision is about (required with --audit)." };
        var json = new Option<bool>("--json") { Description = "With --employee or --parameters: print the decision as JSON for scripts." };
        var rules = CommonOptions.Rules();
        var asOf = CommonOptions.AsOf();
        var releaseId = CommonOptions.Release();
        var audit = AuditStoreOptions.Audit();
        var table = AuditStoreOptions.Table();
        var command = new Command("evaluate", "Run a named workflow of the release for one employee or a whole roster: every rule explained, every output computed.")
        {
            workflow, employee, roster, parameters, subject, output, errors, inputs, json, rules, asOf, releaseId, audit, table,
        };
        command.SetAction(result =>
        {
            bool one = result.GetValue(employee) is not null, many = result.GetValue(roster) is not null, own = result.GetValue(parameters) is not null;
            if ((one ? 1 : 0) + (many ? 1 : 0) + (own ? 1 : 0) != 1 || (many && result.GetValue(output) is null))
            {
                console.Error.WriteLine("Give either --employee e.json, or --roster r.csv with --out results.csv, or --parameters p.json for a RulesEngine workflow over its own inputs.");
                return ExitCodes.CannotRun;
            }

            var release = CommonOptions.SelectRelease(console, result.GetValue(rules)!, result.GetValue(asOf), result.GetValue(releaseId), TimeProvider.System, out var asOfDate);
            if (release is null)
            {
                return ExitCodes.CannotRun;
            }

            string name = result.GetValue(workflow)!;
            if (release.FindWorkflow(name) is not { } definition)
            {
                console.Error.WriteLine(release.UnknownWorkflow(name));
                return ExitCodes.CannotRun;
            }

            if (definition.TakesParameters != own)
            {
                console.Error.WriteLine(own
                    ? $"Workflow '{name}' is evaluated for an employee: give --employee or --roster."
                    : $"Workflow '{name}' takes its own inputs ({string.Join(", ", definition.Parameters.Select(p => p.Name))}): give them in a JSON file with --parameters.");
                return ExitCodes.CannotRun;
            }

            if (own)
            {
                return ParameterEvaluation.Run(console, result, release, asOfDate, definition, result.GetValue(parameters)!, result.GetValue(subject), result.GetValue(json), audit, table);
            }

            var arguments = WorkflowArguments.FromText(definition, result.GetValue(inputs) ?? []);
            if (!arguments.Succeeded)
            {
                foreach (var error in arguments.Errors)
                {
                    console.Error.WriteLine($"--input: {error}");
                }

                return ExitCodes.Problems;
            }

            if (many)
            {
                return WorkflowRosterRun.Start(console, result, release, asOfDate, definition, arguments.Value!, result.GetValue(roster)!, result.GetValue(output)!, result.GetValue(errors), audit, table);
            }

            var input = EmployeeDecisionSteps.ForRelease(console, result, release, asOfDate, audit, result.GetValue(employee)!, out int exitCode);
            if (input is null)
            {
                return exitCode;
            }

            var decision = input.Employee.Succeeded
                ? new Evaluator(input.Release) { AsOf = input.AsOf }.Evaluate(name, input.Employee.Value!, arguments.Value)
                : EvaluationResult<WorkflowDecision>.Fail(input.Employee.Errors);
            if (!decision.Succeeded)
            {
                return EmployeeDecisionSteps.Refuse(console, input.File, decision.Errors);
            }

            var person = input.Employee.Value!;
            if (!EmployeeDecisionSteps.TryRecord(console, result, audit, table, input, r => r.Workflow(person, decision.Value!), out string? decisionId))
            {
                return ExitCodes.CannotRun;
            }

            if (result.GetValue(json))
            {
                console.Out.WriteLine(JsonSerializer.Serialize(DecisionJson.From(input.Release, person, decision.Value!, decisionId), DecisionJson.Options));
            }
            else
            {
                WorkflowPrinter.Print(console, input.Release, person, decision.Value!);
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
