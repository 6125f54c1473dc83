using System.Globalization;

namespace JobFramework.Comp.Monetary;

/// <summary>
/// An amount of one currency. Arithmetic and comparisons are defined only within one currency and
/// throw <see cref="CurrencyMismatchException"/> otherwise; rounding is always explicit — nothing here
/// rounds behind the caller's back. Immutable and thread-safe.
/// </summary>
public readonly struct Money : IEquatable<Money>, IComparable<Money>
{
    /// <summary>Creates an amount; it may have more decimals than the currency's minor units until rounded.</summary>
    public Money(decimal amount, Currency currency)
    {
        if (currency.Code is null)
        {
            throw new ArgumentException(Diagnostics.Messages.MoneyWithoutCurrency, nameof(currency));
        }

        Amount = amount;
        Currency = currency;
    }

    public decimal Amount { get; }

    public Currency Currency { get; }

    /// <summary>True when the amount has no more decimals than the currency's minor units allow.</summary>
    public bool IsWholeMinorUnits => decimal.Round(Amount, Currency.MinorUnits) == Amount;

    public static Money operator +(Money left, Money right) => new(left.Amount + SameCurrency(left, right).Amount, left.Currency);

    public static Money operator -(Money left, Money right) => new(left.Amount - SameCurrency(left, right).Amount, left.Currency);

    public static Money operator *(Money left, decimal factor) => new(left.Amount * factor, left.Currency);

    public static bool operator ==(Money left, Money right) => left.Equals(right);

    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    /// <summary>The ratio of two amounts of the same currency (for example compa-ratio).</summary>
    public decimal DivideBy(Money divisor) => Amount / SameCurrency(this, divisor).Amount;

    /// <summary>Rounds to <paramref name="decimals"/> places with the named midpoint rule.</summary>
    public Money Round(int decimals, MidpointRounding mode) => new(decimal.Round(Amount, decimals, mode), Currency);

    /// <summary>Rounds to the currency's minor units with the named midpoint rule.</summary>
    public Money RoundToMinorUnits(MidpointRounding mode) => Round(Currency.MinorUnits, mode);

    public int CompareTo(Money other) => Amount.CompareTo(SameCurrency(this, other).Amount);

    /// <summary>Equal when both currency and amount are equal (1.0 USD equals 1.00 USD).</summary>
    public bool Equals(Money other) => Currency == other.Currency && Amount == other.Amount;

    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Currency, Amount);

    /// <summary>Invariant text such as <c>95000.00 USD</c>: the minor units, or every decimal of an unrounded amount.</summary>
    public override string ToString() => FormatAmount() + " " + Currency.Code;

    /// <summary>For people: thousands separated, the currency's minor units and its code — <c>139,500.00 USD</c>.</summary>
    public string ToDisplayString() => FormatDisplayAmount() + " " + Currency.Code;

    /// <summary>The amount alone for people: <c>139,500.00</c>.</summary>
    public string FormatDisplayAmount() =>
        IsWholeMinorUnits
            ? Amount.ToString("N" + Currency.MinorUnits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
            : Amount.ToString("#,0.############################", CultureInfo.InvariantCulture);

    /// <summary>The amount alone, invariant, with the currency's minor units (every decimal if unrounded).</summary>
    public string FormatAmount() =>
        IsWholeMinorUnits
            ? Amount.ToString("F" + Currency.MinorUnits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
            : Amount.ToString(CultureInfo.InvariantCulture);

    private static Money SameCurrency(Money left, Money right) =>
        left.Currency == right.Currency ? right : throw new CurrencyMismatchException(left.Currency, right.Currency);
}
