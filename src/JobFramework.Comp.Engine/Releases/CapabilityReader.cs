using System.Text.RegularExpressions;
using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Framework;
using JobFramework.Comp.Json;

namespace JobFramework.Comp.Releases;

/// <summary>
/// Reads capabilities.json: the rating scale, behavioural indicators per skill (one per proficiency step) and
/// expectation statements per track and level. Ids must resolve (with a suggestion); a skill or level left
/// undescribed is a warning that names them all; a gendered word in any statement is a warning at its column,
/// because these statements are published as progression criteria.
/// </summary>
internal static partial class CapabilityReader
{
    public static CapabilityModel Read(ObjectReader? file, JobFrameworkModel framework, DiagnosticBag diagnostics)
    {
        if (file is null)
        {
            return CapabilityModel.Empty;
        }

        var ratings = ReadRatings(file, diagnostics);
        var indicators = ReadIndicators(file, framework, diagnostics);
        var levels = ReadLevels(file, framework, diagnostics);
        file.Finish();

        var undescribedSkills = framework.Skills.Select(s => s.Id).Where(id => !indicators.ContainsKey(id)).ToList();
        if (undescribedSkills.Count > 0)
        {
            diagnostics.Warning(Codes.CapabilityModel, TransparencyMessages.SkillsUndescribed(undescribedSkills), file.Span);
        }

        var undescribedLevels = framework.Tracks.SelectMany(t => t.Levels.Where(l => !levels.Any(e => e.Track == t.Id && e.Level == l.Number)).Select(l => l.Code)).ToList();
        if (undescribedLevels.Count > 0)
        {
            diagnostics.Warning(Codes.CapabilityModel, TransparencyMessages.LevelsUndescribed(undescribedLevels), file.Span);
        }

        return new CapabilityModel(ratings, indicators, levels);
    }

    private static List<RatingStep> ReadRatings(ObjectReader file, DiagnosticBag diagnostics)
    {
        var ratings = new List<RatingStep>();
        var array = file.Array("ratings", false);
        foreach (var item in array?.Items ?? [])
        {
            var entry = ObjectReader.From(item, diagnostics, "ratings item");
            var rating = entry?.Int("rating", true, 1, 10);
            var label = entry?.Identifier("label");
            var meaning = Statement(entry, "meaning", diagnostics);
            entry?.Finish();
            if (rating is not null && label is not null && meaning is not null)
            {
                ratings.Add(new RatingStep(rating.Value, label.Value, meaning));
            }
        }

        // Ratings are read by rules as employee.rating (1–5): the scale names each of them once, lowest first.
        if (array is not null && !ratings.Select(r => r.Rating).SequenceEqual(Enumerable.Range(1, 5)))
        {
            diagnostics.Error(Codes.OutOfRange, TransparencyMessages.RatingsNotScale(1, 5), array.Span);
        }

        return ratings;
    }

    private static Dictionary<string, IReadOnlyList<string>> ReadIndicators(ObjectReader file, JobFrameworkModel framework, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        int steps = framework.Scale.Max - framework.Scale.Min + 1;
        foreach (var item in file.Array("skills", false)?.Items ?? [])
        {
            var entry = ObjectReader.From(item, diagnostics, "skills item");
            var skill = entry?.Identifier("skill");
            var array = entry?.Array("indicators", true);
            var indicators = new List<string>();
            foreach (var indicator in array?.Items ?? [])
            {
                if (indicator is SourceString { Value.Length: > 0 } text)
                {
                    CheckNeutral(text, diagnostics);
                    indicators.Add(text.Value);
                }
                else
                {
                    diagnostics.Error(Codes.WrongType, Messages.WrongType("indicators item", "a non-empty string", indicator.Describe()), indicator.Span);
                }
            }

            entry?.Finish();
            if (skill is null || array is null)
            {
                continue;
            }

            if (framework.FindSkill(skill.Value) is null)
            {
                diagnostics.Error(Codes.UnknownId, Messages.UnknownReference("skill", skill.Value, ObjectReader.Suggest(skill.Value, framework.Skills.Select(s => s.Id))), skill.Span, skill.RawLine);
            }
            else if (array.Items.Count != steps)
            {
                diagnostics.Error(Codes.OutOfRange, TransparencyMessages.IndicatorCount(skill.Value, array.Items.Count, steps), array.Span);
            }
            else if (!result.TryAdd(skill.Value, indicators))
            {
                diagnostics.Error(Codes.DuplicateId, Messages.DuplicateId("skill", skill.Value), skill.Span, skill.RawLine);
            }
        }

        return result;
    }

    private static List<LevelExpectation> ReadLevels(ObjectReader file, JobFrameworkModel framework, DiagnosticBag diagnostics)
    {
        var result = new List<LevelExpectation>();
        foreach (var item in file.Array("levels", false)?.Items ?? [])
        {
            var entry = ObjectReader.From(item, diagnostics, "levels item");
            var trackId = entry?.Identifier("track");
            var level = entry?.Int("level", true, 0, 99);
            var scope = Statement(entry, "scope", diagnostics);
            var impact = Statement(entry, "impact", diagnostics);
            var behaviours = Statement(entry, "behaviours", diagnostics);
            entry?.Finish();
            if (trackId is null || level is null || scope is null || impact is null || behaviours is null)
            {
                continue;
            }

            var track = framework.FindTrack(trackId.Value);
            if (track is null)
            {
                diagnostics.Error(Codes.UnknownId, Messages.UnknownReference("track", trackId.Value, ObjectReader.Suggest(trackId.Value, framework.Tracks.Select(t => t.Id))), trackId.Span, trackId.RawLine);
            }
            else if (track.FindLevel(level.Value) is null)
            {
                diagnostics.Error(Codes.UnknownId, Messages.LevelNotInTrack(level.Value, track.Id, [.. track.Levels.Select(l => l.Number)]), entry!.Get("level")!.Span);
            }
            else if (result.Any(e => e.Track == track.Id && e.Level == level.Value))
            {
                diagnostics.Error(Codes.DuplicateId, Messages.DuplicateId("level", track.Levels.First(l => l.Number == level.Value).Code), entry!.Span);
            }
            else
            {
                result.Add(new LevelExpectation(track.Id, level.Value, scope, impact, behaviours));
            }
        }

        return result;
    }

    private static string? Statement(ObjectReader? entry, string name, DiagnosticBag diagnostics)
    {
        var text = entry?.Identifier(name);
        if (text is not null)
        {
            CheckNeutral(text, diagnostics);
        }

        return text?.Value;
    }

    // Statements become published criteria: a gendered pronoun or noun is pointed at where it stands.
    private static void CheckNeutral(SourceString text, DiagnosticBag diagnostics)
    {
        foreach (Match match in GenderedWords().Matches(text.Value))
        {
            int column = text.ColumnOf(match.Index);
            diagnostics.Warning(Codes.CapabilityModel, TransparencyMessages.GenderedWord(match.Value), text.Span with { Column = column }, text.RawLine);
        }
    }

    [GeneratedRegex(@"\b(he|she|him|her|his|hers|himself|herself|chairman|chairwoman|manpower|salesman|saleswoman|workman|guys)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GenderedWords();
}
