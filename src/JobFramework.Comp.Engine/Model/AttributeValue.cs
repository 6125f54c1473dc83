using System.Globalization;
using System.Text.Json;
using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Json;

namespace JobFramework.Comp.Model;

/// <summary>
/// Reads one value of a declared attribute — from an employee's JSON, a roster's CSV text or a default in the
/// rules — into its slot's representation, checked against the attribute's type, range and allowed values.
/// Every problem is a message naming the attribute; nothing here throws.
/// </summary>
public static class AttributeValue
{
    public readonly record struct Result(object? Value, string? Error);

    /// <summary>From a JSON token (the reader is on the value).</summary>
    public static Result FromJson(DeclaredAttribute attribute, ref Utf8JsonReader reader)
    {
        switch (attribute.Kind)
        {
            case AttributeKind.Integer:
                return reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out long whole) ? Check(attribute, whole, whole) : Wrong(attribute, "a whole number");
            case AttributeKind.Number or AttributeKind.Money:
                return reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out decimal number) ? Check(attribute, number, number) : Wrong(attribute, "a number");
            case AttributeKind.Boolean:
                return reader.TokenType is JsonTokenType.True or JsonTokenType.False ? new(reader.GetBoolean(), null) : Wrong(attribute, "true or false");
            case AttributeKind.String:
                return reader.TokenType == JsonTokenType.String ? FromText(attribute, Text(ref reader)) : Wrong(attribute, "a string");
            case AttributeKind.Date:
                return reader.TokenType == JsonTokenType.String ? FromText(attribute, Text(ref reader)) : Wrong(attribute, "a date YYYY-MM-DD");
            default:
                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    reader.Skip();
                    return Wrong(attribute, "an array of strings");
                }

                var items = new List<string>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (reader.TokenType != JsonTokenType.String)
                    {
                        reader.Skip();
                        return Wrong(attribute, "an array of strings");
                    }

                    items.Add(Text(ref reader) ?? "");
                }

                return CheckList(attribute, items);
        }
    }

    /// <summary>From CSV text ("" is absent; lists are separated by ';').</summary>
    public static Result FromText(DeclaredAttribute attribute, string? text)
    {
        if (text is null)
        {
            return new(null, Messages.InvalidUnicode(attribute.Name));
        }

        switch (attribute.Kind)
        {
            case AttributeKind.Integer:
                return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long whole) ? Check(attribute, whole, whole) : Wrong(attribute, "a whole number", text);
            case AttributeKind.Number or AttributeKind.Money:
                return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal number) ? Check(attribute, number, number) : Wrong(attribute, "a number", text);
            case AttributeKind.Boolean:
                return text is "true" or "false" ? new(text == "true", null) : Wrong(attribute, "true or false", text);
            case AttributeKind.Date:
                return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    ? Check(attribute, (long)((date.Year * 10000) + (date.Month * 100) + date.Day), null)
                    : Wrong(attribute, "a date YYYY-MM-DD", text);
            case AttributeKind.String:
                return Allowed(attribute, text) ?? Identifier(attribute, text) ?? new(text, null);
            default:
                return CheckList(attribute, text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList());
        }
    }

    /// <summary>From a value written in a rule file (a default).</summary>
    internal static Result FromJson(DeclaredAttribute attribute, SourceValue value)
    {
        var bytes = SourceWriter.ToJson(value);
        var reader = new Utf8JsonReader(bytes);
        reader.Read();
        return FromJson(attribute, ref reader);
    }

    /// <summary>A date as rules read it (YYYYMMDD) written back as YYYY-MM-DD.</summary>
    public static string FormatDate(long date) => string.Create(CultureInfo.InvariantCulture, $"{date / 10000:D4}-{date / 100 % 100:D2}-{date % 100:D2}");

    /// <summary>The value for people: dates as YYYY-MM-DD, lists as [a, b], numbers invariant.</summary>
    public static string Display(AttributeKind kind, object? value) => value switch
    {
        null => "(none)",
        long date when kind == AttributeKind.Date => FormatDate(date),
        string[] list => "[" + string.Join(", ", list) + "]",
        Monetary.Money money => money.ToString(),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        _ => value.ToString() ?? "",
    };

    /// <summary>The value as canonical JSON for the audit record (dates back as YYYY-MM-DD).</summary>
    public static void Write(Utf8JsonWriter json, DeclaredAttribute attribute, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case long whole when attribute.Kind == AttributeKind.Date:
                json.WriteStringValue(FormatDate(whole));
                break;
            case long whole:
                json.WriteNumberValue(whole);
                break;
            case decimal number:
                json.WriteNumberValue(number);
                break;
            case bool flag:
                json.WriteBooleanValue(flag);
                break;
            case string text:
                json.WriteStringValue(text);
                break;
            case string[] list:
                json.WriteStartArray();
                foreach (var item in list)
                {
                    json.WriteStringValue(item);
                }

                json.WriteEndArray();
                break;
        }
    }

    private static string? Text(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static Result Check(DeclaredAttribute attribute, object value, decimal? number)
    {
        if (number is { } n && ((attribute.Min is { } min && n < min) || (attribute.Max is { } max && n > max)))
        {
            return new(null, Messages.AttributeOutOfRange(attribute.Name, n, attribute.Min, attribute.Max));
        }

        return Allowed(attribute, Convert.ToString(value, CultureInfo.InvariantCulture)!) ?? new(value, null);
    }

    private static Result CheckList(DeclaredAttribute attribute, List<string> items)
    {
        if (items.Count > Evaluation.EmployeeFields.MaxListItems)
        {
            return new(null, Messages.TooManyItems(attribute.Name, items.Count, Evaluation.EmployeeFields.MaxListItems));
        }

        foreach (var item in items)
        {
            if ((Allowed(attribute, item) ?? Identifier(attribute, item)) is { } problem)
            {
                return problem;
            }
        }

        return new(items.ToArray(), null);
    }

    private static Result? Allowed(DeclaredAttribute attribute, string text) =>
        attribute.Allowed is { } values && !values.Contains(text, StringComparer.Ordinal)
            ? new Result(null, Messages.AttributeNotAllowed(attribute.Name, text, values))
            : null;

    private static Result? Identifier(DeclaredAttribute attribute, string text) =>
        Evaluation.EmployeeFields.IdentifierProblem(attribute.Name, text) is { } problem ? new Result(null, problem) : null;

    private static Result Wrong(DeclaredAttribute attribute, string expected, string? text = null) =>
        new(null, Messages.FieldType(attribute.Name, expected) + (text is null ? "" : $" ('{text}' is not)"));
}
