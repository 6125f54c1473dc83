using JobFramework.Comp.Api.Contract;
using JobFramework.Comp.Api.Http;
using JobFramework.Comp.Api.Hosting;
using JobFramework.Comp.Audit;

namespace JobFramework.Comp.Api.Endpoints;

/// <summary>
/// <c>/health</c> (liveness: the process answers) and <c>/health/ready</c> (a release is loaded and the
/// audit log answers — without it no decision may be given). Anonymous: platform probes carry no keys, and
/// neither answer reveals data.
/// </summary>
public static class HealthEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/health", () => TypedResults.Ok(new HealthReport("live"))).AllowAnonymous().AcceptsQuery().WithName("Liveness");
        app.MapGet("/health/ready", ReadyAsync).AllowAnonymous().AcceptsQuery().WithName("Readiness").Produces<HealthReport>(StatusCodes.Status200OK).Produces<HealthReport>(StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<IResult> ReadyAsync(ReleaseSet releases, IDecisionLog log, CancellationToken cancellationToken)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            await log.QueryByEmployeeAsync("health-probe", 1, null, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is AuditStoreException or OperationCanceledException)
        {
            return TypedResults.Json(new HealthReport("not ready", releases.Catalog.Releases.Count, log.Describe, e.Message), statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        return TypedResults.Ok(new HealthReport("ready", releases.Catalog.Releases.Count, log.Describe));
    }
}
