namespace JobFramework.Comp.Framework;

/// <summary>
/// How placement is computed, as the rules declare it: which decision table holds the bands and how
/// ratios are rounded. Rounding is part of the rules, never implied by code.
/// </summary>
public sealed record PlacementSettings(string BandTable, int RatioDecimals, MidpointRounding RatioRounding);

/// <summary>
/// What the people pages may show, as the release declares it: whether employees see their own pay, band and
/// position (managers, HR partners and comp admins always see the pay of the people in their scope).
/// </summary>
public sealed record PageSettings(bool ShowPayToEmployees)
{
    public static PageSettings Default { get; } = new(ShowPayToEmployees: true);
}
