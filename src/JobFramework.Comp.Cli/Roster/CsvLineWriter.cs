using System.Globalization;

namespace JobFramework.Comp.Cli.Roster;

/// <summary>
/// Writes RFC 4180 CSV lines straight to a TextWriter: numbers are formatted into a stack buffer and text
/// is quoted only when it holds a comma, quote or line break. Output is the hot path of `comp place`
/// (a million rows of 18 fields), where a general-purpose writer's per-field overhead doubled the run.
/// </summary>
internal sealed class CsvLineWriter(TextWriter writer) : IDisposable
{
    private bool _first = true;

    public void Field(string text)
    {
        Separator();
        if (text.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            writer.Write(text);
            return;
        }

        writer.Write('"');
        writer.Write(text.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }

    public void Field(long value)
    {
        Separator();
        Span<char> buffer = stackalloc char[24];
        value.TryFormat(buffer, out int written, default, CultureInfo.InvariantCulture);
        writer.Write(buffer[..written]);
    }

    /// <summary>A value the band may not define: an empty field when it does not.</summary>
    public void Field(decimal? value)
    {
        if (value is { } defined)
        {
            Field(defined);
        }
        else
        {
            Field("");
        }
    }

    /// <summary>A decimal exactly as decimal.ToString would write it (trailing zeros kept), without its formatter.</summary>
    public void Field(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        if (bits[2] != 0 || bits[1] < 0)
        {
            Separator();
            Span<char> buffer = stackalloc char[40];
            value.TryFormat(buffer, out int written, default, CultureInfo.InvariantCulture);
            writer.Write(buffer[..written]);
            return;
        }

        long mantissa = (uint)bits[0] | ((long)bits[1] << 32);
        Scaled(bits[3] < 0 ? -mantissa : mantissa, (bits[3] >> 16) & 0xFF);
    }

    /// <summary>units × 10^-scale, e.g. (9402, 4) → "0.9402", (-5, 2) → "-0.05".</summary>
    public void Scaled(long units, int scale)
    {
        Separator();
        Span<char> digits = stackalloc char[24];
        ulong magnitude = units < 0 ? (ulong)(-(units + 1)) + 1 : (ulong)units;
        magnitude.TryFormat(digits, out int count, default, CultureInfo.InvariantCulture);
        if (units < 0)
        {
            writer.Write('-');
        }

        if (scale == 0)
        {
            writer.Write(digits[..count]);
            return;
        }

        int whole = count - scale;
        if (whole <= 0)
        {
            writer.Write('0');
            writer.Write('.');
            for (int i = whole; i < 0; i++)
            {
                writer.Write('0');
            }

            writer.Write(digits[..count]);
            return;
        }

        writer.Write(digits[..whole]);
        writer.Write('.');
        writer.Write(digits[whole..count]);
    }

    public void EndLine()
    {
        writer.Write('\n');
        _first = true;
    }

    public void Dispose() => writer.Dispose();

    private void Separator()
    {
        if (!_first)
        {
            writer.Write(',');
        }

        _first = false;
    }
}
