using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using JobFramework.Comp.Api.Auth;
using JobFramework.Comp.Api.Contract;
using JobFramework.Comp.Api.Hosting;
using JobFramework.Comp.Api.Http;
using JobFramework.Comp.Releases;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace JobFramework.Comp.Api.Endpoints;

/// <summary>
/// The framework as data: <c>GET /api/framework</c> (families, tracks and levels, regions, roles with their
/// bands per region), <c>GET /api/releases</c>, and <c>POST /api/rules/validate</c> for comp admins — a
/// release bundle in, every diagnostic out, nothing loaded into the service.
/// </summary>
public static class ReferenceEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/framework", Framework).RequireRoles(Roles.All).AcceptsQuery("asOf").WithName("GetFramework").Produces<FrameworkDocument>(StatusCodes.Status200OK).ProducesProblems(400)
            .WithSummary("Families, tracks and levels, regions and roles with their bands, from the release in effect.");
        app.MapGet("/api/schema/employee", EmployeeSchemaOf).RequireRoles(Roles.All).AcceptsQuery("asOf").WithName("GetEmployeeSchema")
            .Produces<System.Text.Json.JsonElement>(StatusCodes.Status200OK, "application/schema+json").ProducesProblems(400)
            .WithSummary("The JSON Schema of an employee as the release in effect reads it: built-in fields, its families, tracks, regions and skills, and the attributes it declares.");
        app.MapGet("/api/releases", ListReleases).RequireRoles(Roles.All).AcceptsQuery().WithName("ListReleases").ProducesProblems(400)
            .WithSummary("The loaded releases (approved and drafts), which is in effect today, and release folders rejected at the last load.");
        app.MapPost("/api/releases/reload", ReloadAsync).RequireRoles(Roles.CompAdmin).AcceptsQuery().WithName("ReloadReleases").Produces<ReleasesReport>(StatusCodes.Status200OK).ProducesProblems(400)
            .WithSummary("Loads the rules folder again now (it also reloads by itself when files change); broken releases are rejected and their last good version stays live.");
        app.MapPost("/api/rules/validate", ValidateAsync).RequireRoles(Roles.CompAdmin).AcceptsQuery().WithName("ValidateRules")
            .DocumentsBody<ValidateRequest>(MediaTypes.Json).Produces<ValidationReport>(StatusCodes.Status200OK).ProducesProblems(400, 413, 415)
            .WithSummary("Validates a release bundle ({\"files\": {\"path\": \"content\"}}) and returns every diagnostic.");
    }

    private static IResult Framework(string? asOf, ReleaseSet releases, TimeProvider time)
    {
        var date = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (asOf is not null && !DateOnly.TryParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return ApiProblems.Invalid("asOf", "must be a date in the form YYYY-MM-DD");
        }

        var release = releases.InEffectOn(date, out var reason);
        if (release is null)
        {
            return ApiProblems.Invalid("asOf", reason!);
        }

        var framework = release.Framework;
        var evaluator = releases.EvaluatorFor(release, date);
        return TypedResults.Ok(new FrameworkDocument(
            new FrameworkRelease(release.Id, release.ContentHash, ReleaseSet.Format(release.Manifest.EffectiveFrom)),
            framework.Company,
            [.. framework.Families.Select(f => new FamilyEntry(f.Id, f.Name, f.Description))],
            [.. framework.Tracks.Select(t => new TrackEntry(t.Id, t.Name, t.AlignedWith, [.. t.Levels.Select(l => new LevelEntry(l.Number, l.Code, l.Title))]))],
            [.. framework.Regions.Select(r => new RegionEntry(r.Id, r.Name, r.Zone, r.Currency.Code))],
            [.. framework.Roles.Select(role => new RoleEntry(
                role.Id, role.Title, role.Family, role.Track, role.Level, role.Focus.Length == 0 ? null : role.Focus,
                [.. role.CoreSkills.Select(s => new SkillRequirement(s.Skill, s.Proficiency))],
                [.. role.OptionalSkills.Select(s => new SkillRequirement(s.Skill, s.Proficiency))],
                [.. framework.Regions.Select(region => (region, band: evaluator.BandFor(role.Family, role.Track, role.Level, region.Id, role.Focus)))
                    .Where(x => x.band is not null)
                    .Select(x => new BandEntry(x.region.Id, x.band!.Currency.Code, x.band.Min.FormatAmount(), x.band.Mid?.FormatAmount(), x.band.Max.FormatAmount(), x.band.BonusTargetPct, x.band.Equity) { Reference = x.band.Reference?.FormatAmount() })]))]));
    }

    private static IResult EmployeeSchemaOf(string? asOf, ReleaseSet releases, TimeProvider time)
    {
        var errors = new List<Evaluation.InputError>();
        var release = QueryParameters.Release(asOf, releases, time, errors);
        return release is null
            ? ApiProblems.Invalid(errors)
            : TypedResults.Text(Model.EmployeeSchema.Generate(release.Framework, release.Id), "application/schema+json", System.Text.Encoding.UTF8);
    }

    private static Ok<ReleasesReport> ListReleases(ReleaseSet releases, TimeProvider time, ClaimsPrincipal user) => TypedResults.Ok(Describe(releases.Current, time, Roles.MayReadRules(user)));

    private static async Task<IResult> ReloadAsync(ReleaseSet releases, TimeProvider time, CancellationToken cancellationToken)
    {
        // Compiling happens off the request threads that serve decisions; this caller alone waits for it.
        var snapshot = await Task.Run(() => releases.ReloadAsync(cancellationToken), cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(Describe(snapshot, time, mayReadRules: true));
    }

    private static ReleasesReport Describe(ReleaseSet.Snapshot snapshot, TimeProvider time, bool mayReadRules)
    {
        var catalog = snapshot.Catalog;
        var current = catalog.InEffectOn(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), out _);
        return new ReleasesReport(
            snapshot.LoadedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            snapshot.Generation,
            [.. catalog.Releases.Select(r => new ReleaseSummary(
                r.Id, r.Manifest.IsApproved ? "approved" : "draft", ReleaseSet.Format(r.Manifest.EffectiveFrom), r.ContentHash,
                r.Manifest.ApprovalsOf(r.ContentHash), r.Manifest.RequiredApprovals, r.Manifest.Notes, ReferenceEquals(r, current)))],

            // Diagnostics quote rule files and name folders: only the roles that may read the rules see them.
            [.. catalog.Rejected.Select(r => new RejectedReleaseSummary(
                r.Id, mayReadRules ? r.Folder : null, r.Id is not null && catalog.Find(r.Id) is not null, r.Errors.Count,
                mayReadRules ? [.. r.Errors.Select(e => e.ToString())] : null))]);
    }

    private static async Task<IResult> ValidateAsync(HttpRequest request, IOptions<ServiceSettings> settings, CancellationToken cancellationToken)
    {
        var (document, problem) = await RequestBody.ReadJsonAsync(request, settings.Value.MaxRequestBytes * 16, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        using (document)
        {
            var body = document!.RootElement;
            var errors = RequestBody.UnknownProperties(body, "", "files");
            if (errors.Count > 0)
            {
                return ApiProblems.Invalid(errors);
            }

            if (!body.TryGetProperty("files", out var files) || files.ValueKind != JsonValueKind.Object)
            {
                return ApiProblems.Invalid("files", "is required: an object mapping each file's path in the release (release.json, framework.json, tables/bands.json…) to its text");
            }

            var contents = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            foreach (var file in files.EnumerateObject())
            {
                if (file.Value.ValueKind != JsonValueKind.String)
                {
                    return ApiProblems.Invalid("files." + file.Name, "must be the file's text, as a string");
                }

                // The file's own bytes as sent (escapes undone, UTF-8 kept): an unpaired surrogate in it is then the
                // loader's error at its line, not a failure here.
                byte[] bytes;
                try
                {
                    bytes = System.Text.Encoding.UTF8.GetBytes(file.Value.GetString()!);
                }
                catch (InvalidOperationException)
                {
                    return ApiProblems.Invalid("files." + file.Name, Diagnostics.Messages.InvalidUnicode("files." + file.Name));
                }

                contents[file.Name] = bytes;
            }

            var result = ReleaseLoader.Load(new ReleaseSource("bundle", contents));
            return TypedResults.Ok(new ValidationReport(
                result.Succeeded,
                result.Release is { } release ? new ReleaseRef(release.Id, release.ContentHash) : null,
                [.. result.Diagnostics.Select(d => new DiagnosticEntry(
                    d.Code, d.Severity.ToString().ToLowerInvariant(), d.Message, d.Location.File, d.Location.Line, d.Location.Column, d.Location.Pointer, d.ToString()))]));
        }
    }
}
