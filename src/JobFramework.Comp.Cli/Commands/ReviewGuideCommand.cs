using System.CommandLine;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Transparency;

namespace JobFramework.Comp.Cli.Commands;

/// <summary>
/// <c>comp review-guide --employee e.json</c>: what the employee's level and role expect, competency by competency,
/// the rating scale, the level-up criteria met and to change, development goals with learning steps, and
/// conversation prompts. An explanation for a conversation, not a decision: nothing is recorded.
/// </summary>
internal static class ReviewGuideCommand
{
    public static Command Create(CliConsole console)
    {
        var employee = new Option<string>("--employee") { Description = "JSON file with one employee snapshot.", Required = true };
        var json = new Option<bool>("--json") { Description = "Print the guide as JSON (the shape GET /api/people/{id}/review-guide returns)." };
        var rules = CommonOptions.Rules();
        var asOf = CommonOptions.AsOf();
        var releaseId = CommonOptions.Release();
        var command = new Command("review-guide", "A review guide for an employee: expectations per competency with behavioural indicators, the rating scale, level-up criteria met and to change, goals and conversation prompts.")
        {
            employee, json, rules, asOf, releaseId,
        };
        command.SetAction(result =>
        {
            var release = CommonOptions.SelectRelease(console, result.GetValue(rules)!, result.GetValue(asOf), result.GetValue(releaseId), TimeProvider.System, out var date);
            if (release is null)
            {
                return ExitCodes.CannotRun;
            }

            string file = result.GetValue(employee)!;
            if (!File.Exists(file))
            {
                console.Error.WriteLine($"Employee file '{file}' does not exist.");
                return ExitCodes.CannotRun;
            }

            var read = EmployeeReader.Read(File.ReadAllBytes(file), release.Framework);
            var guide = read.Succeeded ? ReviewGuide.For(new Evaluator(release) { AsOf = date }, read.Value!) : EvaluationResult<ReviewGuide>.Fail(read.Errors);
            if (!guide.Succeeded)
            {
                return EmployeeDecisionSteps.Refuse(console, file, guide.Errors);
            }

            console.Out.Write(result.GetValue(json) ? ReviewGuideWriter.ToJson(guide.Value!) : ReviewGuideWriter.ToText(guide.Value!));
            return ExitCodes.Ok;
        });
        return command;
    }
}
