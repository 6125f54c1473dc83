using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Framework;

namespace JobFramework.Comp.Mobility;

/// <summary>What a talent-marketplace search filters on; a null filter matches every role.</summary>
public sealed record RoleQuery(string? Family = null, string? Skill = null, int? Level = null, string? Track = null);

/// <summary>
/// A role as the marketplace shows it: its required skills with the ways to acquire each, and the
/// development paths out of it.
/// </summary>
public sealed record RoleListing(Role Role, string Cluster, IReadOnlyList<SkillPathway> CoreSkills, IReadOnlyList<MoveEdge> DevelopmentPaths);

/// <summary>A core skill of a role, at the proficiency it needs, with the learning steps the rules list for it.</summary>
public sealed record SkillPathway(string Skill, string SkillName, int Proficiency, IReadOnlyList<LearningStep> Learning);

/// <summary>
/// Browsing the framework's roles by family, skill (core or optional), level and track. Unknown family, skill
/// or track ids are errors naming the filter (with a suggestion), so a typo never reads as "no roles".
/// </summary>
public static class RoleSearch
{
    public static EvaluationResult<IReadOnlyList<RoleListing>> Find(MobilityGraph graph, RoleQuery query)
    {
        var framework = graph.Framework;
        var errors = new List<InputError>();
        Known(errors, "family", query.Family, framework.Families.Select(f => f.Id));
        Known(errors, "skill", query.Skill, framework.Skills.Select(s => s.Id));
        Known(errors, "track", query.Track, framework.Tracks.Select(t => t.Id));
        if (query.Level is < 1 or > 99)
        {
            errors.Add(new InputError("level", "must be a whole number from 1 to 99"));
        }

        if (errors.Count > 0)
        {
            return EvaluationResult<IReadOnlyList<RoleListing>>.Fail(errors);
        }

        var listings = framework.Roles
            .Where(r => query.Family is null || r.Family == query.Family)
            .Where(r => query.Track is null || r.Track == query.Track)
            .Where(r => query.Level is null || r.Level == query.Level)
            .Where(r => query.Skill is null || r.CoreSkills.Any(s => s.Skill == query.Skill) || r.OptionalSkills.Any(s => s.Skill == query.Skill))
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .Select(r => new RoleListing(r, graph.ClusterOf(r.Id), [.. r.CoreSkills.Select(s => Pathway(framework, graph.Rules, s))], graph.MovesFrom(r.Id)))
            .ToArray();
        return EvaluationResult<IReadOnlyList<RoleListing>>.Ok(listings);
    }

    private static SkillPathway Pathway(JobFrameworkModel framework, MobilityRules rules, SkillRequirement skill) =>
        new(skill.Skill, framework.FindSkill(skill.Skill)?.Name ?? skill.Skill, skill.Proficiency, rules.LearningFor(skill.Skill));

    private static void Known(List<InputError> errors, string field, string? id, IEnumerable<string> ids)
    {
        var all = ids.ToArray();
        if (id is not null && !all.Contains(id, StringComparer.Ordinal))
        {
            errors.Add(new InputError(field, Diagnostics.Messages.UnknownValue(field, id, Json.ObjectReader.Suggest(id, all))));
        }
    }
}
