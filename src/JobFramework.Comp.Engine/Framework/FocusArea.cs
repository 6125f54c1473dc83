namespace JobFramework.Comp.Framework;

/// <summary>
/// A specialisation within one family and level ("flex band"): different skills, the same band and scope.
/// A people-team L4 may focus on DEI or on Learning &amp; Development.
/// </summary>
public sealed record FocusArea(string Id, string Name, string Family, int Level);
