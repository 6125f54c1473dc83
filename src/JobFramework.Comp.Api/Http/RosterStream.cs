using System.IO.Pipelines;
using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace JobFramework.Comp.Api.Http;

/// <summary>One roster row of a request body: its line (or array position) and its JSON, or why it could not be read.</summary>
public sealed record RosterItem(long Line, ReadOnlyMemory<byte> Json, string? Problem = null);

/// <summary>Reads roster rows from a request body without holding the body: NDJSON lines or a JSON array's items.</summary>
public static class RosterStream
{
    /// <summary>A JSON line longer than this is a client mistake (an employee is well under 4 KiB).</summary>
    public const int MaxLineBytes = 64 * 1024;

    /// <summary>
    /// The NDJSON lines of a body. A line longer than <see cref="MaxLineBytes"/> comes back as one item with a
    /// problem and is skipped up to its end: one bad row never ends the stream, and memory stays bounded.
    /// </summary>
    public static async IAsyncEnumerable<RosterItem> Lines(Stream body, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var reader = PipeReader.Create(body);
        long line = 0;
        bool skipping = false;
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            if (skipping)
            {
                // Drop the rest of an overlong line, up to its newline.
                var end = buffer.PositionOf((byte)'\n');
                if (end is null)
                {
                    reader.AdvanceTo(buffer.End);
                    if (result.IsCompleted)
                    {
                        break;
                    }

                    continue;
                }

                buffer = buffer.Slice(buffer.GetPosition(1, end.Value));
                skipping = false;
            }

            while (TryTakeLine(ref buffer, out var bytes))
            {
                line++;
                if (bytes.Length > MaxLineBytes)
                {
                    yield return TooLong(line);
                }
                else if (!IsBlank(bytes))
                {
                    yield return new RosterItem(line, bytes.ToArray());
                }
            }

            if (buffer.Length > MaxLineBytes)
            {
                line++;
                yield return TooLong(line);
                skipping = true;
                reader.AdvanceTo(buffer.End);
                if (result.IsCompleted)
                {
                    break;
                }

                continue;
            }

            if (result.IsCompleted)
            {
                if (!buffer.IsEmpty && !IsBlank(buffer))
                {
                    yield return new RosterItem(line + 1, buffer.ToArray());
                }

                break;
            }

            reader.AdvanceTo(buffer.Start, buffer.End);
        }

        await reader.CompleteAsync().ConfigureAwait(false);
    }

    public static async IAsyncEnumerable<RosterItem> ArrayItems(Stream body, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        long index = 0;
        await foreach (var item in JsonSerializer.DeserializeAsyncEnumerable<JsonElement>(body, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            index++;
            yield return ArrayItem(index, item);
        }
    }

    // The item's own bytes, as sent: the employee reader checks their encoding and escapes and names the field,
    // where writing the element back out would fail the whole stream on one bad string.
    private static RosterItem ArrayItem(long index, JsonElement item) =>
        new(index, System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(item).ToArray());

    private static RosterItem TooLong(long line) =>
        new(line, ReadOnlyMemory<byte>.Empty, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the line is longer than {MaxLineBytes} bytes; an employee fits in far less"));

    private static bool TryTakeLine(ref ReadOnlySequence<byte> buffer, out ReadOnlySequence<byte> line)
    {
        var end = buffer.PositionOf((byte)'\n');
        if (end is null)
        {
            line = default;
            return false;
        }

        line = buffer.Slice(0, end.Value);
        buffer = buffer.Slice(buffer.GetPosition(1, end.Value));
        return true;
    }

    private static bool IsBlank(ReadOnlySequence<byte> bytes)
    {
        foreach (var segment in bytes)
        {
            foreach (byte b in segment.Span)
            {
                if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
