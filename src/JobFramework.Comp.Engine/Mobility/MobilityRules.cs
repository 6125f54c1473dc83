namespace JobFramework.Comp.Mobility;

/// <summary>
/// How moves are judged (mobility.json <c>settings</c>): the share of a target's core skills another role
/// must cover for a lateral move on shared skills, the deepest map asked for, the time in level before a move
/// is open, whether moves protect base pay, and the share of the target's core skills a person must hold at
/// the required proficiency for a move to be open (<see cref="ReadyShare"/>, default all of them).
/// </summary>
public sealed record MobilitySettings(decimal TransferableShare, int MaxDepth, int MinimumMonthsInLevel, bool ProtectPay, decimal ReadyShare = 1m)
{
    public static readonly MobilitySettings Default = new(0.5m, 4, 0, true);
}

/// <summary>
/// An encouraged career move the comp team names (internal auditor → compliance analyst), why it is
/// legitimate, the trainings it requires, and whether it protects pay (the settings' default otherwise).
/// </summary>
public sealed record CareerPath(string From, string To, string Reason, IReadOnlyList<string> RequiredTrainings, bool? ProtectPay);

/// <summary>A training or certification a move can require; completing it is recorded like a certification.</summary>
public sealed record Training(string Id, string Title, decimal EffortHours);

/// <summary>One way to grow a skill: a course, certification, mentoring or stretch assignment, with rough effort.</summary>
public sealed record LearningStep(string Kind, string Title, decimal EffortHours, string? Training);

/// <summary>The mobility rules of a release (mobility.json); a release without the file has no named paths.</summary>
public sealed class MobilityRules
{
    private readonly Dictionary<string, Training> _trainings;
    private readonly Dictionary<string, IReadOnlyList<LearningStep>> _learning;

    public MobilityRules(MobilitySettings settings, IReadOnlyList<CareerPath> paths, IReadOnlyList<Training> trainings, IReadOnlyDictionary<string, IReadOnlyList<LearningStep>> learning)
    {
        Settings = settings;
        Paths = paths;
        Trainings = trainings;
        _trainings = trainings.ToDictionary(t => t.Id, StringComparer.Ordinal);
        _learning = learning.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
    }

    public static MobilityRules Empty { get; } = new(MobilitySettings.Default, [], [], new Dictionary<string, IReadOnlyList<LearningStep>>());

    public MobilitySettings Settings { get; }

    public IReadOnlyList<CareerPath> Paths { get; }

    public IReadOnlyList<Training> Trainings { get; }

    public Training? FindTraining(string id) => _trainings.GetValueOrDefault(id);

    /// <summary>The skills the rules list learning steps for.</summary>
    public IEnumerable<string> LearningSkills => _learning.Keys;

    /// <summary>The ways to acquire a skill, in the order the rules list them (none when the rules name none).</summary>
    public IReadOnlyList<LearningStep> LearningFor(string skill) => _learning.GetValueOrDefault(skill) ?? [];
}
