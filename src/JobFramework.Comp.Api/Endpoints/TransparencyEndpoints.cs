using System.Text;
using JobFramework.Comp.Api.Auth;
using JobFramework.Comp.Api.Contract;
using JobFramework.Comp.Api.Hosting;
using JobFramework.Comp.Api.Http;
using JobFramework.Comp.Audit;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.People.Snapshots;
using JobFramework.Comp.People.Transparency;
using JobFramework.Comp.Transparency;

namespace JobFramework.Comp.Api.Endpoints;

/// <summary>
/// Reviews and pay transparency from the rules that decide pay and eligibility: an employee's review guide (review
/// tooling), the progression criteria of a track (published: any caller), a worker's pay information (Art. 7: comp
/// admins only, every answer recorded in the audit log as a disclosure) and the pay-gap report (Art. 9 and 10).
/// </summary>
public static class TransparencyEndpoints
{
    private const string Html = "text/html; charset=utf-8";

    private static readonly (string Format, string ContentType, Func<ProgressionCriteria, string> Render)[] CriteriaFormats =
    [
        ("markdown", "text/markdown; charset=utf-8", ProgressionWriter.ToMarkdown),
        ("html", Html, ProgressionWriter.ToHtml),
    ];

    private static readonly (string Format, string ContentType, Func<PayGapReport, string> Render)[] ReportFormats =
    [
        ("json", DecisionJson.ContentType, PayGapWriter.ToJson),
        ("csv", "text/csv; charset=utf-8", PayGapWriter.ToCsv),
        ("html", Html, PayGapWriter.ToHtml),
    ];

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/people/{id}/review-guide", ReviewGuideAsync)
            .RequireRoles(Roles.ReviewTooling, Roles.CompAdmin)
            .AcceptsQuery("asOf")
            .Produces<ReviewGuideDocument>(StatusCodes.Status200OK, MediaTypes.Json)
            .ProducesProblems(400, 404, 409)
            .WithName("ReviewGuide")
            .WithSummary("An employee's review guide from the latest roster snapshot under the release in effect on asOf: expectations per competency with indicators, rating scale, level-up criteria met and to change, goals and prompts.");
        app.MapGet("/api/people/{id}/pay-information", PayInformationAsync)
            .RequireRoles(Roles.CompAdmin)
            .AcceptsQuery("snapshot")
            .Produces<RecordedDecision>(StatusCodes.Status200OK, MediaTypes.Json)
            .ProducesProblems(400, 404, 409, 503)
            .WithName("PayInformation")
            .WithSummary("A worker's pay information (EU Directive 2023/970 Art. 7): their pay and the average pay of women and of men in their category of equal value; recorded in the audit log as a disclosure.");
        app.MapGet("/api/transparency/gap-report", GapReportAsync)
            .RequireRoles(Roles.CompAdmin, Roles.Auditor)
            .AcceptsQuery("snapshot", "format")
            .Produces<PayGapDocument>(StatusCodes.Status200OK, MediaTypes.Json, "text/csv", "text/html")
            .ProducesProblems(400, 404, 409)
            .WithName("PayGapReport")
            .WithSummary("The pay-gap report (Art. 9) of a roster snapshot with every category's 5% flag (Art. 10) and explained points; format json, csv or html.");
        app.MapGet("/api/transparency/criteria/{family}/{track}", Criteria)
            .RequireRoles(Roles.All)
            .AcceptsQuery("level", "format", "asOf")
            .Produces<string>(StatusCodes.Status200OK, "text/markdown", "text/html")
            .ProducesProblems(400)
            .WithName("ProgressionCriteria")
            .WithSummary("The progression criteria of a track in a family (Art. 6): every level-up criterion in words, traced to its rule, with the level's expectations, skills and bands; format markdown or html.");
    }

    private static async Task<IResult> ReviewGuideAsync(string id, string? asOf, ReleaseSet releases, IPeopleStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new List<InputError>();
        var release = QueryParameters.Release(asOf, releases, time, errors, out var date);
        if (release is null)
        {
            return ApiProblems.Invalid(errors);
        }

        var latest = await store.LatestAsync(cancellationToken).ConfigureAwait(false);
        var person = latest is null ? null : (await store.PeopleAsync(latest.Id, cancellationToken).ConfigureAwait(false)).FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.Ordinal));
        if (person is null)
        {
            return ApiProblems.NotFound(latest is null ? "No roster snapshot has been imported yet." : $"No one with id '{id}' is in the latest snapshot ({latest.Id}).");
        }

        var read = DecisionPayloads.ReadInput(person.Record, release.Framework);
        var guide = read.Succeeded ? ReviewGuide.For(releases.EvaluatorFor(release, date), read.Value.Employee) : EvaluationResult<ReviewGuide>.Fail(read.Errors);
        return guide.Succeeded
            ? TypedResults.Text(ReviewGuideWriter.ToJson(guide.Value!), DecisionJson.ContentType, Encoding.UTF8)
            : ApiProblems.Status(StatusCodes.Status409Conflict, "The snapshot's record does not read under this release.", $"{id} in snapshot {latest!.Id}, release {release.Id}: {string.Join("; ", guide.Errors)}");
    }

    private static async Task<IResult> PayInformationAsync(HttpContext context, string id, string? snapshot, ReleaseSet releases, IPeopleStore store, IDecisionLog log, CancellationToken cancellationToken)
    {
        var (pay, problem) = await LoadAsync(store, releases, snapshot, cancellationToken).ConfigureAwait(false);
        if (pay is null)
        {
            return problem!;
        }

        var answer = pay.Worker(id);
        if (!answer.Succeeded)
        {
            return ApiProblems.NotFound(answer.Errors[0].Message);
        }

        return await Recorded.AppendAsync(log, pay.Disclosure(answer.Value!, context.User.Identity?.Name), context.Response, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IResult> GapReportAsync(string? snapshot, string? format, ReleaseSet releases, IPeopleStore store, CancellationToken cancellationToken)
    {
        string name = QueryParameters.Value(format) ?? "json";
        if (!Array.Exists(ReportFormats, f => f.Format == name))
        {
            return ApiProblems.Invalid("format", $"must be one of: {string.Join(", ", ReportFormats.Select(f => f.Format))}");
        }

        var (pay, problem) = await LoadAsync(store, releases, snapshot, cancellationToken).ConfigureAwait(false);
        if (pay is null)
        {
            return problem!;
        }

        var (_, contentType, render) = Array.Find(ReportFormats, f => f.Format == name);
        return TypedResults.Text(render(pay.GapReport()), contentType, Encoding.UTF8);
    }

    private static IResult Criteria(string family, string track, string? level, string? format, string? asOf, ReleaseSet releases, TimeProvider time)
    {
        var errors = new List<InputError>();
        var release = QueryParameters.Release(asOf, releases, time, errors, out var date);
        int? levelNumber = QueryParameters.Number("level", level, errors);
        string name = QueryParameters.Value(format) ?? "markdown";
        if (!Array.Exists(CriteriaFormats, f => f.Format == name))
        {
            errors.Add(new InputError("format", $"must be one of: {string.Join(", ", CriteriaFormats.Select(f => f.Format))}"));
        }

        if (errors.Count > 0 || release is null)
        {
            return ApiProblems.Invalid(errors);
        }

        var document = ProgressionCriteria.For(releases.EvaluatorFor(release, date), family, track, levelNumber);
        if (!document.Succeeded)
        {
            return ApiProblems.Invalid(document.Errors);
        }

        var (_, contentType, render) = Array.Find(CriteriaFormats, f => f.Format == name);
        return TypedResults.Text(render(document.Value!), contentType, Encoding.UTF8);
    }

    private static async Task<(SnapshotPay? Pay, IResult? Problem)> LoadAsync(IPeopleStore store, ReleaseSet releases, string? snapshot, CancellationToken cancellationToken)
    {
        var (pay, problem) = await SnapshotPay.LoadAsync(store, releases.InEffect, QueryParameters.Value(snapshot), cancellationToken).ConfigureAwait(false);
        return pay is not null ? (pay, null)
            : (null, problem!.NotFound ? ApiProblems.NotFound(problem.Message) : ApiProblems.Status(StatusCodes.Status409Conflict, "The snapshot's pay figures cannot be computed.", problem.Message));
    }
}
