using System.Globalization;
using System.Text.Json;
using JobFramework.Comp.Api.Auth;
using JobFramework.Comp.Api.Contract;
using JobFramework.Comp.Api.Hosting;
using JobFramework.Comp.Api.Http;
using JobFramework.Comp.Audit;
using JobFramework.Comp.Evaluation;

namespace JobFramework.Comp.Api.Endpoints;

/// <summary>The auditor's endpoints: a decision by id, an employee's decisions (newest first, paged), and replay.</summary>
public static class DecisionEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/decisions/{id}", GetAsync).RequireRoles(Roles.Auditor).AcceptsQuery().WithName("GetDecision").Produces<RecordedDecision>(StatusCodes.Status200OK).ProducesProblems(400, 404, 503)
            .WithSummary("One recorded decision: input, output with its explanation, release, chain links.");
        app.MapGet("/api/decisions", ListAsync).RequireRoles(Roles.Auditor).AcceptsQuery("employeeId", "pageSize", "continuation").WithName("ListDecisions").Produces<DecisionList>(StatusCodes.Status200OK).ProducesProblems(400, 503)
            .WithSummary("An employee's recorded decisions, newest first, paged with a continuation token.");
        app.MapPost("/api/decisions/{id}/replay", ReplayAsync).RequireRoles(Roles.Auditor).AcceptsQuery().WithName("ReplayDecision").Produces<ReplayReport>(StatusCodes.Status200OK).ProducesProblems(400, 404, 422, 503)
            .WithSummary("Re-evaluates a recorded decision with its recorded release: identical, or what differs.");
    }

    private static async Task<IResult> GetAsync(string id, IDecisionLog log, CancellationToken cancellationToken)
    {
        try
        {
            var record = await log.GetAsync(id, cancellationToken).ConfigureAwait(false);
            return record is null ? ApiProblems.NotFound($"No decision '{id}' is recorded.") : DecisionJson.Result(record);
        }
        catch (AuditStoreException e)
        {
            return ApiProblems.AuditUnavailable(e.Message);
        }
    }

    private static async Task<IResult> ListAsync(string? employeeId, string? pageSize, string? continuation, IDecisionLog log, CancellationToken cancellationToken)
    {
        var errors = new List<InputError>();
        if (string.IsNullOrEmpty(employeeId))
        {
            errors.Add(new InputError("employeeId", "is required: whose decisions to list"));
        }
        else if (EmployeeFields.IdentifierProblem("employeeId", employeeId) is { } problem)
        {
            errors.Add(new InputError("employeeId", problem));
        }

        // Bound as text and parsed here: the framework's own binding answers "abc" with a bare 400 (or a 500
        // page in Development) instead of a problem naming the parameter.
        int size = 50;
        if (!string.IsNullOrEmpty(pageSize) && (!int.TryParse(pageSize, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size is < 1 or > 1000))
        {
            errors.Add(new InputError("pageSize", "must be a whole number from 1 to 1000"));
        }

        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors);
        }

        DecisionPage page;
        try
        {
            page = await log.QueryByEmployeeAsync(employeeId!, size, continuation, cancellationToken).ConfigureAwait(false);
        }
        catch (ArgumentException e)
        {
            return ApiProblems.Invalid("continuation", e.Message);
        }
        catch (AuditStoreException e)
        {
            return ApiProblems.AuditUnavailable(e.Message);
        }

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartArray("decisions");
            foreach (var record in page.Records)
            {
                DecisionJson.Write(json, record);
            }

            json.WriteEndArray();
            json.WriteString("continuation", page.Continuation);
            json.WriteEndObject();
        }

        return TypedResults.Bytes(buffer.ToArray(), DecisionJson.ContentType);
    }

    private static async Task<IResult> ReplayAsync(string id, IDecisionLog log, ReleaseSet releases, CancellationToken cancellationToken)
    {
        DecisionRecord? record;
        try
        {
            record = await log.GetAsync(id, cancellationToken).ConfigureAwait(false);
        }
        catch (AuditStoreException e)
        {
            return ApiProblems.AuditUnavailable(e.Message);
        }

        if (record is null)
        {
            return ApiProblems.NotFound($"No decision '{id}' is recorded.");
        }

        var outcome = DecisionReplayer.Replay(record, releases.Catalog);
        if (outcome.Error is not null)
        {
            return ApiProblems.Status(StatusCodes.Status422UnprocessableEntity, "The decision cannot be replayed here.", outcome.Error);
        }

        return TypedResults.Ok(new ReplayReport(
            record.DecisionId, new ReleaseRef(record.ReleaseId, record.ReleaseHash), record.HashIsValid, outcome.Identical,
            [.. outcome.Differences.Select(d => new ReplayDifference(d.Pointer, d.Recorded, d.Replayed))]));
    }
}
