using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Framework;
using JobFramework.Comp.Mobility;

namespace JobFramework.Comp.Transparency;

/// <summary>How a held proficiency compares with the one the role expects.</summary>
public enum Standing
{
    Below,
    Meets,
    Above,
}

/// <summary>One competency of the role: expected and held proficiency, what each looks like, and the standing.</summary>
public sealed record Competency(string Skill, string Name, bool Core, int Expected, string ExpectedLabel, string? ExpectedIndicator, int Held, string HeldLabel, string? HeldIndicator, Standing Standing);

/// <summary>A development goal: a skill to grow from one proficiency to another, with the learning steps the release lists for it.</summary>
public sealed record DevelopmentGoal(string Skill, string Name, int From, int To, string ToLabel, string? ToIndicator, IReadOnlyList<LearningStep> Learning);

/// <summary>
/// The review guide for one employee, for review tooling and the conversation itself: what their level and role
/// expect (statements and, per competency, the behaviours at the expected and at the held proficiency), the rating
/// scale, the level-up decision with every criterion met or not, development goals tied to the release's learning
/// steps, and conversation prompts drawn from all of it. Computed from the release that decides eligibility.
/// </summary>
public sealed record ReviewGuide(
    Employee Employee,
    Role? Role,
    Level Level,
    LevelExpectation? Expectation,
    IReadOnlyList<Competency> Competencies,
    IReadOnlyList<RatingStep> Ratings,
    EligibilityDecision LevelUp,
    LevelExpectation? NextExpectation,
    IReadOnlyList<DevelopmentGoal> Goals,
    IReadOnlyList<string> Prompts,
    string ReleaseId,
    string ContentHash)
{
    /// <summary>Each level-up rule's criterion in words (<c>Properties.Criterion</c>), by rule name: what a rule met without a message of its own is shown as.</summary>
    public IReadOnlyDictionary<string, string> Criteria { get; init; } = new Dictionary<string, string>();

    /// <summary>A criterion's outcome in words: the rule's message, else its stated criterion, else its name.</summary>
    public string Describe(CriterionResult criterion) => criterion.Message ?? Criteria.GetValueOrDefault(criterion.Rule) ?? criterion.Rule;

    /// <summary>The guide for an employee record, or its input errors (field by field).</summary>
    public static EvaluationResult<ReviewGuide> For(Evaluator evaluator, Employee employee)
    {
        var eligibility = evaluator.CheckEligibility(employee);
        if (!eligibility.Succeeded)
        {
            return EvaluationResult<ReviewGuide>.Fail(eligibility.Errors);
        }

        var release = evaluator.Release;
        var framework = release.Framework;
        var scale = framework.Scale;
        var level = framework.FindTrack(employee.Track)!.FindLevel(employee.Level)!;
        var role = framework.FindRole(employee.Family, employee.Track, employee.Level, employee.Focus) ?? framework.FindRole(employee.Family, employee.Track, employee.Level, "");
        var competencies = (role?.CoreSkills.Select(s => (s, Core: true)) ?? [])
            .Concat(role?.OptionalSkills.Select(s => (s, Core: false)) ?? [])
            .Select(x =>
            {
                int held = employee.ProficiencyIn(x.s.Skill);
                var standing = held < x.s.Proficiency ? Standing.Below : held == x.s.Proficiency ? Standing.Meets : Standing.Above;
                return new Competency(
                    x.s.Skill, framework.FindSkill(x.s.Skill)?.Name ?? x.s.Skill, x.Core,
                    x.s.Proficiency, scale.LabelOf(x.s.Proficiency), release.Capabilities.IndicatorFor(x.s.Skill, x.s.Proficiency, scale),
                    held, held == 0 ? "none yet" : scale.LabelOf(held), held == 0 ? null : release.Capabilities.IndicatorFor(x.s.Skill, held, scale),
                    standing);
            }).ToList();

        var decision = eligibility.Value!;
        // Goals: the skills the next level needs (from the level-up decision), then core skills of the current role still below it.
        var goals = decision.Gaps.Select(g => Goal(release, g.Skill, g.SkillName, g.Held, g.Required))
            .Concat(competencies.Where(c => c.Core && c.Standing == Standing.Below && decision.Gaps.All(g => g.Skill != c.Skill)).Select(c => Goal(release, c.Skill, c.Name, c.Held, c.Expected)))
            .ToList();
        var next = decision.TargetLevelCode is null ? null : release.Capabilities.ExpectationFor(decision.TargetTrack, decision.TargetLevel);
        var prompts = ReviewPrompts.For(level, competencies, decision, next, goals, scale);
        var stated = evaluator.StateLevelUpCriteria(employee).Value ?? [];
        return EvaluationResult<ReviewGuide>.Ok(new ReviewGuide(
            employee, role, level, release.Capabilities.ExpectationFor(employee.Track, employee.Level), competencies, release.Capabilities.Ratings,
            decision, next, goals, prompts, release.Id, release.ContentHash)
        {
            Criteria = stated.SelectMany(c => c.SelfAndNested()).Where(c => c.Statement is not null).ToDictionary(c => c.Rule, c => c.Statement!, StringComparer.Ordinal),
        });
    }

    private static DevelopmentGoal Goal(Releases.CompiledRelease release, string skill, string name, int from, int to) =>
        new(skill, name, from, to, release.Framework.Scale.LabelOf(to), release.Capabilities.IndicatorFor(skill, to, release.Framework.Scale), release.Mobility.Rules.LearningFor(skill));
}
