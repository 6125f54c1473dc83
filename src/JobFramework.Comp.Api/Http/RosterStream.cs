using System.IO.Pipelines;
using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace JobFramework.Comp.Api.Http;

/// <summary>One roster row of a request body: its line (or array position) and its JSON.</summary>
public sealed record RosterItem(long Line, ReadOnlyMemory<byte> Json, string? EmployeeId = null);

/// <summary>Reads roster rows from a request body without holding the body: NDJSON lines or a JSON array's items.</summary>
public static class RosterStream
{
    /// <summary>A JSON line longer than this is a client mistake (an employee is well under 4 KiB).</summary>
    public const int MaxLineBytes = 64 * 1024;

    public static async IAsyncEnumerable<RosterItem> Lines(Stream body, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var reader = PipeReader.Create(body);
        long line = 0;
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            while (TryTakeLine(ref buffer, out var bytes))
            {
                line++;
                if (!IsBlank(bytes))
                {
                    yield return new RosterItem(line, bytes.ToArray());
                }
            }

            if (buffer.Length > MaxLineBytes)
            {
                throw new JsonException($"line {line + 1} is longer than {MaxLineBytes} bytes");
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
            yield return new RosterItem(index, JsonSerializer.SerializeToUtf8Bytes(item));
        }
    }

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
