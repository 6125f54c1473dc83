using System.Globalization;
using System.Text;
using System.Text.Json;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Framework;

namespace JobFramework.Comp.Transparency;

/// <summary>
/// The pay range a job posting must state (EU Directive 2023/970 Art. 5; US state posting laws) for a role in a
/// region on a date, from the band of the release that decides pay then: the base range, and the bonus target and
/// equity where the band defines them — with the release and its content hash, so the posting can be traced to the
/// rules that apply. Deterministic: the same role, region and release give the same bytes.
/// </summary>
public sealed record PayRangeDisclosure(Role Role, string LevelCode, Region Region, PayBand Band, string ReleaseId, string ContentHash, DateOnly EffectiveFrom, DateOnly AsOf)
{
    /// <summary>The disclosure for <paramref name="roleId"/> in <paramref name="regionId"/>, or errors naming the role or region.</summary>
    public static EvaluationResult<PayRangeDisclosure> For(Evaluator evaluator, string roleId, string regionId)
    {
        var framework = evaluator.Release.Framework;
        var errors = new List<InputError>();
        var role = framework.FindRole(roleId);
        var region = framework.FindRegion(regionId);
        if (role is null)
        {
            errors.Add(new InputError("role", Diagnostics.Messages.UnknownValue("role", roleId, Json.ObjectReader.Suggest(roleId, framework.Roles.Select(r => r.Id)))));
        }

        if (region is null)
        {
            errors.Add(new InputError("region", Diagnostics.Messages.UnknownValue("region", regionId, Json.ObjectReader.Suggest(regionId, framework.Regions.Select(r => r.Id)), [.. framework.Regions.Select(r => r.Id)])));
        }

        if (errors.Count > 0)
        {
            return EvaluationResult<PayRangeDisclosure>.Fail(errors);
        }

        var band = evaluator.BandFor(role!.Family, role.Track, role.Level, region!.Id, role.Focus);
        if (band is null)
        {
            return EvaluationResult<PayRangeDisclosure>.Fail("region", $"The release defines no band for {role.Id} in {region.Id}: there is no range to disclose.");
        }

        string level = framework.FindTrack(role.Track)?.FindLevel(role.Level)?.Code ?? role.Level.ToString(CultureInfo.InvariantCulture);
        var release = evaluator.Release;
        return EvaluationResult<PayRangeDisclosure>.Ok(new PayRangeDisclosure(role, level, region, band, release.Id, release.ContentHash, release.Manifest.EffectiveFrom, evaluator.AsOf)
        {
            Progression = release.Transparency.ProgressionInPostings.Contains(region.Id) ? ProgressionFor(evaluator, role) : [],
        });
    }

    /// <summary>
    /// Where the release requires it for the region (transparency.json <c>progressionInPostings</c>): the criteria for
    /// moving up from the advertised level, one line each, traced to their rules; empty at the top of the track.
    /// </summary>
    public IReadOnlyList<string> Progression { get; init; } = [];

    private static IReadOnlyList<string> ProgressionFor(Evaluator evaluator, Role role)
    {
        var next = evaluator.Release.Framework.FindTrack(role.Track)?.NextAbove(role.Level);
        if (next is null || ProgressionCriteria.For(evaluator, role.Family, role.Track, next.Number) is not { Succeeded: true } criteria)
        {
            return [];
        }

        return [.. criteria.Value!.Steps.SelectMany(s => s.Criteria).SelectMany(c => c.Leaves()).Select(ProgressionWriter.Line)];
    }

    /// <summary>For people: "Software Engineer (IC4), United States: base pay 118,500.00 – 177,500.00 USD a year; …".</summary>
    public string ToText()
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{Role.Title} ({LevelCode}{(Role.Focus.Length > 0 ? ", " + Role.Focus : "")}), {Region.Name}: base pay {Band.Min.FormatDisplayAmount()} – {Band.Max.FormatDisplayAmount()} {Band.Currency.Code} a year");
        if (Band.BonusTargetPct is { } bonus)
        {
            text.Append(CultureInfo.InvariantCulture, $"; bonus target {bonus}% of base pay");
        }

        if (Band.Equity is { } equity)
        {
            text.Append(equity ? "; eligible for equity" : "; no equity");
        }

        text.Append(CultureInfo.InvariantCulture, $". Rules: release {ReleaseId} (effective {EffectiveFrom:yyyy-MM-dd}), as of {AsOf:yyyy-MM-dd}.");
        if (Progression.Count > 0)
        {
            text.Append("\nProgression from this level:");
            foreach (var line in Progression)
            {
                text.Append("\n- ").Append(line);
            }
        }

        return text.ToString();
    }

    /// <summary>For job-posting systems: amounts as exact decimal strings, absent components left out.</summary>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("role", Role.Id);
            json.WriteString("title", Role.Title);
            json.WriteString("level", LevelCode);
            json.WriteString("region", Region.Id);
            json.WriteString("currency", Band.Currency.Code);
            json.WriteString("period", "year");
            json.WriteString("baseMin", Band.Min.FormatAmount());
            json.WriteString("baseMax", Band.Max.FormatAmount());
            if (Band.BonusTargetPct is { } bonus)
            {
                json.WriteNumber("bonusTargetPct", bonus);
            }

            if (Band.Equity is { } equity)
            {
                json.WriteBoolean("equity", equity);
            }

            if (Progression.Count > 0)
            {
                json.WriteStartArray("progression");
                foreach (var line in Progression)
                {
                    json.WriteStringValue(line);
                }

                json.WriteEndArray();
            }

            json.WriteString("release", ReleaseId);
            json.WriteString("contentHash", ContentHash);
            json.WriteString("effectiveFrom", EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("asOf", AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
