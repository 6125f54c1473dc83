namespace JobFramework.Comp.Framework;

/// <summary>A group of related jobs (engineering, internal audit, people…).</summary>
public sealed record JobFamily(string Id, string Name, string? Description);
