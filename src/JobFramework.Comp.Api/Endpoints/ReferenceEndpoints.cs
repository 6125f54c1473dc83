using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using JobFramework.Comp.Api.Auth;
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
        app.MapGet("/api/framework", Framework).RequireRoles(Roles.All).AcceptsQuery("asOf").WithName("GetFramework")
            .WithSummary("Families, tracks and levels, regions and roles with their bands, from the release in effect.");
        app.MapGet("/api/releases", ListReleases).RequireRoles(Roles.All).AcceptsQuery().WithName("ListReleases")
            .WithSummary("The loaded releases (approved and drafts), which is in effect today, and release folders rejected at the last load.");
        app.MapPost("/api/releases/reload", ReloadAsync).RequireRoles(Roles.CompAdmin).AcceptsQuery().WithName("ReloadReleases")
            .WithSummary("Loads the rules folder again now (it also reloads by itself when files change); broken releases are rejected and their last good version stays live.");
        app.MapPost("/api/rules/validate", ValidateAsync).RequireRoles(Roles.CompAdmin).AcceptsQuery().WithName("ValidateRules")
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
        var evaluator = releases.EvaluatorFor(release);
        return TypedResults.Ok(new
        {
            release = new { id = release.Id, contentHash = release.ContentHash, effectiveFrom = ReleaseSet.Format(release.Manifest.EffectiveFrom) },
            company = framework.Company,
            families = framework.Families.Select(f => new { id = f.Id, name = f.Name, description = f.Description }),
            tracks = framework.Tracks.Select(t => new { id = t.Id, name = t.Name, alignedWith = t.AlignedWith, levels = t.Levels.Select(l => new { level = l.Number, code = l.Code, title = l.Title }) }),
            regions = framework.Regions.Select(r => new { id = r.Id, name = r.Name, zone = r.Zone, currency = r.Currency.Code }),
            roles = framework.Roles.Select(role => new
            {
                id = role.Id,
                title = role.Title,
                family = role.Family,
                track = role.Track,
                level = role.Level,
                focus = role.Focus.Length == 0 ? null : role.Focus,
                coreSkills = role.CoreSkills.Select(s => new { skill = s.Skill, proficiency = s.Proficiency }),
                optionalSkills = role.OptionalSkills.Select(s => new { skill = s.Skill, proficiency = s.Proficiency }),
                bands = framework.Regions.Select(region => (region, band: evaluator.BandFor(role.Family, role.Track, role.Level, region.Id, role.Focus)))
                    .Where(x => x.band is not null)
                    .Select(x => new { region = x.region.Id, currency = x.band!.Currency.Code, min = x.band.Min.FormatAmount(), mid = x.band.Mid.FormatAmount(), max = x.band.Max.FormatAmount(), bonusTargetPct = x.band.BonusTargetPct, equity = x.band.Equity }),
            }),
        });
    }

    private static Ok<object> ListReleases(ReleaseSet releases, TimeProvider time, ClaimsPrincipal user) => TypedResults.Ok(Describe(releases.Current, time, Roles.MayReadRules(user)));

    private static async Task<IResult> ReloadAsync(ReleaseSet releases, TimeProvider time, CancellationToken cancellationToken)
    {
        // Compiling happens off the request threads that serve decisions; this caller alone waits for it.
        var snapshot = await Task.Run(() => releases.ReloadAsync(cancellationToken), cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(Describe(snapshot, time, mayReadRules: true));
    }

    private static object Describe(ReleaseSet.Snapshot snapshot, TimeProvider time, bool mayReadRules)
    {
        var catalog = snapshot.Catalog;
        var current = catalog.InEffectOn(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), out _);
        return new
        {
            loadedAt = snapshot.LoadedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            generation = snapshot.Generation,
            releases = catalog.Releases.Select(r => new
            {
                id = r.Id,
                status = r.Manifest.IsApproved ? "approved" : "draft",
                effectiveFrom = ReleaseSet.Format(r.Manifest.EffectiveFrom),
                contentHash = r.ContentHash,
                approvals = r.Manifest.ApprovalsOf(r.ContentHash),
                requiredApprovals = r.Manifest.RequiredApprovals,
                notes = r.Manifest.Notes,
                inEffect = ReferenceEquals(r, current),
            }),
            // Diagnostics quote rule files and name folders: only the roles that may read the rules see them.
            rejected = catalog.Rejected.Select(r => new
            {
                id = r.Id,
                folder = mayReadRules ? r.Folder : null,
                stillLive = r.Id is not null && catalog.Find(r.Id) is not null,
                errorCount = r.Errors.Count,
                errors = mayReadRules ? r.Errors.Select(e => e.ToString()) : null,
            }),
        };
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

                contents[file.Name] = System.Text.Encoding.UTF8.GetBytes(file.Value.GetString()!);
            }

            var result = ReleaseLoader.Load(new ReleaseSource("bundle", contents));
            return TypedResults.Ok(new
            {
                valid = result.Succeeded,
                release = result.Release is { } release ? new { id = release.Id, contentHash = release.ContentHash } : null,
                diagnostics = result.Diagnostics.Select(d => new
                {
                    code = d.Code,
                    severity = d.Severity.ToString().ToLowerInvariant(),
                    message = d.Message,
                    file = d.Location.File,
                    line = d.Location.Line,
                    column = d.Location.Column,
                    pointer = d.Location.Pointer,
                    text = d.ToString(),
                }),
            });
        }
    }
}
