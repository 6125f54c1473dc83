using System.Runtime.CompilerServices;

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
    private const long MaxFastOperand = 1_000_000_000_000_000L;
    private static readonly long[] PowersOfTen = [.. Enumerable.Range(0, MaxFastDecimals + 1).Select(p => (long)Math.Pow(10, p))];

    // The largest numerator that can be scaled by 10^decimals within a long, precomputed to keep divisions off the hot path.
    private static readonly long[] MaxScalable = [.. PowersOfTen.Select(p => Math.Min(long.MaxValue / p, MaxFastOperand))];
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

    /// <summary>
    /// Whole numbers. The common case — a positive divisor, both operands within ±10^15 and the scaled
    /// numerator within a long — is one 64-bit division and a rounding step, with no overflow checks left to
    /// make; everything else takes the exact wide path.
    /// </summary>
    public static decimal Divide(long numerator, long denominator, int decimals, MidpointRounding mode)
    {
        if ((uint)decimals <= MaxFastDecimals && denominator > 0 && denominator <= MaxFastOperand)
        {
            long limit = MaxScalable[decimals];
            if (numerator >= -limit && numerator <= limit)
            {
                unchecked
                {
                    long scaled = numerator * PowersOfTen[decimals];
                    long quotient = scaled / denominator;
                    long remainder = scaled - (quotient * denominator);
                    if (remainder != 0)
                    {
                        quotient += RoundingStep(quotient, remainder, denominator, mode);
                    }

                    return FromUnits(quotient, decimals);
                }
            }
        }

        return DivideExactly(numerator, denominator, decimals, mode);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static decimal Divide(decimal numerator, decimal denominator, int decimals, MidpointRounding mode)
    {
        if (decimals <= MaxFastDecimals && decimal.IsInteger(numerator) && decimal.IsInteger(denominator)
            && Math.Abs(numerator) <= MaxFastOperand && Math.Abs(denominator) <= MaxFastOperand && denominator != 0)
        {
            return Divide((long)numerator, (long)denominator, decimals, mode);
        }

        return decimal.Round(numerator / denominator, decimals, mode) + ZeroWithScale[decimals];
    }

    /// <summary>
    /// −1, 0 or +1: the step from the truncated quotient to the rounded one. The remainder carries the sign
    /// of the exact quotient (the divisor is positive); "half" compares twice the remainder with the divisor.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long RoundingStep(long quotient, long remainder, long denominator, MidpointRounding mode)
    {
        long away = remainder < 0 ? -1 : 1;
        long twice = unchecked(Math.Abs(remainder) * 2);
        return mode switch
        {
            MidpointRounding.ToZero => 0,
            MidpointRounding.AwayFromZero => twice >= denominator ? away : 0,
            MidpointRounding.ToEven => twice > denominator || (twice == denominator && (quotient & 1) != 0) ? away : 0,
            MidpointRounding.ToPositiveInfinity => away > 0 ? 1 : 0,
            MidpointRounding.ToNegativeInfinity => away < 0 ? -1 : 0,
            _ => UnknownMode(mode),
        };
    }

    // Outside the fast path's limits (a negative or huge divisor, a numerator that overflows when scaled):
    // exact in 128 bits, or in decimal past that. Out of line so the fast path stays small.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static decimal DivideExactly(long numerator, long denominator, int decimals, MidpointRounding mode)
    {
        if (decimals > MaxFastDecimals || denominator == 0 || Int128.Abs(numerator) > MaxFastOperand || Int128.Abs(denominator) > MaxFastOperand)
        {
            return decimal.Round((decimal)numerator / denominator, decimals, mode) + ZeroWithScale[decimals];
        }

        bool negative = (numerator < 0) ^ (denominator < 0);
        (Int128 quotient, Int128 remainder) = Int128.DivRem((Int128)numerator * PowersOfTen[decimals], denominator);
        if (remainder != 0)
        {
            int half = (Int128.Abs(remainder) * 2).CompareTo(Int128.Abs(denominator));
            bool roundsAway = mode switch
            {
                MidpointRounding.ToZero => false,
                MidpointRounding.AwayFromZero => half >= 0,
                MidpointRounding.ToEven => half > 0 || (half == 0 && !Int128.IsEvenInteger(quotient)),
                MidpointRounding.ToPositiveInfinity => !negative,
                MidpointRounding.ToNegativeInfinity => negative,
                _ => UnknownMode(mode) != 0,
            };
            if (roundsAway)
            {
                quotient += negative ? -1 : 1;
            }
        }

        var magnitude = (UInt128)Int128.Abs(quotient);
        unchecked
        {
            // The low 96 bits of the magnitude: the operand limits keep it below 2^96.
            return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), (int)(uint)(magnitude >> 64), quotient < 0, (byte)decimals);
        }
    }

    private static long UnknownMode(MidpointRounding mode) => throw new ArgumentOutOfRangeException(nameof(mode), mode, null);
}
