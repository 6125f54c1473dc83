namespace JobFramework.Comp.Monetary;

/// <summary>
/// A rounding a rule file declares: to a multiple of <see cref="Step"/> (0.01 = cents, 1 = whole units,
/// 100 = hundreds) with a named mode. Rounding is always explicit; the engine never picks a precision.
/// </summary>
public readonly record struct RoundingRule(decimal Step, RoundingMode Mode)
{
    /// <summary>Rounds to a multiple of the step.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The step is not positive.</exception>
    public decimal Apply(decimal value) => RoundingModes.ToStep(value, Step, Mode);

    public Money Apply(Money value) => new(Apply(value.Amount), value.Currency);

    /// <summary>
    /// Whether every multiple of the step is payable in the currency: a step of 0.001 is finer than USD's
    /// cents, 0.5 is finer than JPY's whole yen.
    /// </summary>
    public bool Fits(Currency currency) => FitsMinorUnits(Step, currency.MinorUnits);

    public static bool FitsMinorUnits(decimal step, int minorUnits) => decimal.Round(step, minorUnits) == step;

    public override string ToString() => Step.ToString("G29", System.Globalization.CultureInfo.InvariantCulture) + " " + RoundingModes.NameOf(Mode);
}
