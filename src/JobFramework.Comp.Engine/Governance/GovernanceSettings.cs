using JobFramework.Comp.Diagnostics;

namespace JobFramework.Comp.Governance;

/// <summary>How seriously a governance lint is taken: it fails the release, warns, or is not run.</summary>
public enum LintLevel
{
    Off,
    Warning,
    Error,
}

/// <summary>An aligned level whose band deliberately differs from the track it is aligned with (the sample's M7–M8 premium).</summary>
public sealed record AlignedBandException(string Track, int Level, string Reason);

/// <summary>
/// The governance lints a release runs at load (framework.json <c>governance</c>), each as error, warning or
/// off. The defaults hold when the section is absent: a band structure that would mislead people (mids not
/// rising, undeclared differences between aligned levels, focus areas of one level paid differently) or that
/// silently changes pay (table rows that can never match, roles with no band in a region) fails the release;
/// gaps, heavy overlaps and unreachable levels are warned about.
/// </summary>
public sealed record GovernanceSettings
{
    public static readonly GovernanceSettings Default = new();

    /// <summary>The next level's minimum is above this level's maximum.</summary>
    public LintLevel BandGap { get; init; } = LintLevel.Warning;

    /// <summary>The next level's band overlaps more than <see cref="MaxOverlapPercent"/> of this level's range.</summary>
    public LintLevel BandOverlap { get; init; } = LintLevel.Warning;

    public int MaxOverlapPercent { get; init; } = 60;

    /// <summary>A level's mid is not above the level below it on the same track, in the same region.</summary>
    public LintLevel MidProgression { get; init; } = LintLevel.Error;

    /// <summary>Aligned IC and manager levels are paid on different bands without a declared exception.</summary>
    public LintLevel AlignedBands { get; init; } = LintLevel.Error;

    public IReadOnlyList<AlignedBandException> AlignedBandExceptions { get; init; } = [];

    /// <summary>A level no role defines: no level-up rule can make anyone eligible for it.</summary>
    public LintLevel UnreachableLevels { get; init; } = LintLevel.Warning;

    /// <summary>Focus areas of one level (or a focus area and its level's general role) on different bands.</summary>
    public LintLevel FocusBands { get; init; } = LintLevel.Error;

    /// <summary>A role's core skill the mobility rules give no learning step: gaps in it would come without next steps.</summary>
    public LintLevel LearningPathways { get; init; } = LintLevel.Warning;

    /// <summary>A row of a FIRST table that an earlier row always wins over: its amounts can never pay anyone.</summary>
    public LintLevel ShadowedRows { get; init; } = LintLevel.Error;

    /// <summary>A role that finds no band in some region: nobody in it there could be placed.</summary>
    public LintLevel BandCoverage { get; init; } = LintLevel.Error;

    internal static Severity? SeverityOf(LintLevel level) => level switch
    {
        LintLevel.Error => Severity.Error,
        LintLevel.Warning => Severity.Warning,
        _ => null,
    };
}
