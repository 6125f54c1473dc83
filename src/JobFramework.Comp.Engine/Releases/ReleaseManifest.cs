namespace JobFramework.Comp.Releases;

/// <summary>A release's identity: its id, the date it takes effect and the comp team's notes.</summary>
public sealed record ReleaseManifest(string Id, DateOnly EffectiveFrom, string Notes);
