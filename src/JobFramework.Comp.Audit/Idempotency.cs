namespace JobFramework.Comp.Audit;

/// <summary>The rule both stores apply when a draft's employee and idempotency key were already recorded.</summary>
internal static class Idempotency
{
    /// <summary>The original record when the draft is a retry of it; an error when the key was reused for another request.</summary>
    public static AppendResult Replayed(DecisionRecord original, DecisionDraft draft)
    {
        bool sameRequest = original.Kind == draft.Kind
            && original.AsOf == draft.AsOf
            && string.Equals(original.Input, draft.Input, StringComparison.Ordinal);
        return sameRequest
            ? new AppendResult(original, Created: false)
            : throw new IdempotencyConflictException(
                $"idempotency key '{draft.IdempotencyKey}' was already used for decision {original.DecisionId} about employee '{draft.EmployeeId}' with a different request; use a new key for a new request");
    }

    /// <summary>Throws when a batch cannot be appended at all (empty ids, oversized payloads); checked before anything is written.</summary>
    public static void Validate(IReadOnlyList<DecisionDraft> drafts, int maxPayloadChars)
    {
        foreach (var draft in drafts)
        {
            ArgumentNullException.ThrowIfNull(draft);
            if (string.IsNullOrWhiteSpace(draft.EmployeeId))
            {
                throw new ArgumentException("a decision needs an employee id", nameof(drafts));
            }

            if (draft.Input.Length > maxPayloadChars || draft.Output.Length > maxPayloadChars)
            {
                throw new ArgumentException($"the decision about '{draft.EmployeeId}' has an input or output over {maxPayloadChars} characters, more than the audit store holds per record", nameof(drafts));
            }
        }
    }
}
