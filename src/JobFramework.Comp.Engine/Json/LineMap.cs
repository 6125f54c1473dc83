using System.Text;
using JobFramework.Comp.Diagnostics;

namespace JobFramework.Comp.Json;

/// <summary>Turns byte offsets of a UTF-8 text into 1-based line and column (columns count characters).</summary>
internal sealed class LineMap
{
    private readonly byte[] _text;
    private readonly int[] _lineStarts;

    public LineMap(ReadOnlySpan<byte> utf8)
    {
        _text = utf8.ToArray();
        var starts = new List<int> { 0 };
        for (int i = 0; i < _text.Length; i++)
        {
            if (_text[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = [.. starts];
    }

    public SourceSpan SpanAt(string file, string pointer, int offset)
    {
        int index = Array.BinarySearch(_lineStarts, offset);
        int line = index >= 0 ? index : ~index - 1;
        int column = Encoding.UTF8.GetCharCount(_text, _lineStarts[line], offset - _lineStarts[line]) + 1;
        return new SourceSpan(file, pointer, line + 1, column);
    }

    /// <summary>The byte offset of a 1-based line and a 0-based byte position within it (clamped to the text).</summary>
    public int OffsetOf(int line, int bytePosition)
    {
        int index = Math.Clamp(line, 1, _lineStarts.Length) - 1;
        return Math.Min(_lineStarts[index] + bytePosition, _text.Length);
    }

    /// <summary>The text of a 1-based line without its line break, or "" past the end.</summary>
    public string LineText(int line)
    {
        if (line < 1 || line > _lineStarts.Length)
        {
            return "";
        }

        int start = _lineStarts[line - 1];
        int end = line < _lineStarts.Length ? _lineStarts[line] : _text.Length;
        return Encoding.UTF8.GetString(_text, start, end - start).TrimEnd('\r', '\n');
    }
}
