using System.Text;
using JobFramework.Comp.Api.Auth;
using JobFramework.Comp.Api.Contract;
using JobFramework.Comp.Api.Hosting;
using JobFramework.Comp.Api.Http;
using JobFramework.Comp.Audit;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Mobility;
using JobFramework.Comp.Mobility.Rendering;
using JobFramework.Comp.Releases;
using Microsoft.Extensions.Options;

namespace JobFramework.Comp.Api.Endpoints;

/// <summary>
/// Career mobility: <c>POST /api/mobility</c> (an employee → ranked move options, recorded in the audit log
/// before the answer leaves), <c>GET /api/roles</c> (the talent marketplace: roles by family, skill, level
/// and track) and <c>GET /api/roles/{id}/map</c> (the mobility map as JSON, DOT, SVG or an HTML page).
/// </summary>
public static class MobilityEndpoints
{
    private static readonly string[] ReadRoles = Roles.All;

    private static readonly (string Format, string ContentType, Func<MobilityMap, CompiledRelease, string> Render)[] Formats =
    [
        ("json", DecisionJson.ContentType, (map, _) => MobilityJson.Map(map)),
        ("dot", "text/vnd.graphviz; charset=utf-8", (map, release) => MapDot.Render(map, release.Framework)),
        ("svg", "image/svg+xml; charset=utf-8", (map, release) => MapSvg.Render(map, release.Framework)),
        ("html", "text/html; charset=utf-8", (map, release) => MapHtml.Render(map, release.Framework, release.Mobility.Rules)),
    ];

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/mobility", AdviseAsync).RequireRoles(Roles.ReviewTooling).AcceptsQuery().WithName("MobilityOptions")
            .DocumentsBody<MobilityRequest>(MediaTypes.Json).Produces<RecordedDecision>(StatusCodes.Status200OK).ProducesProblems(400, 409, 413, 415, 503)
            .WithSummary("An employee's ranked move options: readiness, skill gaps with learning steps, required trainings, pay effect, the rules that allow or block each.");
        app.MapGet("/api/roles", SearchRoles).RequireRoles(ReadRoles).AcceptsQuery("family", "skill", "level", "track", "asOf").WithName("SearchRoles")
            .Produces<RoleSearchResult>(StatusCodes.Status200OK, MediaTypes.Json).ProducesProblems(400)
            .WithSummary("Roles by family, skill, level and track, each with its required skills and development paths.");
        app.MapGet("/api/roles/{id}/map", RoleMap).RequireRoles(ReadRoles).AcceptsQuery("depth", "format", "asOf").WithName("RoleMobilityMap")
            .Produces<MobilityMapDocument>(StatusCodes.Status200OK, MediaTypes.Json, "text/vnd.graphviz", "image/svg+xml", "text/html").ProducesProblems(400, 404)
            .WithSummary("The roles reachable from a role within depth moves, each move with its reasons; format json, dot, svg or html.");
    }

    private static async Task<IResult> AdviseAsync(HttpContext context, ReleaseSet releases, IDecisionLog log, IOptions<ServiceSettings> settings, TimeProvider time, CancellationToken cancellationToken)
    {
        var (request, problem) = await EmployeeRequests.ReadAsync(context.Request, releases, settings.Value.MaxRequestBytes, time, [], static (_, _) => true, cancellationToken).ConfigureAwait(false);
        if (request is null)
        {
            return problem!;
        }

        var advice = MobilityAdvisor.Advise(releases.EvaluatorFor(request.Release, request.AsOf), request.Employee);
        if (!advice.Succeeded)
        {
            return ApiProblems.Invalid(advice.Errors.Select(e => e with { Field = "employee." + e.Field }));
        }

        var draft = new DecisionDraft(
            DecisionKind.Mobility, request.Employee.Id, request.AsOf, request.Release.Id, request.Release.ContentHash,
            DecisionPayloads.Input(request.Employee), DecisionPayloads.Output(advice.Value!),
            context.User.Identity?.Name, request.IdempotencyKey);
        return await Recorded.AppendAsync(log, draft, context.Response, cancellationToken).ConfigureAwait(false);
    }

    // Query parameters are bound as text (so OpenAPI lists them) and checked here, so each mistake is a
    // problem naming the parameter rather than the framework's bare 400; unknown ones never reach here.
    private static IResult SearchRoles(string? family, string? skill, string? level, string? track, string? asOf, ReleaseSet releases, TimeProvider time)
    {
        var errors = new List<InputError>();
        var release = QueryParameters.Release(asOf, releases, time, errors);
        int? levelNumber = QueryParameters.Number("level", level, errors);
        if (errors.Count > 0 || release is null)
        {
            return ApiProblems.Invalid(errors);
        }

        var found = RoleSearch.Find(release.Mobility, new RoleQuery(QueryParameters.Value(family), QueryParameters.Value(skill), levelNumber, QueryParameters.Value(track)));
        return found.Succeeded
            ? TypedResults.Text(MobilityJson.Roles(found.Value!), DecisionJson.ContentType, Encoding.UTF8)
            : ApiProblems.Invalid(found.Errors);
    }

    private static IResult RoleMap(string id, string? depth, string? format, string? asOf, ReleaseSet releases, TimeProvider time)
    {
        var errors = new List<InputError>();
        var release = QueryParameters.Release(asOf, releases, time, errors);
        int depthNumber = QueryParameters.Number("depth", depth, errors) ?? 2;
        string formatName = QueryParameters.Value(format) ?? "json";
        if (!Array.Exists(Formats, f => f.Format == formatName))
        {
            errors.Add(new InputError("format", $"must be one of: {string.Join(", ", Formats.Select(f => f.Format))}"));
        }

        if (errors.Count > 0 || release is null)
        {
            return ApiProblems.Invalid(errors);
        }

        var map = MobilityMap.From(release.Mobility, id, depthNumber);
        if (!map.Succeeded)
        {
            return map.Errors[0].Field == "role" ? ApiProblems.NotFound(map.Errors[0].Message) : ApiProblems.Invalid(map.Errors);
        }

        var (_, contentType, render) = Array.Find(Formats, f => f.Format == formatName);
        return TypedResults.Text(render(map.Value!, release), contentType, Encoding.UTF8);
    }
}
