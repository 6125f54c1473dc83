using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Monetary;

namespace JobFramework.Comp.Expressions;

/// <summary>
/// The pay-math functions compiled rules call (docs/rule-language.md). Decimal throughout, except
/// <c>ln</c>, <c>exp</c> and non-integer <c>pow</c>, which have no decimal form: they go through double
/// and are settled to 12 decimals so the same input always gives the same decimal. Domain errors (a
/// logarithm of zero, a non-positive step) are rule errors with a message, never NaN or a crash.
/// </summary>
internal static class PayMath
{
    /// <summary>Decimals kept from a double result: well inside double's 15–17 significant digits.</summary>
    public const int TranscendentalDecimals = 12;

    private const int MaxExactExponent = 1000;

    public static decimal RoundTo(decimal value, decimal step, RoundingMode mode) => RoundingModes.ToStep(value, CheckStep(step), mode);

    public static Money RoundMoneyTo(Money value, decimal step, RoundingMode mode)
    {
        CheckStep(step);
        if (!RoundingRule.FitsMinorUnits(step, value.Currency.MinorUnits))
        {
            throw new RuleEvaluationException(Messages.StepFinerThanCurrency(step, value.Currency.Code, value.Currency.MinorUnits));
        }

        return new Money(RoundingModes.ToStep(value.Amount, step, mode), value.Currency);
    }

    public static decimal PercentChange(decimal from, decimal to) =>
        from == 0 ? throw new RuleEvaluationException(Messages.PercentChangeFromZero) : (to - from) * 100m / from;

    public static decimal PercentChangeMoney(Money from, Money to) =>
        from.Currency == to.Currency ? PercentChange(from.Amount, to.Amount) : throw new CurrencyMismatchException(from.Currency, to.Currency);

    public static decimal Ln(decimal value) =>
        value <= 0 ? throw new RuleEvaluationException(Messages.MathDomain("ln", value, "a positive number")) : Settle("ln", Math.Log((double)value));

    public static decimal Exp(decimal value) => Settle("exp", Math.Exp((double)value));

    /// <summary>Integer exponents are exact (1.03 ^ 5 by repeated squaring); others go through double.</summary>
    public static decimal Pow(decimal value, decimal exponent)
    {
        if (decimal.IsInteger(exponent) && Math.Abs(exponent) <= MaxExactExponent)
        {
            if (value == 0 && exponent < 0)
            {
                throw new RuleEvaluationException(Messages.MathDomain("pow", value, "a non-zero base for a negative exponent"));
            }

            decimal result = 1m, square = value;
            for (long n = (long)Math.Abs(exponent); n > 0; n >>= 1)
            {
                if ((n & 1) == 1)
                {
                    result *= square;
                }

                if (n > 1)
                {
                    square *= square;
                }
            }

            return exponent < 0 ? 1m / result : result;
        }

        if (value < 0)
        {
            throw new RuleEvaluationException(Messages.MathDomain("pow", value, "a non-negative base for a fractional exponent"));
        }

        return Settle("pow", Math.Pow((double)value, (double)exponent));
    }

    private static decimal CheckStep(decimal step) =>
        step > 0 ? step : throw new RuleEvaluationException(Messages.StepNotPositive(step));

    private static decimal Settle(string function, double result)
    {
        if (!double.IsFinite(result) || Math.Abs(result) >= 7.9e27)
        {
            throw new RuleEvaluationException(Messages.MathOverflow(function));
        }

        return decimal.Round((decimal)result, TranscendentalDecimals, MidpointRounding.ToEven);
    }
}
