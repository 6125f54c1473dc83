using JobFramework.Comp.Diagnostics;

namespace JobFramework.Comp.Json;

/// <summary>
/// The JSON reader's syntax errors in a comp analyst's words, at the place to fix: "a comma is missing after
/// this value" at the end of the value (the reader points at the start of the next line), "remove the comma
/// after the last item" at the comma, instead of "…not supported in this mode. Change the reader options."
/// </summary>
internal static class JsonSyntaxAdvice
{
    /// <summary>The message and the byte offset to point at, from the reader's message and the offset it reported.</summary>
    public static (string Message, int Offset) Explain(string readerMessage, ReadOnlySpan<byte> text, int offset)
    {
        offset = Math.Clamp(offset, 0, text.Length);
        if (readerMessage.Contains("trailing comma", StringComparison.Ordinal))
        {
            int comma = text[..offset].LastIndexOf((byte)',');
            return (Messages.JsonTrailingComma, comma >= 0 ? comma : offset);
        }

        if (readerMessage.Contains("is invalid after a value", StringComparison.Ordinal)
            || readerMessage.Contains("is invalid after a property name", StringComparison.Ordinal))
        {
            // The reader stops at the next token, often on the next line; the comma belongs after the previous value.
            return (readerMessage.Contains("property name", StringComparison.Ordinal) ? Messages.JsonMissingColon : Messages.JsonMissingComma, EndOfPreviousToken(text, offset));
        }

        if (readerMessage.Contains("invalid start of a property name", StringComparison.Ordinal))
        {
            return (Messages.JsonPropertyNameUnquoted, offset);
        }

        if (readerMessage.Contains("''' is an invalid start of a value", StringComparison.Ordinal))
        {
            return (Messages.JsonSingleQuotes, offset);
        }

        if (readerMessage.Contains("end of string", StringComparison.Ordinal) || readerMessage.Contains("reached end of data", StringComparison.Ordinal))
        {
            return (Messages.JsonUnterminated, offset);
        }

        if (readerMessage.Contains("Expected depth to be zero", StringComparison.Ordinal))
        {
            return (Messages.JsonUnclosed, offset);
        }

        if (readerMessage.Contains("within a number", StringComparison.Ordinal) || readerMessage.Contains("is an invalid end of a number", StringComparison.Ordinal))
        {
            return (Messages.JsonBadNumber, offset);
        }

        return (Messages.MalformedJson(Clean(readerMessage)), offset);
    }

    private static int EndOfPreviousToken(ReadOnlySpan<byte> text, int offset)
    {
        int at = offset - 1;
        while (at >= 0 && text[at] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            at--;
        }

        return at + 1;
    }

    // The reader's messages end with "LineNumber: 3 | BytePositionInLine: 7." which our location already says.
    private static string Clean(string message)
    {
        int cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.', ' ');
    }
}
