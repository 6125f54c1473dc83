using System.Text.Json;
using JobFramework.Comp.Api.Auth;
using JobFramework.Comp.Api.Contract;
using JobFramework.Comp.Api.Hosting;
using JobFramework.Comp.Api.Http;
using JobFramework.Comp.Audit;
using JobFramework.Comp.Evaluation;
using Microsoft.Extensions.Options;

namespace JobFramework.Comp.Api.Endpoints;

/// <summary>
/// <c>POST /api/eligibility</c> (review tooling): an employee snapshot, an optional target and as-of date →
/// every criterion, every skill gap, the decision id and release — recorded in the audit log before the
/// answer leaves. An <c>Idempotency-Key</c> header makes a retry return the original decision.
/// </summary>
public static class EligibilityEndpoints
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/eligibility", CheckAsync)
            .RequireRoles(Roles.ReviewTooling)
            .AcceptsQuery()
            .DocumentsBody<EligibilityRequest>(MediaTypes.Json)
            .Produces<RecordedDecision>(StatusCodes.Status200OK)
            .ProducesProblems(400, 409, 413, 415, 503)
            .WithName("CheckEligibility")
            .WithSummary("Level-up (or role) eligibility with an explanation per criterion and every skill gap.");

    private static async Task<IResult> CheckAsync(HttpContext context, ReleaseSet releases, IDecisionLog log, IOptions<ServiceSettings> settings, TimeProvider time, CancellationToken cancellationToken)
    {
        var (request, problem) = await EmployeeRequests.ReadAsync(context.Request, releases, settings.Value.MaxRequestBytes, time, ["target"], Target, cancellationToken).ConfigureAwait(false);
        if (request is null)
        {
            return problem!;
        }

        var decision = releases.EvaluatorFor(request.Release, request.AsOf).CheckEligibility(request.Employee, request.Extra);
        if (!decision.Succeeded)
        {
            return ApiProblems.Invalid(decision.Errors.Select(e => e.Field.StartsWith("target", StringComparison.Ordinal) || e.Field == "workflow" ? e : e with { Field = "employee." + e.Field }));
        }

        var draft = new DecisionDraft(
            DecisionKind.Eligibility, request.Employee.Id, request.AsOf, request.Release.Id, request.Release.ContentHash,
            DecisionPayloads.Input(request.Employee, request.Extra), DecisionPayloads.Output(decision.Value!),
            context.User.Identity?.Name, request.IdempotencyKey);
        return await Recorded.AppendAsync(log, draft, context.Response, cancellationToken).ConfigureAwait(false);
    }

    private static EligibilityTarget Target(JsonElement body, List<InputError> errors)
    {
        if (!body.TryGetProperty("target", out var target) || target.ValueKind == JsonValueKind.Null)
        {
            return new EligibilityTarget();
        }

        errors.AddRange(RequestBody.UnknownProperties(target, "target.", "level", "roleId"));
        int? level = null;
        string? roleId = null;
        if (target.ValueKind == JsonValueKind.Object && target.TryGetProperty("level", out var levelJson) && levelJson.ValueKind != JsonValueKind.Null)
        {
            if (levelJson.ValueKind == JsonValueKind.Number && levelJson.TryGetInt32(out int number) && number is >= 1 and <= 99)
            {
                level = number;
            }
            else
            {
                errors.Add(new InputError("target.level", "must be a whole number from 1 to 99"));
            }
        }

        if (target.ValueKind == JsonValueKind.Object && target.TryGetProperty("roleId", out var roleJson) && roleJson.ValueKind != JsonValueKind.Null)
        {
            if (roleJson.ValueKind == JsonValueKind.String)
            {
                roleId = roleJson.GetString();
            }
            else
            {
                errors.Add(new InputError("target.roleId", "must be a string"));
            }
        }

        return new EligibilityTarget(level, roleId);
    }
}
