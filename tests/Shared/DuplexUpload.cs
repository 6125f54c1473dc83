using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace JobFramework.Comp.Tests;

/// <summary>
/// A full-duplex HTTP/1.1 POST over a plain socket: the body goes up in chunks from one task while the
/// chunked response is read by another. HttpClient's HTTP/1.1 handler does not read a response before it has
/// sent the whole request, and the service answers each batch while the roster is still arriving — so a
/// long roster would fill both socket buffers and stall it. (curl, like most streaming clients, is duplex.)
/// </summary>
internal static class DuplexUpload
{
    /// <summary>Posts the body as it is written; <paramref name="onLine"/> sees each response line as it arrives.</summary>
    public static async Task<(int Status, long Lines, string LastLine)> PostAsync(Uri service, string pathAndQuery, string contentType, IReadOnlyDictionary<string, string> headers, Func<Stream, Task> writeBody, Action<string>? onLine = null)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(service.Host, service.Port).ConfigureAwait(false);
        var stream = tcp.GetStream();
        var head = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"POST {pathAndQuery} HTTP/1.1\r\nHost: {service.Authority}\r\nContent-Type: {contentType}\r\n")
            .Append("Transfer-Encoding: chunked\r\nConnection: close\r\n");
        foreach (var (name, value) in headers)
        {
            head.Append(CultureInfo.InvariantCulture, $"{name}: {value}\r\n");
        }

        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.Append("\r\n").ToString())).ConfigureAwait(false);
        var upload = Task.Run(async () =>
        {
            await using (var chunked = new ChunkedWriter(stream))
            {
                await writeBody(chunked).ConfigureAwait(false);
            }
        });
        var download = ReadResponseAsync(stream, onLine);
        await upload.ConfigureAwait(false);
        return await download.ConfigureAwait(false);
    }

    private static async Task<(int Status, long Lines, string LastLine)> ReadResponseAsync(NetworkStream stream, Action<string>? onLine)
    {
        var reader = new StreamReader(stream, Encoding.UTF8);
        string status = await reader.ReadLineAsync().ConfigureAwait(false) ?? throw new IOException("no response");
        bool chunked = false;
        while (await reader.ReadLineAsync().ConfigureAwait(false) is { Length: > 0 } header)
        {
            chunked |= header.StartsWith("Transfer-Encoding:", StringComparison.OrdinalIgnoreCase) && header.Contains("chunked", StringComparison.OrdinalIgnoreCase);
        }

        long lines = 0;
        string last = "";
        var partial = new StringBuilder();
        var buffer = new char[64 * 1024];
        while (true)
        {
            int size = chunked ? int.Parse(await reader.ReadLineAsync().ConfigureAwait(false) ?? "0", NumberStyles.HexNumber, CultureInfo.InvariantCulture) : buffer.Length;
            if (size == 0)
            {
                break;
            }

            // Chunk sizes count bytes; the NDJSON lines here are ASCII, so bytes and chars agree.
            int remaining = size;
            while (remaining > 0)
            {
                int read = await reader.ReadAsync(buffer.AsMemory(0, Math.Min(remaining, buffer.Length))).ConfigureAwait(false);
                if (read == 0)
                {
                    remaining = 0;
                    size = 0;
                    break;
                }

                remaining = chunked ? remaining - read : remaining;
                foreach (char c in buffer.AsSpan(0, read))
                {
                    if (c == '\n')
                    {
                        lines++;
                        last = partial.ToString();
                        onLine?.Invoke(last);
                        partial.Clear();
                    }
                    else
                    {
                        partial.Append(c);
                    }
                }
            }

            if (!chunked && size == 0)
            {
                break;
            }

            if (chunked)
            {
                await reader.ReadLineAsync().ConfigureAwait(false);
            }
        }

        return (int.Parse(status.Split(' ')[1], CultureInfo.InvariantCulture), lines, last);
    }

    /// <summary>Frames what is written as HTTP/1.1 chunks, one per buffer-full, and ends the body on dispose.</summary>
    private sealed class ChunkedWriter(Stream inner) : Stream
    {
        private readonly MemoryStream _pending = new();

        public override void Write(byte[] buffer, int offset, int count) => _pending.Write(buffer, offset, count);

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _pending.Write(buffer.Span);
            if (_pending.Length >= 64 * 1024)
            {
                await FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        public override async Task FlushAsync(CancellationToken cancellationToken)
        {
            if (_pending.Length == 0)
            {
                return;
            }

            await inner.WriteAsync(Encoding.ASCII.GetBytes(_pending.Length.ToString("x", CultureInfo.InvariantCulture) + "\r\n"), cancellationToken).ConfigureAwait(false);
            await inner.WriteAsync(_pending.GetBuffer().AsMemory(0, (int)_pending.Length), cancellationToken).ConfigureAwait(false);
            await inner.WriteAsync("\r\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
            _pending.SetLength(0);
        }

        public override async ValueTask DisposeAsync()
        {
            await FlushAsync(CancellationToken.None).ConfigureAwait(false);
            await inner.WriteAsync("0\r\n\r\n"u8.ToArray()).ConfigureAwait(false);
            await base.DisposeAsync().ConfigureAwait(false);
        }

        public override void Flush()
        {
        }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
