using System.Text;
using JobFramework.Comp.Api.Auth;
using JobFramework.Comp.Api.Contract;
using JobFramework.Comp.Api.Hosting;
using JobFramework.Comp.Api.Http;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Transparency;

namespace JobFramework.Comp.Api.Endpoints;

/// <summary>
/// <c>GET /api/postings/{roleId}?region=&amp;asOf=</c>: the pay range a job posting states for a role in a region
/// (EU Directive 2023/970 Art. 5; US posting laws), from the release in effect — the same bytes as
/// <c>comp roles posting --json</c>. A range is published information, not a decision about a person: nothing is recorded.
/// </summary>
public static class PostingEndpoints
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/postings/{roleId}", Posting)
            .RequireRoles(Roles.All)
            .AcceptsQuery("region", "asOf")
            .Produces<PostingRange>(StatusCodes.Status200OK, MediaTypes.Json)
            .ProducesProblems(400, 404)
            .WithName("PostingRange")
            .WithSummary("The pay range a job posting states for a role in a region: base range, bonus target and equity where defined, and the release they come from.");

    private static IResult Posting(string roleId, string? region, string? asOf, ReleaseSet releases, TimeProvider time)
    {
        var errors = new List<InputError>();
        var release = QueryParameters.Release(asOf, releases, time, errors, out var date);
        if (QueryParameters.Value(region) is null)
        {
            errors.Add(new InputError("region", "is required: the region the job is in"));
        }

        if (errors.Count > 0 || release is null)
        {
            return ApiProblems.Invalid(errors);
        }

        var disclosure = PayRangeDisclosure.For(releases.EvaluatorFor(release, date), roleId, region!);
        if (!disclosure.Succeeded)
        {
            return disclosure.Errors is [{ Field: "role" } unknown] ? ApiProblems.NotFound(unknown.Message) : ApiProblems.Invalid(disclosure.Errors);
        }

        return TypedResults.Text(disclosure.Value!.ToJson(), DecisionJson.ContentType, Encoding.UTF8);
    }
}
