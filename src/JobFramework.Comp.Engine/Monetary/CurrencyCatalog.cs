using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace JobFramework.Comp.Monetary;

/// <summary>
/// The ISO 4217 currencies a pay band may be denominated in, with their minor units. The list covers the
/// currencies of countries where companies commonly run payroll; extend it here when a region needs more.
/// </summary>
public static class CurrencyCatalog
{
    private static readonly FrozenDictionary<string, Currency> ByCode = new (string Code, int Minor)[]
    {
        ("AED", 2), ("ARS", 2), ("AUD", 2), ("BGN", 2), ("BHD", 3), ("BRL", 2), ("CAD", 2), ("CHF", 2),
        ("CLP", 0), ("CNY", 2), ("COP", 2), ("CZK", 2), ("DKK", 2), ("EGP", 2), ("EUR", 2), ("GBP", 2),
        ("HKD", 2), ("HUF", 2), ("IDR", 2), ("ILS", 2), ("INR", 2), ("ISK", 0), ("JOD", 3), ("JPY", 0),
        ("KES", 2), ("KRW", 0), ("KWD", 3), ("MXN", 2), ("MYR", 2), ("NGN", 2), ("NOK", 2), ("NZD", 2),
        ("OMR", 3), ("PEN", 2), ("PHP", 2), ("PKR", 2), ("PLN", 2), ("QAR", 2), ("RON", 2), ("SAR", 2),
        ("SEK", 2), ("SGD", 2), ("THB", 2), ("TND", 3), ("TRY", 2), ("TWD", 2), ("UAH", 2), ("USD", 2),
        ("VND", 0), ("ZAR", 2),
    }.ToFrozenDictionary(c => c.Code, c => new Currency(c.Code, c.Minor), StringComparer.OrdinalIgnoreCase);

    /// <summary>Every known currency, ordered by code.</summary>
    public static IReadOnlyList<Currency> All { get; } = ByCode.Values.OrderBy(c => c.Code, StringComparer.Ordinal).ToArray();

    /// <summary>Looks a code up, ignoring case.</summary>
    public static bool TryGet(string? code, [NotNullWhen(true)] out Currency? currency)
    {
        if (code is not null && ByCode.TryGetValue(code, out var found))
        {
            currency = found;
            return true;
        }

        currency = null;
        return false;
    }
}
