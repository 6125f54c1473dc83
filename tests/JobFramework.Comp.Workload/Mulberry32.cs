namespace JobFramework.Comp.Workload;

/// <summary>
/// The mulberry32 32-bit PRNG exactly as the reference generator computes it in JavaScript: Math.imul is
/// the low 32 bits of a product, and JavaScript's 32-bit wrap-around is uint arithmetic here.
/// </summary>
public sealed class Mulberry32(uint seed)
{
    private uint _state = seed;

    public double Next()
    {
        unchecked
        {
            _state += 0x6D2B79F5;
            uint a = _state;
            uint t = (a ^ (a >> 15)) * (1 | a);
            t = (t + ((t ^ (t >> 7)) * (61 | t))) ^ t;
            return (t ^ (t >> 14)) / 4294967296.0;
        }
    }

    /// <summary>lo + floor(next * (hi - lo + 1)), inclusive of both ends.</summary>
    public int Int(int lo, int hi) => lo + (int)Math.Floor(Next() * (hi - lo + 1));

    public T Weighted<T>(IReadOnlyList<T> items, IReadOnlyList<int> weights)
    {
        double r = Next() * weights.Sum();
        for (int i = 0; i < items.Count; i++)
        {
            r -= weights[i];
            if (r < 0)
            {
                return items[i];
            }
        }

        return items[^1];
    }
}
