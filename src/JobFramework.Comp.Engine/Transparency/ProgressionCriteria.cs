using System.Globalization;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Framework;

namespace JobFramework.Comp.Transparency;

/// <summary>A skill the level moved into requires: its name, the proficiency and its label, and what that looks like.</summary>
public sealed record SkillExpectation(string Skill, string Name, int Proficiency, string Label, string? Indicator);

/// <summary>The band of the level moved into in one region.</summary>
public sealed record RegionalBand(Region Region, PayBand Band);

/// <summary>
/// What it takes to move up one level on a track in a family: the level-up rules' criteria in words (each traced to
/// its rule and file:line), what the level expects (capability model), the skills its role needs with their
/// indicators, and its bands.
/// </summary>
public sealed record ProgressionStep(
    Level From,
    Level To,
    Role? TargetRole,
    IReadOnlyList<StatedCriterion> Criteria,
    LevelExpectation? Expectation,
    IReadOnlyList<SkillExpectation> Skills,
    IReadOnlyList<RegionalBand> Bands);

/// <summary>
/// The progression criteria of one track in one family (EU Directive 2023/970 Art. 6), generated from the release
/// that decides eligibility: the level-up workflow, the capability model and the bands. Deterministic: the same
/// release gives the same document, byte for byte; <c>comp rules diff</c> compares two releases' documents.
/// </summary>
public sealed record ProgressionCriteria(JobFamily Family, Track Track, string ReleaseId, string ContentHash, DateOnly EffectiveFrom, IReadOnlyList<ProgressionStep> Steps)
{
    /// <summary>Every step up the track (or only the one into <paramref name="toLevel"/>), or errors naming the family, track or level.</summary>
    public static EvaluationResult<ProgressionCriteria> For(Evaluator evaluator, string familyId, string trackId, int? toLevel = null)
    {
        var framework = evaluator.Release.Framework;
        var errors = new List<InputError>();
        var family = framework.FindFamily(familyId);
        var track = framework.FindTrack(trackId);
        if (family is null)
        {
            errors.Add(new InputError("family", Diagnostics.Messages.UnknownValue("family", familyId, Json.ObjectReader.Suggest(familyId, framework.Families.Select(f => f.Id)), [.. framework.Families.Select(f => f.Id)])));
        }

        if (track is null)
        {
            errors.Add(new InputError("track", Diagnostics.Messages.UnknownValue("track", trackId, Json.ObjectReader.Suggest(trackId, framework.Tracks.Select(t => t.Id)), [.. framework.Tracks.Select(t => t.Id)])));
        }
        else if (toLevel is { } wanted && (track.FindLevel(wanted) is null || track.Levels.Min(l => l.Number) == wanted))
        {
            errors.Add(new InputError("level", $"Level {wanted.ToString(CultureInfo.InvariantCulture)} is not a level one moves up into on the {track.Id} track; it has {string.Join(", ", track.Levels.Skip(1).Select(l => l.Number))}."));
        }

        if (errors.Count > 0)
        {
            return EvaluationResult<ProgressionCriteria>.Fail(errors);
        }

        var steps = new List<ProgressionStep>();
        foreach (var from in track!.Levels)
        {
            if (track.NextAbove(from.Number) is not { } to || (toLevel is { } only && to.Number != only))
            {
                continue;
            }

            var step = Step(evaluator, family!, track, from, to);
            if (!step.Succeeded)
            {
                return EvaluationResult<ProgressionCriteria>.Fail(step.Errors);
            }

            steps.Add(step.Value!);
        }

        var release = evaluator.Release;
        return EvaluationResult<ProgressionCriteria>.Ok(new ProgressionCriteria(family!, track, release.Id, release.ContentHash, release.Manifest.EffectiveFrom, steps));
    }

    private static EvaluationResult<ProgressionStep> Step(Evaluator evaluator, JobFamily family, Track track, Level from, Level to)
    {
        var release = evaluator.Release;
        var framework = release.Framework;
        var region = framework.Regions[0];
        // Criteria never read the person (the loader refuses one that does): anyone at the position states the same bar.
        var reference = new Employee
        {
            Id = "criteria", Family = family.Id, Track = track.Id, Level = from.Number, Region = region.Id, BaseSalary = 1m, Currency = region.Currency.Code,
        };
        var criteria = evaluator.StateLevelUpCriteria(reference);
        if (!criteria.Succeeded)
        {
            return EvaluationResult<ProgressionStep>.Fail(criteria.Errors);
        }

        var role = framework.FindRole(family.Id, track.Id, to.Number, "");
        var skills = (role?.CoreSkills ?? []).Select(r => new SkillExpectation(
            r.Skill, framework.FindSkill(r.Skill)?.Name ?? r.Skill, r.Proficiency, framework.Scale.LabelOf(r.Proficiency),
            release.Capabilities.IndicatorFor(r.Skill, r.Proficiency, framework.Scale))).ToList();
        var bands = framework.Regions
            .Select(r => evaluator.BandFor(family.Id, track.Id, to.Number, r.Id) is { } band ? new RegionalBand(r, band) : null)
            .OfType<RegionalBand>().ToList();
        return EvaluationResult<ProgressionStep>.Ok(new ProgressionStep(
            from, to, role, [.. criteria.Value!.Select(c => Relative(c, release.Location))], release.Capabilities.ExpectationFor(track.Id, to.Number), skills, bands));
    }

    // "rules/releases/2027-h2/workflows/level-up.json:15" → "workflows/level-up.json:15": the same wherever the rules are kept.
    private static StatedCriterion Relative(StatedCriterion criterion, string releaseFolder)
    {
        string prefix = releaseFolder.TrimEnd('/', '\\') + "/";
        string location = criterion.Location.Replace('\\', '/');
        int at = location.IndexOf(prefix.Replace('\\', '/'), StringComparison.Ordinal);
        return criterion with
        {
            Location = at >= 0 ? location[(at + prefix.Length)..] : location,
            Children = [.. criterion.Children.Select(c => Relative(c, releaseFolder))],
        };
    }
}
