using System.CommandLine;
using System.Text.Json;
using JobFramework.Comp.Cli.Audit;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Releases;

namespace JobFramework.Comp.Cli.Commands;

/// <summary>
/// <c>comp evaluate &lt;workflow&gt; --parameters p.json [--subject id]</c>: a RulesEngine workflow over its own named
/// inputs, the file holding one property per parameter. Recorded under the subject with <c>--audit</c>.
/// </summary>
internal static class ParameterEvaluation
{
    public static int Run(
        CliConsole console, ParseResult result, CompiledRelease release, DateOnly asOf, WorkflowDefinition workflow, string file, string? subject,
        bool json, Option<string?> audit, Option<string> table)
    {
        if (EmployeeDecisionSteps.RefusesDraftRecording(console, result, release, audit))
        {
            return ExitCodes.CannotRun;
        }

        if (AuditStoreOptions.Requested(result, audit) && (subject is null || EmployeeFields.IdentifierProblem("subject", subject) is not null))
        {
            console.Error.WriteLine(subject is null
                ? "--subject: a recorded decision is filed under a subject; give the id of the person or case it is about."
                : "--subject: " + EmployeeFields.IdentifierProblem("subject", subject));
            return ExitCodes.CannotRun;
        }

        if (!File.Exists(file))
        {
            console.Error.WriteLine($"Parameters file '{file}' does not exist.");
            return ExitCodes.CannotRun;
        }

        JsonElement parameters;
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
            parameters = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            console.Error.WriteLine($"{file}: not valid JSON: {e.Message}");
            return ExitCodes.Problems;
        }

        var decision = new Evaluator(release) { AsOf = asOf }.Evaluate(workflow.Name, parameters);
        if (!decision.Succeeded)
        {
            return EmployeeDecisionSteps.Refuse(console, file, decision.Errors);
        }

        if (!EmployeeDecisionSteps.TryRecord(console, result, audit, table, release, asOf, r => r.Workflow(subject!, decision.Value!), out string? decisionId))
        {
            return ExitCodes.CannotRun;
        }

        if (json)
        {
            console.Out.WriteLine(JsonSerializer.Serialize(DecisionJson.From(release, subject, decision.Value!, decisionId), DecisionJson.Options));
            return ExitCodes.Ok;
        }

        Print(console, release, subject, decision.Value!);
        if (decisionId is not null)
        {
            console.Out.WriteLine($"decision {decisionId} recorded");
        }

        return ExitCodes.Ok;
    }

    private static void Print(CliConsole console, CompiledRelease release, string? subject, WorkflowDecision decision)
    {
        var output = console.Out;
        if (subject is not null)
        {
            output.WriteLine($"Subject {subject}");
        }

        output.WriteLine($"Workflow: {decision.Workflow}   release {release.Id} ({release.ContentHash[..19]}…)   run by {(decision.Engine == WorkflowEngines.Typed ? "the typed compiler" : decision.Engine)}");
        output.WriteLine("Parameters: " + decision.Parameters);
        output.WriteLine(decision.Passed ? console.Good("EVERY RULE MET") : console.Bad("NOT EVERY RULE MET"));
        foreach (var criterion in decision.Criteria)
        {
            EligibilityPrinter.Print(console, criterion, "  ");
        }
    }
}
