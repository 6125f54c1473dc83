using System.Globalization;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Framework;
using Microsoft.Extensions.Primitives;

namespace JobFramework.Comp.Api.Pages.Career;

/// <summary>One skill of the chosen role: what it needs, what the person says they hold, and whether that is enough.</summary>
public sealed record AssessedSkill(Skill Skill, bool Core, int Required, int Assessed)
{
    public bool Enough => Assessed >= Required;
}

/// <summary>
/// A self-assessment against a chosen role, read from the explorer's query string (<c>role</c> and one
/// <c>skill.&lt;id&gt;</c> per skill of the role, on the proficiency scale, 0 for none): nothing is stored.
/// Unset skills start from what the person's record holds; a value off the scale is an error naming the skill.
/// </summary>
public sealed record SelfAssessment(Role Role, IReadOnlyList<AssessedSkill> Skills, IReadOnlyList<InputError> Errors)
{
    public const string SkillPrefix = "skill.";

    public static SelfAssessment Read(Role role, JobFrameworkModel framework, IQueryCollection query, Employee? record)
    {
        var errors = new List<InputError>();
        var skills = new List<AssessedSkill>();
        foreach (var (requirement, core) in role.CoreSkills.Select(s => (s, true)).Concat(role.OptionalSkills.Select(s => (s, false))))
        {
            var skill = framework.FindSkill(requirement.Skill) ?? new Skill(requirement.Skill, requirement.Skill, "");
            int assessed = record?.ProficiencyIn(skill.Id) ?? 0;
            if (query.TryGetValue(SkillPrefix + skill.Id, out StringValues text) && !StringValues.IsNullOrEmpty(text))
            {
                if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && (value == 0 || (value >= framework.Scale.Min && value <= framework.Scale.Max)))
                {
                    assessed = value;
                }
                else
                {
                    errors.Add(new InputError(SkillPrefix + skill.Id, $"must be 0 (none) or a step of the scale, {framework.Scale.Min} to {framework.Scale.Max}"));
                }
            }

            skills.Add(new AssessedSkill(skill, core, requirement.Proficiency, assessed));
        }

        return new SelfAssessment(role, skills, errors);
    }

    /// <summary>The person's record with the assessed proficiencies in place of the role's skills (others kept).</summary>
    public Employee Apply(Employee record)
    {
        var assessed = Skills.ToDictionary(s => s.Skill.Id, s => s.Assessed, StringComparer.Ordinal);
        var kept = record.Skills.Where(h => !assessed.ContainsKey(h.Skill));
        return record with { Skills = [.. kept, .. assessed.Where(a => a.Value > 0).Select(a => new SkillHolding(a.Key, a.Value))] };
    }
}
