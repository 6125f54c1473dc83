namespace JobFramework.Comp.Monetary;

/// <summary>How a value between two multiples of the step is rounded. For the positive amounts of pay the
/// directed modes read naturally: down = toward zero, up and ceiling = toward +∞, floor = toward −∞.</summary>
public enum RoundingMode
{
    HalfEven,
    HalfUp,
    Down,
    Up,
    Floor,
    Ceiling,
}

/// <summary>The rounding modes by the names rule files use, and the arithmetic behind them.</summary>
public static class RoundingModes
{
    private static readonly Dictionary<string, RoundingMode> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["halfEven"] = RoundingMode.HalfEven,
        ["halfUp"] = RoundingMode.HalfUp,
        ["down"] = RoundingMode.Down,
        ["up"] = RoundingMode.Up,
        ["floor"] = RoundingMode.Floor,
        ["ceiling"] = RoundingMode.Ceiling,
    };

    public static IEnumerable<string> Names => ByName.Keys;

    public static bool TryParse(string name, out RoundingMode mode) => ByName.TryGetValue(name, out mode);

    public static string NameOf(RoundingMode mode) => ByName.First(p => p.Value == mode).Key;

    /// <summary>The .NET rounding that implements a mode (directed modes apply to every value, not only midpoints).</summary>
    public static MidpointRounding ToMidpointRounding(this RoundingMode mode) => mode switch
    {
        RoundingMode.HalfEven => MidpointRounding.ToEven,
        RoundingMode.HalfUp => MidpointRounding.AwayFromZero,
        RoundingMode.Down => MidpointRounding.ToZero,
        RoundingMode.Floor => MidpointRounding.ToNegativeInfinity,
        _ => MidpointRounding.ToPositiveInfinity,
    };

    /// <summary>Rounds to a multiple of <paramref name="step"/>: 65,720 to 500 half up is 65,500; 128,250 to 100 half up is 128,300.</summary>
    public static decimal ToStep(decimal value, decimal step, RoundingMode mode)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(step);
        return decimal.Round(value / step, 0, mode.ToMidpointRounding()) * step;
    }
}
