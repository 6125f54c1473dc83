namespace JobFramework.Comp.Releases;

/// <summary>Where a release is in its governance: a draft being worked on, or approved and immutable.</summary>
public enum ReleaseStatus
{
    Draft,
    Approved,
}

/// <summary>One approval of a release: who, in which role, when, and the content it approved (by hash).</summary>
public sealed record Approval(string By, string Role, DateTimeOffset At, string ContentHash);

/// <summary>
/// A release's identity and governance: its id, the date it takes effect, draft or approved, how many
/// approvals it needs and which it has, the content hash recorded when it was approved, and the comp
/// team's change notes. Only approved releases serve decisions; an approved release's content must still
/// hash to <see cref="ApprovedContentHash"/> or it does not load.
/// </summary>
public sealed record ReleaseManifest(string Id, DateOnly EffectiveFrom, string Notes)
{
    public ReleaseStatus Status { get; init; } = ReleaseStatus.Draft;

    public int RequiredApprovals { get; init; } = 1;

    public IReadOnlyList<Approval> Approvals { get; init; } = [];

    public string? ApprovedContentHash { get; init; }

    /// <summary>What changed in this release, in the comp team's words.</summary>
    public IReadOnlyList<string> Changes { get; init; } = [];

    public bool IsApproved => Status == ReleaseStatus.Approved;

    /// <summary>Approvals given to exactly this content; approvals of earlier content no longer count.</summary>
    public int ApprovalsOf(string contentHash) => Approvals.Count(a => a.ContentHash == contentHash);
}
