namespace JobFramework.Comp.Audit;

/// <summary>One page of a query; pass <see cref="Continuation"/> back for the next, null when there is none.</summary>
public sealed record DecisionPage(IReadOnlyList<DecisionRecord> Records, string? Continuation);
