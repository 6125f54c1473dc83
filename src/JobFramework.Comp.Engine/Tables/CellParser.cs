using System.Globalization;

namespace JobFramework.Comp.Tables;

/// <summary>
/// Parses a DMN-style unary-test cell for a column of a given kind. Grammar:
/// <code>
/// cell       = "-" | "not(" tests ")" | tests ;
/// tests      = test { "," test } ;
/// test       = comparison | interval | value ;
/// comparison = ( "&lt;" | "&lt;=" | "&gt;" | "&gt;=" | "=" | "!=" ) value ;
/// interval   = ( "[" | "(" | "]" ) number ".." number ( "]" | ")" | "[" ) ;
/// value      = number | '"' text '"' | bare-word | "true" | "false" ;
/// </code>
/// Comparisons and intervals apply to number columns only. A list mixing comparisons is not supported:
/// write one row per interval.
/// </summary>
internal static class CellParser
{
    public static bool TryParse(string text, ColumnKind kind, out CellTest test, out string? error)
    {
        test = AnyCell.Instance;
        error = null;
        string cell = text.Trim();
        if (cell is "-" or "")
        {
            return true;
        }

        if (cell.StartsWith("not(", StringComparison.OrdinalIgnoreCase) && cell.EndsWith(')'))
        {
            if (!TryParse(cell[4..^1], kind, out var inner, out error))
            {
                return false;
            }

            test = new NotCell(inner);
            return true;
        }

        if (kind == ColumnKind.Number && TryParseComparisonOrInterval(cell, out var range, out error))
        {
            test = range!;
            return true;
        }

        if (error is not null)
        {
            return false;
        }

        var values = new List<CellValue>();
        foreach (string part in SplitList(cell))
        {
            if (!TryParseValue(part.Trim(), kind, out var value, out error))
            {
                return false;
            }

            values.Add(value);
        }

        test = new EqualsCell(values);
        return true;
    }

    public static bool TryParseValue(string text, ColumnKind kind, out CellValue value, out string? error)
    {
        error = null;
        value = default;
        switch (kind)
        {
            case ColumnKind.Number:
                if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
                {
                    value = CellValue.OfNumber(number);
                    return true;
                }

                error = Diagnostics.Messages.CellNotNumber(text);
                return false;
            case ColumnKind.Boolean:
                if (bool.TryParse(text, out var flag))
                {
                    value = CellValue.OfFlag(flag);
                    return true;
                }

                error = Diagnostics.Messages.CellNotBoolean(text);
                return false;
            default:
                string unquoted = text.Length >= 2 && text[0] == '"' && text[^1] == '"' ? text[1..^1] : text;
                if (unquoted.Length == 0 || unquoted.Contains('"', StringComparison.Ordinal))
                {
                    error = Diagnostics.Messages.CellBadString(text);
                    return false;
                }

                value = CellValue.OfText(unquoted);
                return true;
        }
    }

    private static bool TryParseComparisonOrInterval(string cell, out RangeCell? range, out string? error)
    {
        range = null;
        error = null;
        foreach (var (op, low, high) in new (string, bool?, bool?)[] { ("<=", null, true), (">=", true, null), ("<", null, false), (">", false, null) })
        {
            if (cell.StartsWith(op, StringComparison.Ordinal))
            {
                if (!decimal.TryParse(cell[op.Length..].Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var bound))
                {
                    error = Diagnostics.Messages.CellNotNumber(cell[op.Length..].Trim());
                    return false;
                }

                range = low is { } lowInclusive ? new RangeCell(bound, lowInclusive, null, false) : new RangeCell(null, false, bound, high!.Value);
                return true;
            }
        }

        int dots = cell.IndexOf("..", StringComparison.Ordinal);
        if (dots < 0 || cell.Length < 5 || cell[0] is not ('[' or '(' or ']') || cell[^1] is not (']' or ')' or '['))
        {
            return false;
        }

        var lowText = cell[1..dots].Trim();
        var highText = cell[(dots + 2)..^1].Trim();
        if (!decimal.TryParse(lowText, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var from)
            || !decimal.TryParse(highText, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var to))
        {
            error = Diagnostics.Messages.CellBadInterval(cell);
            return false;
        }

        if (from > to)
        {
            error = Diagnostics.Messages.CellEmptyInterval(cell);
            return false;
        }

        range = new RangeCell(from, cell[0] == '[', to, cell[^1] == ']');
        return true;
    }

    // Splits on commas outside double quotes: "a,b", c → ["\"a,b\"", " c"].
    private static IEnumerable<string> SplitList(string cell)
    {
        int start = 0;
        bool quoted = false;
        for (int i = 0; i < cell.Length; i++)
        {
            if (cell[i] == '"')
            {
                quoted = !quoted;
            }
            else if (cell[i] == ',' && !quoted)
            {
                yield return cell[start..i];
                start = i + 1;
            }
        }

        yield return cell[start..];
    }
}

/// <summary>The kind of value a table input column holds.</summary>
internal enum ColumnKind
{
    String,
    Number,
    Boolean,
}
