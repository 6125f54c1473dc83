namespace JobFramework.Comp.Framework;

/// <summary>One step of the performance rating scale reviews use: the number, its label and what it means.</summary>
public sealed record RatingStep(int Rating, string Label, string Meaning);

/// <summary>What a level expects on one track, in words: the scope of the work, its impact and the behaviours shown.</summary>
public sealed record LevelExpectation(string Track, int Level, string Scope, string Impact, string Behaviours);

/// <summary>
/// The capability model of a release (capabilities.json): for every skill, what each proficiency looks like in
/// behaviour; for every level of every track, what it expects; and the rating scale reviews use. It is the
/// language of reviews, progression criteria and career conversations — the rules decide, this describes.
/// </summary>
public sealed class CapabilityModel(
    IReadOnlyList<RatingStep> ratings,
    IReadOnlyDictionary<string, IReadOnlyList<string>> indicators,
    IReadOnlyList<LevelExpectation> levels)
{
    public static CapabilityModel Empty { get; } = new([], new Dictionary<string, IReadOnlyList<string>>(), []);

    public IReadOnlyList<RatingStep> Ratings { get; } = ratings;

    /// <summary>Per skill id, one indicator per step of the proficiency scale (the first is the scale's minimum).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Indicators { get; } = indicators;

    public IReadOnlyList<LevelExpectation> Levels { get; } = levels;

    /// <summary>What holding <paramref name="skill"/> at <paramref name="proficiency"/> looks like; null when undescribed or outside the scale.</summary>
    public string? IndicatorFor(string skill, int proficiency, ProficiencyScale scale) =>
        Indicators.TryGetValue(skill, out var steps) && proficiency >= scale.Min && proficiency - scale.Min < steps.Count
            ? steps[proficiency - scale.Min]
            : null;

    /// <summary>The expectation statements of a level on a track, or null when undescribed.</summary>
    public LevelExpectation? ExpectationFor(string track, int level) =>
        Levels.FirstOrDefault(l => l.Level == level && string.Equals(l.Track, track, StringComparison.Ordinal));
}
