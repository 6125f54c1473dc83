using System.Globalization;
using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Json;
using JobFramework.Comp.Model;
using JobFramework.Comp.Monetary;

namespace JobFramework.Comp.Releases;

/// <summary>
/// Reads framework.json's <c>constants</c>: each a name, a type (as attributes are typed), a currency for money,
/// and its values oldest first, each <c>{ "from": "YYYY-MM-DD", "value": … }</c>. Values are checked against the
/// type at load; whether one is in effect on the release's date is checked by the loader, which knows that date.
/// </summary>
internal static class ConstantReader
{
    public const int MaxConstants = 500;

    public static IReadOnlyList<DeclaredConstant> Read(SourceArray? items, DiagnosticBag diagnostics)
    {
        var constants = new List<DeclaredConstant>();
        foreach (var item in items?.Items ?? [])
        {
            var entry = ObjectReader.From(item, diagnostics, "constant");
            if (entry is null)
            {
                continue;
            }

            int before = diagnostics.Count;
            var name = entry.Identifier("name");
            var type = entry.String("type", true);
            var currencyText = entry.String("currency", false);
            string description = entry.String("description", false)?.Value ?? "";
            var values = entry.Array("values", true);
            entry.Finish();

            if (name is not null && constants.Exists(c => string.Equals(c.Name, name.Value, StringComparison.OrdinalIgnoreCase)))
            {
                diagnostics.Error(Codes.DuplicateId, Messages.DuplicateId("constant", name.Value), name.Span, name.RawLine);
            }

            AttributeKind kind = default;
            if (type is not null && (!DeclaredAttribute.KindNames.TryGetValue(type.Value, out kind) || kind == AttributeKind.StringList))
            {
                var types = DeclaredAttribute.KindNames.Keys.Where(k => k != "list of strings");
                diagnostics.Error(Codes.UnknownId, Messages.UnknownAttributeType(type.Value, string.Join(", ", types)), type.Span, type.RawLine);
            }

            Currency? currency = null;
            if (kind == AttributeKind.Money && currencyText is null && type is not null && name is not null)
            {
                diagnostics.Error(Codes.MissingProperty, Messages.ConstantCurrency(name.Value), entry.Span);
            }
            else if (currencyText is not null && kind != AttributeKind.Money)
            {
                diagnostics.Error(Codes.UnknownProperty, Messages.CurrencyOnlyForMoney(name?.Value ?? ""), currencyText.Span, currencyText.RawLine);
            }
            else if (currencyText is not null && !Currency.TryParse(currencyText.Value, out currency))
            {
                diagnostics.Error(Codes.UnknownCurrency, Messages.UnknownCurrency(currencyText.Value), currencyText.Span, currencyText.RawLine);
            }

            if (diagnostics.Count > before || name is null || type is null)
            {
                continue;
            }

            var parsed = ReadValues(name.Value, kind, currency, values, diagnostics);
            if (diagnostics.Count > before)
            {
                continue;
            }

            if (constants.Count == MaxConstants)
            {
                diagnostics.Error(Codes.TableLimit, Messages.TooManyConstants(MaxConstants), name.Span);
                break;
            }

            constants.Add(new DeclaredConstant(name.Value, kind, constants.Count, currency, description, parsed, item.Span.File) { Line = item.Span.Line });
        }

        return constants;
    }

    private static List<ConstantValue> ReadValues(string name, AttributeKind kind, Currency? currency, SourceArray? values, DiagnosticBag diagnostics)
    {
        var result = new List<ConstantValue>();
        if (values is not null && values.Items.Count == 0)
        {
            diagnostics.Error(Codes.EmptyValue, Messages.EmptyValue("values"), values.Span);
        }

        // Read as an attribute of the same type would be: the same type checks, the same messages.
        var shape = new DeclaredAttribute(name, kind, 0, 0);
        foreach (var item in values?.Items ?? [])
        {
            var entry = ObjectReader.From(item, diagnostics, "constant value");
            if (entry is null)
            {
                continue;
            }

            var from = entry.String("from", true);
            var value = entry.Get("value");
            entry.Finish();
            if (value is null && !entry.Names.Contains("value"))
            {
                diagnostics.Error(Codes.MissingProperty, Messages.MissingProperty("value"), entry.Span);
            }

            if (from is null || value is null)
            {
                continue;
            }

            if (!DateOnly.TryParseExact(from.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                diagnostics.Error(Codes.WrongType, Messages.BadConstantValue(name, $"'from' must be a date YYYY-MM-DD, not '{from.Value}'."), from.Span, from.RawLine);
                continue;
            }

            if (result.Count > 0 && date <= result[^1].From)
            {
                diagnostics.Error(Codes.OutOfRange, Messages.ConstantDatesOrder(name, date, result[^1].From), from.Span, from.RawLine);
                continue;
            }

            var read = AttributeValue.FromJson(shape, value);
            if (read.Error is not null || read.Value is null)
            {
                diagnostics.Error(Codes.WrongType, Messages.BadConstantValue(name, read.Error ?? "null is not a value."), value.Span);
                continue;
            }

            object stored = kind == AttributeKind.Money ? new Money((decimal)read.Value, currency!.Value) : read.Value;
            if (stored is Money money && !MinorUnits.TryConvert(money.Amount, money.Currency.MinorUnits, out _))
            {
                diagnostics.Error(Codes.Precision, Messages.PrecisionTooFine("constant " + name, money.Amount, money.Currency.Code, money.Currency.MinorUnits), value.Span);
                continue;
            }

            result.Add(new ConstantValue(date, stored, value.Span.Line));
        }

        return result;
    }
}
