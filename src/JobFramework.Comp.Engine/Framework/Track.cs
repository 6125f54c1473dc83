namespace JobFramework.Comp.Framework;

/// <summary>
/// A career ladder, such as the individual-contributor or the manager track. Level numbers are one scale
/// across tracks: a track <see cref="AlignedWith"/> another carries the same scope and band at the same
/// number (IC5 and M5) unless the band table says otherwise.
/// </summary>
public sealed record Track(string Id, string Name, string? AlignedWith, IReadOnlyList<Level> Levels)
{
    public Level? FindLevel(int number) => Levels.FirstOrDefault(l => l.Number == number);

    /// <summary>The next level up the same track, or null at the top.</summary>
    public Level? NextAbove(int number) => Levels.Where(l => l.Number > number).MinBy(l => l.Number);
}

/// <summary>One rung of a track: its number on the shared scale, a code such as "IC5" and a title.</summary>
public sealed record Level(int Number, string Code, string Title);
