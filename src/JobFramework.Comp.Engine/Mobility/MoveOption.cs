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
    MoveStatus Status,
    IReadOnlyList<MoveReason> AllowedBy,
    IReadOnlyList<MoveBlock> BlockedBy,
    Readiness Readiness,
    IReadOnlyList<SkillGapPlan> Gaps,
    IReadOnlyList<TrainingStatus> Trainings,
    decimal EffortHours,
    PayImpact? Pay,
    BandChange? Band,
    string RankedBecause)
{
    public bool Open => Status == MoveStatus.Open;

    public bool NamedPath => AllowedBy.Any(r => r.Kind == MoveReasonKind.ExplicitPath);

    /// <summary>
    /// Open when no rule blocks the move and the core skills are held (at least the settings' ready share);
    /// reachable with learning when every blocker is closed by learning (skill gaps, required trainings, a
    /// level-up criterion that is only skills); blocked when any other rule stands in the way.
    /// </summary>
    public static MoveStatus StatusOf(IReadOnlyList<MoveBlock> blocks, Readiness readiness, decimal readyShare) =>
        blocks.Any(b => !b.ClosedByLearning) ? MoveStatus.Blocked
        : blocks.Count == 0 && readiness.Share >= readyShare ? MoveStatus.Open
        : MoveStatus.ReachableWithLearning;
}

/// <summary>Whether a person can make a move now, after learning, or not until a rule is satisfied.</summary>
public enum MoveStatus
{
    /// <summary>The rules allow it and the core skills are held: the move can be made now.</summary>
    Open,

    /// <summary>Only learning stands in the way: skill gaps and required trainings, with their effort.</summary>
    ReachableWithLearning,

    /// <summary>A rule other than learning stands in the way (time in level, rating, scope, no band).</summary>
    Blocked,
}

/// <summary>The share of the target's core skills the employee holds at the required proficiency (4 decimals, half-even).</summary>
public sealed record Readiness(int Held, int Required, decimal Share);

/// <summary>How the target band compares with the current one in the employee's region, from the bands looked up.</summary>
public sealed record BandChange(PayBand Current, PayBand Target)
{
    /// <summary>The target midpoint's change over the current one, in percent (1 decimal, half-even); null across currencies.</summary>
    public decimal? MidpointChangePct => Current.Currency.Code != Target.Currency.Code
        ? null
        : decimal.Round((Target.Centre.Amount - Current.Centre.Amount) * 100m / Current.Centre.Amount, 1, MidpointRounding.ToEven);

    public bool Same => Current.Currency.Code == Target.Currency.Code && Current.Min.Amount == Target.Min.Amount && Current.Centre.Amount == Target.Centre.Amount && Current.Max.Amount == Target.Max.Amount;

    /// <summary>"same band", "higher band (+4.9% at the midpoint)", "lower band (−3.0% at the midpoint)", or a different currency.</summary>
    public string Describe()
    {
        if (Same)
        {
            return "same band";
        }

        if (MidpointChangePct is not { } change)
        {
            return $"a band in {Target.Currency.Code} (now {Current.Currency.Code})";
        }

        string pct = Math.Abs(change).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
        return change switch
        {
            > 0 => $"higher band (+{pct}% at the midpoint)",
            < 0 => $"lower band (\u2212{pct}% at the midpoint)",
            _ => "a band with the same midpoint and a different range",
        };
    }
}

/// <summary>A core skill of the target the employee must grow, with every way the rules list to acquire it.</summary>
public sealed record SkillGapPlan(string Skill, string SkillName, int Required, int Held, string RequiredLabel, string HeldLabel, IReadOnlyList<LearningStep> Steps);

/// <summary>A training the move requires and whether the employee has completed it (it is in their certifications).</summary>
public sealed record TrainingStatus(Training Training, bool Completed);

/// <summary>A rule that stands in the way of a move, with its explanation, and whether learning alone closes it.</summary>
public sealed record MoveBlock(string Rule, string Message, bool ClosedByLearning = false);

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
