namespace JobFramework.Comp.Audit;

/// <summary>
/// What one record may hold in every store: Table Storage keeps a string property to 64 KiB (32 K UTF-16
/// characters), and the embedded store keeps the same limit so a log can move between them. Callers check a
/// draft here where the input is read, so an oversized record is a client error naming the employee, never a
/// store failure.
/// </summary>
public static class AuditLimits
{
    public const int MaxPayloadChars = 30_000;

    /// <summary>Whether the draft's input snapshot fits a record (the outputs are sized by the release, not the caller).</summary>
    public static bool InputFits(DecisionDraft draft) => draft.Input.Length <= MaxPayloadChars;
}
