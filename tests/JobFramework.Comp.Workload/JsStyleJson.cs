using System.Globalization;
using System.Text;

namespace JobFramework.Comp.Workload;

/// <summary>
/// Formats values exactly as JavaScript's JSON.stringify(value, null, indent) does — the only way to
/// reproduce the reference generator's files byte for byte. Values: string, bool, integral numbers,
/// double, arrays (IEnumerable) and ordered objects (lists of key/value pairs).
/// </summary>
public static class JsStyleJson
{
    public static string Stringify(object value, int indent)
    {
        var builder = new StringBuilder();
        Write(builder, value, indent, 0);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, object value, int indent, int depth)
    {
        switch (value)
        {
            case string text:
                WriteString(builder, text);
                break;
            case bool flag:
                builder.Append(flag ? "true" : "false");
                break;
            case int or long or uint:
                builder.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
            case double number:
                builder.Append(number.ToString("R", CultureInfo.InvariantCulture));
                break;
            case IEnumerable<KeyValuePair<string, object>> properties:
                WriteContainer(builder, '{', '}', properties.Select(p => (Key: (string?)p.Key, p.Value)).ToList(), indent, depth);
                break;
            case System.Collections.IEnumerable items:
                WriteContainer(builder, '[', ']', items.Cast<object>().Select(i => (Key: (string?)null, Value: i)).ToList(), indent, depth);
                break;
            default:
                throw new ArgumentException("Unsupported value " + value.GetType().Name);
        }
    }

    private static void WriteContainer(StringBuilder builder, char open, char close, List<(string? Key, object Value)> entries, int indent, int depth)
    {
        builder.Append(open);
        if (entries.Count == 0)
        {
            builder.Append(close);
            return;
        }

        for (int i = 0; i < entries.Count; i++)
        {
            builder.Append(i == 0 ? "\n" : ",\n").Append(' ', indent * (depth + 1));
            if (entries[i].Key is { } key)
            {
                WriteString(builder, key);
                builder.Append(": ");
            }

            Write(builder, entries[i].Value, indent, depth + 1);
        }

        builder.Append('\n').Append(' ', indent * depth).Append(close);
    }

    private static void WriteString(StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (char c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case < ' ': builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                default: builder.Append(c); break;
            }
        }

        builder.Append('"');
    }

    /// <summary>An ordered JSON object.</summary>
    public static List<KeyValuePair<string, object>> Object(params (string Key, object Value)[] properties) =>
        properties.Select(p => new KeyValuePair<string, object>(p.Key, p.Value)).ToList();
}
