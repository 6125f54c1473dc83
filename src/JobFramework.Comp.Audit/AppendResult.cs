namespace JobFramework.Comp.Audit;

/// <summary>The record of an appended draft; <see cref="Created"/> is false when its idempotency key had
/// already been used and <see cref="Record"/> is the original decision.</summary>
public sealed record AppendResult(DecisionRecord Record, bool Created);
