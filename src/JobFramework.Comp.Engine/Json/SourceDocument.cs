using System.Text;
using System.Text.Json;
using JobFramework.Comp.Diagnostics;

namespace JobFramework.Comp.Json;

/// <summary>Parses JSON text into a <see cref="SourceValue"/> tree with positions and JSON pointers.</summary>
internal static class SourceDocument
{
    /// <summary>Deeper nesting than this is not a plausible rule file; refuse it rather than recurse.</summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// Parses <paramref name="utf8"/>; on malformed JSON adds one diagnostic and returns null. String values
    /// go through <paramref name="pool"/> when one is given.
    /// </summary>
    public static SourceValue? Parse(string file, ReadOnlySpan<byte> utf8, DiagnosticBag diagnostics, StringPool? pool = null)
    {
        if (utf8.StartsWith(Encoding.UTF8.Preamble))
        {
            utf8 = utf8[Encoding.UTF8.Preamble.Length..];
        }

        if (utf8.Trim(" \t\r\n"u8).IsEmpty)
        {
            diagnostics.Error(Codes.JsonSyntax, Messages.EmptyFile, new SourceSpan(file, "", 1, 1));
            return null;
        }

        var lines = new LineMap(utf8);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = false,
            MaxDepth = MaxDepth,
        });
        try
        {
            if (!reader.Read())
            {
                diagnostics.Error(Codes.JsonSyntax, Messages.EmptyFile, new SourceSpan(file, "", 1, 1));
                return null;
            }

            var builder = new Builder(file, lines, pool);
            var root = builder.ReadValue(ref reader, "");
            if (reader.Read())
            {
                var span = lines.SpanAt(file, "", (int)reader.TokenStartIndex);
                diagnostics.Error(Codes.JsonSyntax, Messages.TrailingContent, span, lines.LineText(span.Line));
                return null;
            }

            return root;
        }
        catch (JsonException e)
        {
            int offset = lines.OffsetOf((int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0));
            var (message, at) = JsonSyntaxAdvice.Explain(e.Message, utf8, offset);
            var span = lines.SpanAt(file, "", at);
            diagnostics.Error(Codes.JsonSyntax, message, span, lines.LineText(span.Line));
            return null;
        }
    }

    private sealed class Builder(string file, LineMap lines, StringPool? pool)
    {
        private readonly string _file = file;
        private readonly LineMap _lines = lines;

        public SourceValue ReadValue(ref Utf8JsonReader reader, string pointer)
        {
            var span = _lines.SpanAt(_file, pointer, (int)reader.TokenStartIndex);
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    return ReadObject(ref reader, pointer, span);
                case JsonTokenType.StartArray:
                    var items = new List<SourceValue>();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        items.Add(ReadValue(ref reader, pointer + "/" + items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                    }

                    return new SourceArray(span, items);
                case JsonTokenType.String:
                    string text = reader.GetString()!;
                    text = pool?.Intern(text) ?? text;
                    return new SourceString(span, text, _lines.LineText(span.Line))
                    {
                        ColumnsMapExactly = true,
                        ColumnOffsets = reader.ValueIsEscaped || !IsAscii(reader.ValueSpan) ? EscapedColumns(reader.ValueSpan, text.Length) : null,
                    };
                case JsonTokenType.Number:
                    return new SourceNumber(span, Encoding.UTF8.GetString(reader.ValueSpan));
                case JsonTokenType.True:
                    return new SourceBoolean(span, true);
                case JsonTokenType.False:
                    return new SourceBoolean(span, false);
                default:
                    return new SourceNull(span);
            }
        }

        private SourceObject ReadObject(ref Utf8JsonReader reader, string pointer, SourceSpan span)
        {
            var properties = new List<SourceProperty>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                string name = reader.GetString()!;
                string childPointer = pointer + "/" + EscapePointer(name);
                var nameSpan = _lines.SpanAt(_file, childPointer, (int)reader.TokenStartIndex);
                reader.Read();
                properties.Add(new SourceProperty(name, nameSpan, ReadValue(ref reader, childPointer)));
            }

            return new SourceObject(span, properties);
        }

        private static bool IsAscii(ReadOnlySpan<byte> bytes) => System.Text.Ascii.IsValid(bytes);

        // Walks the raw (escaped, UTF-8) token: each value character gets the column offset of its first
        // raw character, counted in UTF-16 units as LineMap counts columns. "\uXXXX" is one character in six.
        private static int[] EscapedColumns(ReadOnlySpan<byte> raw, int length)
        {
            var offsets = new int[length + 1];
            int column = 1;
            int index = 0;
            int i = 0;
            while (i < raw.Length && index < length)
            {
                offsets[index] = column;
                if (raw[i] == (byte)'\\')
                {
                    int width = raw[i + 1] == (byte)'u' ? 6 : 2;
                    i += width;
                    column += width;
                    index++;
                    continue;
                }

                int sequence = raw[i] < 0x80 ? 1 : raw[i] >= 0xF0 ? 4 : raw[i] >= 0xE0 ? 3 : 2;
                int units = sequence == 4 ? 2 : 1;
                for (int u = 0; u < units && index < length; u++)
                {
                    offsets[index++] = column;
                }

                column += units;
                i += sequence;
            }

            offsets[length] = column;
            return offsets;
        }
    }

    /// <summary>RFC 6901: '~' becomes "~0" and '/' becomes "~1".</summary>
    public static string EscapePointer(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
