namespace JobFramework.Comp.Audit;

/// <summary>
/// A decision about to be recorded: what was decided, for whom, as of when, under which release (id and
/// content hash), the canonical input snapshot and outputs (JSON text from <see cref="DecisionPayloads"/>),
/// who asked when known, and the caller's idempotency key. The log adds the id, time and chain links.
/// </summary>
/// <param name="IdempotencyKey">
/// Identifies one request for one employee: appending a draft whose employee and key were already recorded
/// returns that record and writes nothing, so a retried request is never recorded twice.
/// </param>
public sealed record DecisionDraft(
    DecisionKind Kind,
    string EmployeeId,
    DateOnly AsOf,
    string ReleaseId,
    string ReleaseHash,
    string Input,
    string Output,
    string? Caller = null,
    string? IdempotencyKey = null);
