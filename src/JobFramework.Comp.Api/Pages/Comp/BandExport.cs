using System.Globalization;
using System.Text;
using JobFramework.Comp.Api.Hosting;
using JobFramework.Comp.Api.People;

namespace JobFramework.Comp.Api.Pages.Comp;

/// <summary><c>GET /comp/bands.csv</c>: the band explorer's bands for a family and track as CSV, for comp admins signed in to the pages.</summary>
public static class BandExport
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/comp/bands.csv", Export)
            .RequireAuthorization(policy => policy.AddAuthenticationSchemes(PeopleSignIn.Scheme).RequireRole(PageRoles.CompAdmin))
            .ExcludeFromDescription();

    private static IResult Export(string? family, string? track, ReleaseSet releases, PeopleData people)
    {
        var today = people.AsOf;
        var release = releases.InEffectOn(today, out string? reason);
        if (release is null)
        {
            return Http.ApiProblems.Status(StatusCodes.Status409Conflict, "No release in effect.", reason ?? "No release is in effect today.");
        }

        var framework = release.Framework;
        if (framework.FindFamily(family ?? "") is null || framework.FindTrack(track ?? "") is null)
        {
            return Http.ApiProblems.Invalid([
                .. framework.FindFamily(family ?? "") is null ? [new Evaluation.InputError("family", "must be one of: " + string.Join(", ", framework.Families.Select(f => f.Id)))] : Array.Empty<Evaluation.InputError>(),
                .. framework.FindTrack(track ?? "") is null ? [new Evaluation.InputError("track", "must be one of: " + string.Join(", ", framework.Tracks.Select(t => t.Id)))] : Array.Empty<Evaluation.InputError>(),
            ]);
        }

        var csv = new StringBuilder("release,family,track,level,levelCode,region,currency,min,mid,max\n");
        foreach (var row in BandRow.Of(releases.EvaluatorFor(release, today), family!, track!))
        {
            csv.Append(CultureInfo.InvariantCulture, $"{release.Id},{row.Family},{row.Track},{row.Level.Number},{row.Level.Code},{row.Region.Id},{row.Band.Currency.Code},{row.Band.Min.FormatAmount()},{row.Band.Mid?.FormatAmount()},{row.Band.Max.FormatAmount()}\n");
        }

        return TypedResults.File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", $"bands-{release.Id}-{family}-{track}.csv");
    }
}
