using JobFramework.Comp.Framework;

namespace JobFramework.Comp.Evaluation;

/// <summary>What eligibility was checked for: a level on a track, and the role there when one is defined.</summary>
public sealed record EligibilityTarget(int? Level = null, string? RoleId = null);

/// <summary>A skill the employee must grow: the skill, the proficiency required and the one held (0 = none).</summary>
public sealed record SkillGap(string Skill, string SkillName, int Required, int Held);

/// <summary>One rule's outcome, its message with values filled in, its skill gaps and nested rules.</summary>
public sealed record CriterionResult(string Rule, RuleOutcome Outcome, string? Message, IReadOnlyList<SkillGap> Gaps, IReadOnlyList<CriterionResult> Children)
{
    /// <summary>The value of the rule's OutputExpression action for its outcome (RulesEngine's ActionResult.Output), as text; null without one.</summary>
    public string? ActionOutput { get; init; }

    /// <summary>The rules that decide, nested ones flattened: this criterion when it has no children, else its children's leaves.</summary>
    public IEnumerable<CriterionResult> Leaves() => Children.Count == 0 ? [this] : Children.SelectMany(c => c.Leaves());
}

/// <summary>
/// The answer to "is this person eligible to move up (or into this role)?": the verdict, the target, every
/// criterion met or unmet with its explanation, the concrete skill gaps, the band at the target, and the
/// workflow's computed outputs with how each was reached.
/// </summary>
public sealed record EligibilityDecision(
    bool Eligible,
    string Workflow,
    string TargetTrack,
    int TargetLevel,
    string? TargetLevelCode,
    string? TargetRoleId,
    string? TargetRoleTitle,
    PayBand? TargetBand,
    IReadOnlyList<CriterionResult> Criteria,
    IReadOnlyList<SkillGap> Gaps)
{
    public IReadOnlyList<ComputedOutput> Outputs { get; init; } = [];
}
