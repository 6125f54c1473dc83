using System.Globalization;
using System.Text;
using JobFramework.Comp.Api.Auth;
using JobFramework.Comp.Api.Contract;
using JobFramework.Comp.Api.Hosting;
using JobFramework.Comp.Api.Http;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.People.Snapshots;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace JobFramework.Comp.Api.Endpoints;

/// <summary>
/// Roster snapshots for the web pages, for payroll and comp admins: <c>POST /api/people/snapshots?takenOn=</c>
/// takes a snapshot as CSV or JSON Lines, checks every row (as <c>comp people import</c> does) and stores it
/// whole — or answers 400 naming every bad row and field, storing nothing. <c>GET /api/people/snapshots</c>
/// lists them. A snapshot is people data, not a decision: nothing is written to the audit log.
/// </summary>
public static class PeopleEndpoints
{
    private const string Csv = "text/csv";
    private static readonly string[] Accepted = [Csv, MediaTypes.Ndjson, MediaTypes.JsonLines];

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/people/snapshots", ImportAsync)
            .RequireRoles(Roles.Payroll, Roles.CompAdmin)
            .AcceptsQuery("takenOn")
            .DocumentsBody<Stream>(Accepted)
            .Produces<SnapshotSummary>(StatusCodes.Status201Created)
            .ProducesProblems(400, 413, 415)
            .WithName("ImportSnapshot")
            .WithDescription("A roster (CSV with a header, or one JSON object per line) with each person's name, managerId and mentor. One bad row refuses the whole snapshot; the problem lists every bad row as \"line N: field\".")
            .WithSummary("Imports a roster snapshot for the web pages, checked row by row and stored whole.");
        app.MapGet("/api/people/snapshots", ListAsync)
            .RequireRoles(Roles.Payroll, Roles.CompAdmin)
            .AcceptsQuery()
            .Produces<SnapshotList>(StatusCodes.Status200OK)
            .ProducesProblems()
            .WithName("ListSnapshots")
            .WithSummary("The stored roster snapshots, newest first.");
    }

    private static async Task<IResult> ImportAsync(HttpContext context, string? takenOn, ReleaseSet releases, IPeopleStore store, IOptions<ServiceSettings> settings, TimeProvider time, CancellationToken cancellationToken)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = settings.Value.MaxBatchBytes;
        }

        if (!MediaTypes.Matches(context.Request.ContentType, Accepted, out var mediaType))
        {
            return MediaTypes.Unsupported(context.Request, Accepted);
        }

        var date = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (takenOn is not null && !DateOnly.TryParseExact(takenOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return ApiProblems.Invalid("takenOn", "must be a date in the form YYYY-MM-DD");
        }

        var release = releases.InEffectOn(date, out var reason);
        if (release is null)
        {
            return ApiProblems.Invalid("takenOn", reason!);
        }

        // The reader is synchronous: the body is first copied, without blocking a thread, to a file of its own.
        await using var buffer = new FileStream(Path.GetTempFileName(), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await context.Request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        buffer.Position = 0;
        SnapshotRead read;
        using (var text = new StreamReader(buffer, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false, leaveOpen: true))
        {
            try
            {
                read = SnapshotReader.Read(text, mediaType != Csv, new Evaluator(release) { AsOf = date });
            }
            catch (DecoderFallbackException)
            {
                return ApiProblems.Invalid("body", "is not valid UTF-8");
            }
        }

        if (!read.Accepted)
        {
            var errors = read.Problems.Select(p => new InputError($"line {p.Line.ToString(CultureInfo.InvariantCulture)}: {p.Field}", (p.Id is null ? "" : p.Id + ": ") + p.Message)).ToList();
            if (read.ProblemCount > read.Problems.Count)
            {
                errors.Add(new InputError("body", $"and {read.ProblemCount - read.Problems.Count} more problem(s)"));
            }

            return ApiProblems.Invalid(errors);
        }

        var saved = await store.SaveAsync(date, context.User.Identity?.Name ?? "unknown", release.Id, read.People, cancellationToken).ConfigureAwait(false);
        return TypedResults.Created("/api/people/snapshots", Summary(saved));
    }

    private static async Task<IResult> ListAsync(IPeopleStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(new SnapshotList([.. (await store.ListAsync(cancellationToken).ConfigureAwait(false)).Select(Summary)]));

    private static SnapshotSummary Summary(SnapshotInfo snapshot) => new(
        snapshot.Id, ReleaseSet.Format(snapshot.TakenOn), snapshot.ImportedAt.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture), snapshot.ImportedBy, snapshot.Release, snapshot.People);
}
