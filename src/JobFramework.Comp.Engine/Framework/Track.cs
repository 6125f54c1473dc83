namespace JobFramework.Comp.Framework;

/// <summary>
/// A career ladder, such as the individual-contributor or the manager track. Level numbers are one scale
/// across tracks: a track <see cref="AlignedWith"/> another carries the same scope and band at the same
/// number (IC5 and M5) unless the band table says otherwise.
/// </summary>
public sealed record Track(string Id, string Name, string? AlignedWith, IReadOnlyList<Level> Levels)
{
    // Indexed by level number (0–99): lookups on the evaluation path allocate nothing.
    private readonly Level?[] _byNumber = Index(Levels, next: false);
    private readonly Level?[] _nextAbove = Index(Levels, next: true);

    public Level? FindLevel(int number) => number is >= 0 and < 100 ? _byNumber[number] : null;

    /// <summary>The next level up the same track, or null at the top.</summary>
    public Level? NextAbove(int number) => number is >= 0 and < 100 ? _nextAbove[number] : null;

    private static Level?[] Index(IReadOnlyList<Level> levels, bool next)
    {
        var result = new Level?[100];
        for (int n = 0; n < result.Length; n++)
        {
            result[n] = next
                ? levels.Where(l => l.Number > n).OrderBy(l => l.Number).FirstOrDefault()
                : levels.FirstOrDefault(l => l.Number == n);
        }

        return result;
    }
}

/// <summary>One rung of a track: its number on the shared scale, a code such as "IC5" and a title.</summary>
public sealed record Level(int Number, string Code, string Title);
