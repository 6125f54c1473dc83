using System.Text.Json;
using JobFramework.Comp.Api.Hosting;
using JobFramework.Comp.Api.Http;
using JobFramework.Comp.Audit;
using JobFramework.Comp.Evaluation;

namespace JobFramework.Comp.Api.Endpoints;

/// <summary>
/// <c>POST /api/workflows/{name}/evaluations</c> with <c>{"subject": "...", "parameters": {...}, "asOf": "..."}</c>: a
/// RulesEngine workflow over its own RuleParameters. The subject (whom or what the decision is about) is what the
/// audit files it under; the parameters are checked against the workflow's schemas, every problem naming its field.
/// </summary>
internal static class ParameterEvaluation
{
    public static async Task<IResult> EvaluateAsync(
        string name, JsonElement body, HttpContext context, ReleaseSet releases, IDecisionLog log, TimeProvider time, string? idempotencyKey, CancellationToken cancellationToken)
    {
        var errors = RequestBody.UnknownProperties(body, "", "subject", "parameters", "asOf");
        var asOf = RequestBody.AsOf(body, "asOf", errors, time);
        string? subject = body.TryGetProperty("subject", out var subjectJson) && subjectJson.ValueKind == JsonValueKind.String ? subjectJson.GetString() : null;
        if (subject is null)
        {
            errors.Add(new InputError("subject", "is required with parameters: the id of the person or case the decision is about, a string"));
        }
        else if (EmployeeFields.IdentifierProblem("subject", subject) is { } subjectProblem)
        {
            errors.Add(new InputError("subject", subjectProblem));
        }

        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors);
        }

        var release = releases.InEffectOn(asOf!.Value, out var reason);
        if (release is null)
        {
            return ApiProblems.Invalid("asOf", reason!);
        }

        if (release.FindWorkflow(name) is not { } workflow)
        {
            return ApiProblems.NotFound(release.UnknownWorkflow(name) + $" (release {release.Id})");
        }

        if (!workflow.AllowedRoles.Any(context.User.IsInRole))
        {
            return ApiProblems.Status(StatusCodes.Status403Forbidden, "Forbidden", Diagnostics.Messages.WorkflowNotAllowed(workflow.Name, workflow.AllowedRoles));
        }

        var decision = releases.EvaluatorFor(release, asOf.Value).Evaluate(workflow.Name, body.GetProperty("parameters"));
        if (!decision.Succeeded)
        {
            return ApiProblems.Invalid(decision.Errors);
        }

        var draft = new DecisionDraft(
            DecisionKind.Workflow, subject!, asOf.Value, release.Id, release.ContentHash,
            DecisionPayloads.Input(subject!, workflow.Name, decision.Value!.Parameters!), DecisionPayloads.Output(decision.Value!),
            context.User.Identity?.Name, idempotencyKey);
        return await Recorded.AppendAsync(log, draft, context.Response, cancellationToken).ConfigureAwait(false);
    }
}
