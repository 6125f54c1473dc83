using JobFramework.Comp.Monetary;

namespace JobFramework.Comp.Framework;

/// <summary>A pay region or geo zone with the currency its bands and salaries are paid in.</summary>
public sealed record Region(string Id, string Name, string? Zone, Currency Currency);
