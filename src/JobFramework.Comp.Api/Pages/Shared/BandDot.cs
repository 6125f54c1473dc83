namespace JobFramework.Comp.Api.Pages.Shared;

/// <summary>One salary on a band chart: who (the dot's label and tooltip), how much, and where their page is.</summary>
public sealed record BandDot(string Label, decimal Amount, string? Href = null);
