using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using JobFramework.Comp.Expressions;
using JobFramework.Comp.Tables;

namespace JobFramework.Comp.Releases;

/// <summary>
/// A release's table as typed rows (<c>comp rules table</c>): what a derived table computes, in the shape of
/// a hand-typed table file — one row per line — so it can be reviewed, compared with the table it
/// replaces, or frozen. Derived rows carry the caps and floors that applied.
/// </summary>
public static class TableExport
{
    private static readonly JsonSerializerOptions Strings = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IReadOnlyList<string> TableNames(CompiledRelease release) => [.. release.Tables.Select(t => t.Name)];

    /// <summary>The table as a table file with typed rows, or null when the release has no such table.</summary>
    public static string? ToJson(CompiledRelease release, string tableName)
    {
        var table = Find(release, tableName);
        if (table is null)
        {
            return null;
        }

        var text = new StringBuilder();
        text.Append("{\n");
        text.Append("  \"$schema\": \"../../../schema/table.schema.json\",\n");
        text.Append("  \"name\": ").Append(Quote(table.Name)).Append(",\n");
        text.Append("  \"description\": ").Append(Quote($"Rows of '{table.Name}' as release {release.Id} ({release.ContentHash}) computes them.")).Append(",\n");
        text.Append("  \"hitPolicy\": ").Append(Quote(table.Policy.ToString().ToUpperInvariant())).Append(",\n");
        text.Append("  \"inputs\": [\n");
        text.AppendJoin(",\n", table.Inputs.Select(i => $"    {{ \"name\": {Quote(i.Name)}, \"expression\": {Quote(i.Expression)} }}"));
        text.Append("\n  ],\n  \"outputs\": [\n");
        text.AppendJoin(",\n", table.Outputs.Select((o, c) => "    " + OutputColumn(table, o, c)));
        text.Append("\n  ],\n  \"rows\": [\n");
        text.AppendJoin(",\n", table.Rows.Select(r => "    [" + string.Join(", ", r.Tests.Select(Cell).Concat(r.Outputs.Select(Value))) + "]"));
        text.Append("\n  ]\n}\n");
        return text.ToString();
    }

    /// <summary>The table as aligned text, each derived row's caps and floors after it.</summary>
    public static string? ToText(CompiledRelease release, string tableName)
    {
        var table = Find(release, tableName);
        if (table is null)
        {
            return null;
        }

        var header = table.Inputs.Select(i => i.Name).Concat(table.Outputs.Select(o => o.Name)).ToArray();
        var rows = table.Rows.Select(r => r.Tests.Select(t => t.ToString()!.Replace("\"", "", StringComparison.Ordinal)).Concat(r.Outputs.Select(Runtime.Format)).ToArray()).ToList();
        var widths = header.Select((h, c) => rows.Select(r => r[c].Length).Append(h.Length).Max()).ToArray();
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"table {table.Name} in {release.Id}: {table.Rows.Length} rows ({table.Policy.ToString().ToUpperInvariant()})\n");
        text.AppendJoin("  ", header.Select((h, c) => h.PadRight(widths[c]))).Append('\n');
        for (int r = 0; r < rows.Count; r++)
        {
            text.AppendJoin("  ", rows[r].Select((v, c) => v.PadRight(widths[c]))).Append('\n');
            foreach (var note in table.Rows[r].Notes)
            {
                text.Append("    ^ ").Append(note).Append('\n');
            }
        }

        return text.ToString();
    }

    private static CompiledTable? Find(CompiledRelease release, string name) =>
        release.Tables.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));

    private static string OutputColumn(CompiledTable table, TableOutput output, int column)
    {
        string type = output.Type is ListType list ? list.Element.Name + "[]" : output.Type.Name;
        if (output.Type != ExprType.Money)
        {
            return $"{{ \"name\": {Quote(output.Name)}, \"type\": {Quote(type)} }}";
        }

        // The currency column the money took its currency from, when there is one; else its one currency.
        var currencies = table.Rows.Select(r => ((Monetary.Money)r.Outputs[column]).Currency.Code).Distinct().ToArray();
        int from = Array.FindIndex(table.Outputs, o => o.Type == ExprType.String && table.Rows.All(r => (string)r.Outputs[Array.IndexOf(table.Outputs, o)] == ((Monetary.Money)r.Outputs[column]).Currency.Code));
        return from >= 0
            ? $"{{ \"name\": {Quote(output.Name)}, \"type\": \"money\", \"currencyFrom\": {Quote(table.Outputs[from].Name)} }}"
            : $"{{ \"name\": {Quote(output.Name)}, \"type\": \"money\", \"currency\": {Quote(currencies.FirstOrDefault() ?? "USD")} }}";
    }

    // A cell naming one value is written as that value ("us", 7); any other test as its text ("-", "[1..5]").
    private static string Cell(CellTest test) => test switch
    {
        EqualsCell { Values.Count: 1 } single when single.Values[0].Text is { } text => Quote(text),
        EqualsCell { Values.Count: 1 } single => Number(single.Values[0].Number),
        _ => Quote(test.ToString()!),
    };

    private static string Value(object value) => value switch
    {
        Monetary.Money money => Number(money.Amount),
        decimal number => Number(number),
        long integer => integer.ToString(CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        string text => Quote(text),
        System.Collections.IEnumerable items => "[" + string.Join(", ", items.Cast<object>().Select(Value)) + "]",
        _ => Quote(value.ToString() ?? ""),
    };

    private static string Number(decimal number) => number.ToString("G29", CultureInfo.InvariantCulture);

    private static string Quote(string text) => JsonSerializer.Serialize(text, Strings);
}
