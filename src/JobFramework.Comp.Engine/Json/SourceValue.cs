using System.Globalization;
using JobFramework.Comp.Diagnostics;

namespace JobFramework.Comp.Json;

/// <summary>
/// A JSON value that remembers where it came from. Rule files are read into this small tree (rather than
/// straight into DTOs) so that every later check — types, unknown fields, expressions — can name the
/// exact file, JSON pointer, line and column.
/// </summary>
internal abstract class SourceValue(SourceSpan span)
{
    public SourceSpan Span { get; } = span;

    public abstract SourceValueKind Kind { get; }

    /// <summary>A short noun for messages: "an object", "a string", …</summary>
    public string Describe() => Kind switch
    {
        SourceValueKind.Object => "an object",
        SourceValueKind.Array => "an array",
        SourceValueKind.String => "a string",
        SourceValueKind.Number => "a number",
        SourceValueKind.Boolean => "a boolean",
        _ => "null",
    };
}

internal sealed class SourceObject(SourceSpan span, IReadOnlyList<SourceProperty> properties) : SourceValue(span)
{
    public override SourceValueKind Kind => SourceValueKind.Object;

    public IReadOnlyList<SourceProperty> Properties { get; } = properties;
}

internal sealed record SourceProperty(string Name, SourceSpan NameSpan, SourceValue Value);

internal sealed class SourceArray(SourceSpan span, IReadOnlyList<SourceValue> items) : SourceValue(span)
{
    public override SourceValueKind Kind => SourceValueKind.Array;

    public IReadOnlyList<SourceValue> Items { get; } = items;
}

internal sealed class SourceString(SourceSpan span, string value, string rawLine) : SourceValue(span)
{
    public override SourceValueKind Kind => SourceValueKind.String;

    public string Value { get; } = value;

    /// <summary>The whole source line the string starts on, for quoting under an error.</summary>
    public string RawLine { get; } = rawLine;

    /// <summary>
    /// True when positions inside the string can be mapped to columns: always for strings on one line,
    /// which every JSON string is. With escapes, <see cref="ColumnOffsets"/> says where each character sits.
    /// </summary>
    public bool ColumnsMapExactly { get; init; }

    /// <summary>For escaped strings: the column offset (from the opening quote) of each character, plus one past the end.</summary>
    public int[]? ColumnOffsets { get; init; }

    /// <summary>The column of character <paramref name="index"/> of the value.</summary>
    public int ColumnOf(int index) =>
        ColumnOffsets is { } offsets ? Span.Column + offsets[Math.Clamp(index, 0, offsets.Length - 1)] : Span.Column + 1 + index;
}

internal sealed class SourceNumber(SourceSpan span, string raw) : SourceValue(span)
{
    public override SourceValueKind Kind => SourceValueKind.Number;

    /// <summary>The literal as written, parsed to decimal on demand so no precision is lost to doubles.</summary>
    public string Raw { get; } = raw;

    public bool TryGetDecimal(out decimal value) =>
        decimal.TryParse(Raw, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    public bool TryGetInt32(out int value) =>
        int.TryParse(Raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
}

internal sealed class SourceBoolean(SourceSpan span, bool value) : SourceValue(span)
{
    public override SourceValueKind Kind => SourceValueKind.Boolean;

    public bool Value { get; } = value;
}

internal sealed class SourceNull(SourceSpan span) : SourceValue(span)
{
    public override SourceValueKind Kind => SourceValueKind.Null;
}
