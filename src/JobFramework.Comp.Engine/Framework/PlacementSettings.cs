namespace JobFramework.Comp.Framework;

/// <summary>
/// How placement is computed, as the rules declare it: which decision table holds the bands and how
/// ratios are rounded. Rounding is part of the rules, never implied by code.
/// </summary>
public sealed record PlacementSettings(string BandTable, int RatioDecimals, MidpointRounding RatioRounding);
