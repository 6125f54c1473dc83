using System.Diagnostics.CodeAnalysis;

namespace JobFramework.Comp.Monetary;

/// <summary>
/// An ISO 4217 currency: its three-letter code and the number of minor units (decimal places) it is
/// paid in. Only currencies in <see cref="CurrencyCatalog"/> can be created, so an unknown code is
/// always caught where it enters (a rule file or a roster row), never deep in arithmetic.
/// </summary>
public readonly record struct Currency
{
    internal Currency(string code, int minorUnits)
    {
        Code = code;
        MinorUnits = minorUnits;
    }

    /// <summary>The ISO 4217 alphabetic code, upper case (for example <c>USD</c>).</summary>
    public string Code { get; }

    /// <summary>Decimal places of the currency's minor unit: 2 for USD, 0 for JPY.</summary>
    public int MinorUnits { get; }

    /// <summary>Looks a code up in the catalog (case-insensitive).</summary>
    public static bool TryParse(string? code, [NotNullWhen(true)] out Currency? currency) =>
        CurrencyCatalog.TryGet(code, out currency);

    /// <summary>Returns the currency for a known code.</summary>
    /// <exception cref="ArgumentException">The code is not an ISO 4217 code the catalog knows.</exception>
    public static Currency Of(string code) =>
        TryParse(code, out var currency) ? currency.Value : throw new ArgumentException(Diagnostics.Messages.UnknownCurrency(code), nameof(code));

    /// <inheritdoc />
    public override string ToString() => Code ?? "";
}
