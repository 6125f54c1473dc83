using System.Security.Claims;
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
/// Any named workflow of the release in effect (merit, step increase, level-up…): <c>GET /api/workflows</c> lists
/// them with their inputs, outputs and the roles allowed; <c>POST /api/workflows/{name}/evaluations</c> evaluates
/// one for an employee — allowed to the roles the workflow declares — and records the decision before answering.
/// </summary>
public static class WorkflowEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/workflows", List).RequireRoles(Roles.All).AcceptsQuery("asOf").WithName("ListWorkflows")
            .Produces<WorkflowsReport>(StatusCodes.Status200OK).ProducesProblems(400)
            .WithSummary("The workflows of the release in effect: their declared inputs, rules, outputs and the roles allowed to evaluate them.");
        app.MapGet("/api/schema/workflows/{name}", SchemaOf).RequireRoles(Roles.All).AcceptsQuery("asOf").WithName("GetWorkflowRequestSchema")
            .Produces<JsonElement>(StatusCodes.Status200OK, "application/schema+json").ProducesProblems(400, 404)
            .WithSummary("The JSON Schema of a request to evaluate a workflow of the release in effect: the employee, the as-of date and the workflow's declared inputs.");
        app.MapPost("/api/workflows/{name}/evaluations", EvaluateAsync).RequireRoles(Roles.All).AcceptsQuery().WithName("EvaluateWorkflow")
            .DocumentsBody<WorkflowRequest>(MediaTypes.Json)
            .Produces<RecordedDecision>(StatusCodes.Status200OK)
            .ProducesProblems(400, 404, 409, 413, 415, 503)
            .WithSummary("Evaluates a named workflow for an employee: every rule explained, every output computed, the decision recorded. Only the roles the workflow declares may call it.");
    }

    private static IResult List(string? asOf, ReleaseSet releases, TimeProvider time)
    {
        var errors = new List<InputError>();
        var release = QueryParameters.Release(asOf, releases, time, errors);
        if (release is null)
        {
            return ApiProblems.Invalid(errors);
        }

        return TypedResults.Ok(new WorkflowsReport(release.Id, [.. release.WorkflowDefinitions.Select(w => new WorkflowEntry(
            w.Name, w.Description, [.. w.Inputs.Select(Describe)], w.Rules, w.Outputs, w.AllowedRoles)
        {
            Engine = w.Engine,
            Parameters = w.TakesParameters ? [.. w.Parameters.Select(p => new WorkflowParameterEntry(p.Name, JsonDocument.Parse(p.Schema).RootElement.Clone()))] : null,
        })]));
    }

    private static IResult SchemaOf(string name, string? asOf, ReleaseSet releases, TimeProvider time)
    {
        var errors = new List<InputError>();
        var release = QueryParameters.Release(asOf, releases, time, errors);
        if (release is null)
        {
            return ApiProblems.Invalid(errors);
        }

        return release.FindWorkflow(name) is { } workflow
            ? TypedResults.Text(Model.EmployeeSchema.GenerateWorkflowRequest(release.Framework, release.Id, workflow), "application/schema+json", System.Text.Encoding.UTF8)
            : ApiProblems.NotFound(release.UnknownWorkflow(name) + $" (release {release.Id})");
    }

    private static async Task<IResult> EvaluateAsync(
        string name, HttpContext context, ReleaseSet releases, IDecisionLog log, IOptions<ServiceSettings> settings, TimeProvider time, CancellationToken cancellationToken)
    {
        var (idempotencyKey, document, problem) = await EmployeeRequests.ReadBodyAsync(context.Request, settings.Value.MaxRequestBytes, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        using (document)
        {
            // A RulesEngine workflow over its own RuleParameters is asked with "parameters" and a subject instead of an employee.
            var body = document!.RootElement;
            return body.ValueKind == JsonValueKind.Object && body.TryGetProperty("parameters", out _)
                ? await ParameterEvaluation.EvaluateAsync(name, body, context, releases, log, time, idempotencyKey, cancellationToken).ConfigureAwait(false)
                : await EvaluateForEmployeeAsync(name, body, context, releases, log, time, idempotencyKey, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<IResult> EvaluateForEmployeeAsync(
        string name, JsonElement body, HttpContext context, ReleaseSet releases, IDecisionLog log, TimeProvider time, string? idempotencyKey, CancellationToken cancellationToken)
    {
        var (request, problem) = EmployeeRequests.FromBody(body, releases, time, idempotencyKey, ["inputs"], Inputs);
        if (request is null)
        {
            return problem!;
        }

        if (request.Release.FindWorkflow(name) is not { } workflow)
        {
            return ApiProblems.NotFound(request.Release.UnknownWorkflow(name) + $" (release {request.Release.Id})");
        }

        if (!workflow.AllowedRoles.Any(context.User.IsInRole))
        {
            return ApiProblems.Status(StatusCodes.Status403Forbidden, "Forbidden", Diagnostics.Messages.WorkflowNotAllowed(workflow.Name, workflow.AllowedRoles));
        }

        var inputs = WorkflowArguments.FromJson(workflow, request.Extra);
        if (!inputs.Succeeded)
        {
            return ApiProblems.Invalid(inputs.Errors);
        }

        var decision = releases.EvaluatorFor(request.Release, request.AsOf).Evaluate(workflow.Name, request.Employee, inputs.Value);
        if (!decision.Succeeded)
        {
            return ApiProblems.Invalid(decision.Errors.Select(e => e.Field.StartsWith("inputs", StringComparison.Ordinal) || e.Field is "workflow" or "parameters" ? e : e with { Field = "employee." + e.Field }));
        }

        var draft = new DecisionDraft(
            DecisionKind.Workflow, request.Employee.Id, request.AsOf, request.Release.Id, request.Release.ContentHash,
            DecisionPayloads.Input(request.Employee, workflow.Name, decision.Value!.Inputs), DecisionPayloads.Output(decision.Value!),
            context.User.Identity?.Name, request.IdempotencyKey);
        return await Recorded.AppendAsync(log, draft, context.Response, cancellationToken).ConfigureAwait(false);
    }

    // The body's "inputs" object, kept as JSON: it is read against the workflow once the release is known.
    private static JsonElement? Inputs(JsonElement body, List<InputError> errors) =>
        body.TryGetProperty("inputs", out var inputs) && inputs.ValueKind != JsonValueKind.Null ? inputs.Clone() : null;

    private static WorkflowInputEntry Describe(Model.DeclaredAttribute input)
    {
        JsonElement? defaultValue = null;
        if (input.Default is not null)
        {
            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream))
            {
                Model.AttributeValue.Write(json, input, input.Default);
            }

            defaultValue = JsonDocument.Parse(stream.ToArray()).RootElement.Clone();
        }

        return new WorkflowInputEntry(input.Name, input.KindName, input.Required, defaultValue, input.Min, input.Max, input.Allowed, input.Description);
    }
}
