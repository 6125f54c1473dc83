namespace JobFramework.Comp.Audit;

/// <summary>
/// One recorded decision, as stored. <see cref="Chain"/> and <see cref="Sequence"/> place it in its hash
/// chain (each employee's decisions live in one chain, see <see cref="DecisionChains"/>);
/// <see cref="PreviousHash"/> is the hash of the record before it in that chain and <see cref="Hash"/> covers
/// every other field, so an altered, deleted or reordered record breaks the chain.
/// </summary>
public sealed record DecisionRecord(
    string DecisionId,
    int Chain,
    long Sequence,
    DecisionKind Kind,
    string EmployeeId,
    DateOnly AsOf,
    string ReleaseId,
    string ReleaseHash,
    string Input,
    string Output,
    string? Caller,
    string? IdempotencyKey,
    DateTimeOffset RecordedAt,
    string PreviousHash,
    string Hash)
{
    /// <summary>Seals a draft as the next record of its chain, computing its hash.</summary>
    public static DecisionRecord Seal(DecisionDraft draft, int chain, long sequence, DateTimeOffset recordedAt, string previousHash)
    {
        var unsealed = new DecisionRecord(
            DecisionIds.Format(chain, sequence), chain, sequence, draft.Kind, draft.EmployeeId, draft.AsOf,
            draft.ReleaseId, draft.ReleaseHash, draft.Input, draft.Output, draft.Caller, draft.IdempotencyKey,
            DecisionClock.Normalize(recordedAt), previousHash, "");
        return unsealed with { Hash = DecisionHasher.Compute(unsealed) };
    }

    /// <summary>Whether the stored hash matches the record's content.</summary>
    public bool HashIsValid => string.Equals(Hash, DecisionHasher.Compute(this), StringComparison.Ordinal);
}
