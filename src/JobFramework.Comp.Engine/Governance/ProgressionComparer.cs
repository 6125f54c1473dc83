using JobFramework.Comp.Releases;
using JobFramework.Comp.Transparency;

namespace JobFramework.Comp.Governance;

/// <summary>
/// Which published progression criteria (Art. 6) a release changes: for every family, track and step up, the criteria
/// in words, the level's expectations and the skills the level needs, compared line by line ("- before", "+ after").
/// Bands are left to the band diff. Releases without a level-up workflow publish none.
/// </summary>
public static class ProgressionComparer
{
    public static IReadOnlyList<ItemChange> Compare(CompiledRelease from, CompiledRelease to)
    {
        var before = Documents(from);
        var after = Documents(to);
        var changes = new List<ItemChange>();
        foreach (string key in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            var old = before.GetValueOrDefault(key);
            var now = after.GetValueOrDefault(key);
            if (old is null || now is null)
            {
                changes.Add(new ItemChange(key, old is null ? ChangeKind.Added : ChangeKind.Removed, []));
                continue;
            }

            var details = old.Except(now).Select(l => "- " + l).Concat(now.Except(old).Select(l => "+ " + l)).ToList();
            if (details.Count > 0)
            {
                changes.Add(new ItemChange(key, ChangeKind.Changed, details));
            }
        }

        return changes;
    }

    // "engineering/ic IC3→IC4" → the step's lines, in document order.
    private static Dictionary<string, List<string>> Documents(CompiledRelease release)
    {
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (release.LevelUpWorkflow is null)
        {
            return result;
        }

        var evaluator = new Evaluation.Evaluator(release);
        foreach (var family in release.Framework.Families)
        {
            foreach (var track in release.Framework.Tracks)
            {
                var document = ProgressionCriteria.For(evaluator, family.Id, track.Id);
                foreach (var step in document.Value?.Steps ?? [])
                {
                    result[$"{family.Id}/{track.Id} {step.From.Code}→{step.To.Code}"] = Lines(step);
                }
            }
        }

        return result;
    }

    private static List<string> Lines(ProgressionStep step)
    {
        var lines = step.Criteria.SelectMany(c => c.SelfAndNested()).Select(c => c.Statement ?? c.Rule).ToList();

        if (step.Expectation is { } expected)
        {
            lines.Add($"expects scope: {expected.Scope}");
            lines.Add($"expects impact: {expected.Impact}");
            lines.Add($"expects behaviours: {expected.Behaviours}");
        }

        lines.AddRange(step.Skills.Select(s => $"skill {s.Name} at {s.Proficiency} {s.Label}{(s.Indicator is null ? "" : ": " + s.Indicator)}"));
        return lines;
    }
}
