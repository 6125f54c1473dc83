namespace JobFramework.Comp.Evaluation;

/// <summary>
/// n / d rounded to a fixed number of decimals with a named rounding mode, always with exactly that many
/// decimals (0.3500, not 0.35) so output is uniform. Whole-number amounts — nearly every salary and band —
/// take an exact integer path: one division and a rounding decision on the remainder, several times faster
/// than decimal division and free of double rounding. Anything else falls back to decimal.
/// </summary>
internal static class ExactRatio
{
    private const int MaxFastDecimals = 10;
    private const decimal MaxFastOperand = 1_000_000_000_000_000m;
    private static readonly long[] PowersOfTen = [.. Enumerable.Range(0, MaxFastDecimals + 1).Select(p => (long)Math.Pow(10, p))];

    // The largest numerator that can be scaled by 10^decimals within a long, precomputed to keep divisions off the hot path.
    private static readonly long[] MaxScalable = [.. PowersOfTen.Select(p => long.MaxValue / p)];
    private static readonly decimal[] ZeroWithScale = [.. Enumerable.Range(0, 29).Select(p => new decimal(0, 0, 0, false, (byte)p))];

    /// <summary>units × 10^-decimals as a decimal, built from its bits (no division).</summary>
    public static decimal FromUnits(long units, int decimals)
    {
        ulong magnitude = units < 0 ? (ulong)(-(units + 1)) + 1 : (ulong)units;
        unchecked
        {
            return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, units < 0, (byte)decimals);
        }
    }

    /// <summary>Whole numbers: the exact integer path directly.</summary>
    public static decimal Divide(long numerator, long denominator, int decimals, MidpointRounding mode) =>
        decimals <= MaxFastDecimals && denominator != 0 && Math.Abs(numerator) <= 1_000_000_000_000_000L && Math.Abs(denominator) <= 1_000_000_000_000_000L
            ? DivideWhole(numerator, denominator, decimals, mode)
            : Divide((decimal)numerator, (decimal)denominator, decimals, mode);

    public static decimal Divide(decimal numerator, decimal denominator, int decimals, MidpointRounding mode)
    {
        if (decimals <= MaxFastDecimals && decimal.IsInteger(numerator) && decimal.IsInteger(denominator)
            && Math.Abs(numerator) <= MaxFastOperand && Math.Abs(denominator) <= MaxFastOperand && denominator != 0)
        {
            return DivideWhole((long)numerator, (long)denominator, decimals, mode);
        }

        return decimal.Round(numerator / denominator, decimals, mode) + ZeroWithScale[decimals];
    }

    private static decimal DivideWhole(long numerator, long denominator, int decimals, MidpointRounding mode)
    {
        bool negative = (numerator < 0) ^ (denominator < 0);

        // Salaries times 10^decimals nearly always fit a long, where division is a single instruction.
        if (Math.Abs(numerator) <= MaxScalable[decimals])
        {
            (long q, long r) = Math.DivRem(numerator * PowersOfTen[decimals], denominator);
            if (r != 0 && RoundsAway(long.IsEvenInteger(q), (Math.Abs(r) * 2).CompareTo(Math.Abs(denominator)), negative, mode))
            {
                q += negative ? -1 : 1;
            }

            return FromUnits(q, decimals);
        }

        (Int128 quotient, Int128 remainder) = Int128.DivRem((Int128)numerator * PowersOfTen[decimals], denominator);
        if (remainder != 0 && RoundsAway(Int128.IsEvenInteger(quotient), (Int128.Abs(remainder) * 2).CompareTo(Int128.Abs(denominator)), negative, mode))
        {
            quotient += negative ? -1 : 1;
        }

        return ToDecimal(quotient, decimals);
    }

    // Whether the truncated quotient moves one step away from zero; half compares twice the remainder with the divisor.
    private static bool RoundsAway(bool quotientIsEven, int half, bool negative, MidpointRounding mode) => mode switch
    {
        MidpointRounding.ToZero => false,
        MidpointRounding.AwayFromZero => half >= 0,
        MidpointRounding.ToEven => half > 0 || (half == 0 && !quotientIsEven),
        MidpointRounding.ToPositiveInfinity => !negative,
        MidpointRounding.ToNegativeInfinity => negative,
        _ => throw new ArgumentOutOfRangeException(nameof(mode)),
    };

    private static decimal ToDecimal(Int128 value, int decimals)
    {
        var magnitude = (UInt128)Int128.Abs(value);
        unchecked
        {
            // The low 96 bits of the magnitude: the operand limits keep it below 2^96.
            return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), (int)(uint)(magnitude >> 64), value < 0, (byte)decimals);
        }
    }
}
