using JobFramework.Comp.Framework;

namespace JobFramework.Comp.Mobility;

/// <summary>The shape of a move: same level elsewhere, a level up, or across to the other track.</summary>
public enum MoveKind
{
    Lateral,
    Vertical,
    TrackSwitch,
}

/// <summary>Why a move is a legitimate career move: a named path, the next level, the aligned level, shared skills.</summary>
public enum MoveReasonKind
{
    ExplicitPath,
    NextLevel,
    AlignedTrack,
    SharedSkills,
}

/// <summary>One reason for an edge, in words a person can read.</summary>
public sealed record MoveReason(MoveReasonKind Kind, string Text);

/// <summary>
/// A move from one role to another, with every reason it is legitimate, the core skills of the target the
/// source role already covers, and the named path when there is one.
/// </summary>
public sealed record MoveEdge(Role From, Role To, MoveKind Kind, IReadOnlyList<MoveReason> Reasons, IReadOnlyList<string> SharedSkills, CareerPath? Path);
