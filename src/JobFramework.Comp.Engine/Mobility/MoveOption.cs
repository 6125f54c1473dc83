using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Framework;

namespace JobFramework.Comp.Mobility;

/// <summary>An employee's move options, best first, from the role they hold now.</summary>
public sealed record MobilityAdvice(string EmployeeId, Role CurrentRole, IReadOnlyList<MoveOption> Options);

/// <summary>
/// One move an employee could make: where to, what kind, the rules that make it legitimate and any that block
/// it, how ready they are, the exact skill gaps with the ways to close them, the trainings it requires, the
/// pay effect of placement in the target band, and why it ranks where it does.
/// </summary>
public sealed record MoveOption(
    int Rank,
    Role Target,
    MoveKind Kind,
    IReadOnlyList<MoveReason> AllowedBy,
    IReadOnlyList<MoveBlock> BlockedBy,
    Readiness Readiness,
    IReadOnlyList<SkillGapPlan> Gaps,
    IReadOnlyList<TrainingStatus> Trainings,
    decimal EffortHours,
    PayImpact? Pay,
    string RankedBecause)
{
    public bool Open => BlockedBy.Count == 0;

    public bool NamedPath => AllowedBy.Any(r => r.Kind == MoveReasonKind.ExplicitPath);
}

/// <summary>The share of the target's core skills the employee holds at the required proficiency (4 decimals, half-even).</summary>
public sealed record Readiness(int Held, int Required, decimal Share);

/// <summary>A core skill of the target the employee must grow, with every way the rules list to acquire it.</summary>
public sealed record SkillGapPlan(string Skill, string SkillName, int Required, int Held, string RequiredLabel, string HeldLabel, IReadOnlyList<LearningStep> Steps);

/// <summary>A training the move requires and whether the employee has completed it (it is in their certifications).</summary>
public sealed record TrainingStatus(Training Training, bool Completed);

/// <summary>A rule that blocks a move for now, with its explanation.</summary>
public sealed record MoveBlock(string Rule, string Message);

/// <summary>What placement in the target band does to base pay.</summary>
public enum PayEffect
{
    /// <summary>The salary is within the target band: unchanged.</summary>
    Unchanged,

    /// <summary>Below the target minimum: raised to it.</summary>
    RaiseToMinimum,

    /// <summary>Above the target maximum and protected: kept, flagged with the amount above the maximum.</summary>
    Protected,

    /// <summary>Above the target maximum and a rule lets the move lower pay: cut to the maximum, flagged with the amount.</summary>
    Decrease,
}

/// <summary>
/// Placement in the target band: the salary after the move, the change (negative only for a
/// <see cref="PayEffect.Decrease"/>), the amount above the target maximum when protected or cut, and the placement.
/// </summary>
public sealed record PayImpact(PayEffect Effect, Monetary.Money Current, Monetary.Money Proposed, Monetary.Money Change, Monetary.Money AboveMaximum, Placement InTargetBand);
