using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using JobFramework.Comp.Audit;
using JobFramework.Comp.Audit.AzureTables;

namespace JobFramework.Comp.Benchmarks;

/// <summary>
/// Where the Table client's time goes with the network taken away: real decision records submitted as 99-entity
/// transactions through Azure.Data.Tables to a transport that reads the request body and answers a canned success, so
/// the figures are the SDK's own work — building each operation and writing the multipart body, then reading each part
/// of the answer. Run: <c>dotnet run -c Release --project tests/JobFramework.Comp.Benchmarks -- audit-client [TRANSACTIONS]</c>.
/// </summary>
internal static class AuditClientOverhead
{
    public static async Task<int> Run(int transactions)
    {
        var transport = new CannedTransport();
        var options = AuditTableOptions.Create();
        options.Transport = transport;
        options.Retry.MaxRetries = 0;
        var table = new AuditTable(TableConnection.Parse("UseDevelopmentStorage=true"), "overhead", options);
        var records = Enumerable.Range(0, 99 * (transactions + 20)).Select(i => DecisionRecord.Seal(
            new DecisionDraft(DecisionKind.Placement, "E" + i, new DateOnly(2026, 3, 1), "2026-h1", "sha256:" + new string('a', 64),
                "{\"employee\":" + new string('x', 700) + "}", "{\"band\":" + new string('y', 500) + "}", "bench", "bench:" + i),
            0, i + 1, DateTimeOffset.UnixEpoch.AddSeconds(i), DecisionChains.Genesis)).ToList();
        var batches = records.Chunk(99).Select(chunk =>
        {
            var transaction = new AuditTransaction(TableKeys.Partition(0));
            foreach (var record in chunk)
            {
                transaction.Insert(DecisionEntities.ToEntity(record));
            }

            return transaction;
        }).ToList();

        foreach (var warmup in batches.Take(20))
        {
            await table.SubmitTransactionAsync(warmup);
        }

        transport.Reset();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        foreach (var batch in batches.Skip(20))
        {
            await table.SubmitTransactionAsync(batch);
        }

        double total = clock.Elapsed.TotalMilliseconds / transactions;
        double writing = transport.Writing.TotalMilliseconds / transactions;
        double answering = transport.Answering.TotalMilliseconds / transactions;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{transactions} transactions of 99 decision records through Azure.Data.Tables, no network:"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  per transaction {total:F2} ms wall, {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / transactions:F2} ms CPU"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  writing the multipart request body {writing:F2} ms; the canned answer (ours, not the SDK's) {answering:F2} ms; the SDK's own building and answer parsing {total - writing - answering:F2} ms"));
        return 0;
    }

    /// <summary>Reads the request body as the network would and answers every operation "204 No Content".</summary>
    private sealed class CannedTransport : HttpPipelineTransport
    {
        private readonly HttpClientTransport _requests = new();

        public TimeSpan Writing { get; private set; }

        public TimeSpan Answering { get; private set; }

        public void Reset() => (Writing, Answering) = (TimeSpan.Zero, TimeSpan.Zero);

        public override Request CreateRequest() => _requests.CreateRequest();

        public override void Process(HttpMessage message) => ProcessAsync(message).AsTask().GetAwaiter().GetResult();

        public override async ValueTask ProcessAsync(HttpMessage message)
        {
            var clock = Stopwatch.StartNew();
            using var sink = new MemoryStream();
            await message.Request.Content!.WriteToAsync(sink, message.CancellationToken);
            Writing += clock.Elapsed;
            clock.Restart();
            string body = Encoding.UTF8.GetString(sink.GetBuffer(), 0, (int)sink.Length);
            string batch = body[2..body.IndexOf('\r', StringComparison.Ordinal)].Replace("batch_", "batchresponse_", StringComparison.Ordinal);
            int at = body.IndexOf("boundary=changeset_", StringComparison.Ordinal) + "boundary=".Length;
            string changeset = body[at..body.IndexOf('\r', at)].Replace("changeset_", "changesetresponse_", StringComparison.Ordinal);
            int operations = CountOf(body, "Content-Type: application/http");
            var answer = new StringBuilder().Append("--").Append(batch).Append("\r\nContent-Type: multipart/mixed; boundary=").Append(changeset).Append("\r\n\r\n");
            for (int i = 0; i < operations; i++)
            {
                answer.Append("--").Append(changeset).Append("\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\nHTTP/1.1 204 No Content\r\nDataServiceVersion: 3.0;\r\nETag: W/\"datetime'2026-11-30T09%3A00%3A00.0000000Z'\"\r\n\r\n\r\n");
            }

            answer.Append("--").Append(changeset).Append("--\r\n\r\n--").Append(batch).Append("--\r\n");
            message.Response = new CannedResponse(Encoding.UTF8.GetBytes(answer.ToString()), "multipart/mixed; boundary=" + batch);
            Answering += clock.Elapsed;
        }

        private static int CountOf(string text, string part)
        {
            int count = 0;
            for (int at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
            {
                count++;
            }

            return count;
        }
    }

    private sealed class CannedResponse(byte[] body, string contentType) : Response
    {
        public override int Status => 202;

        public override string ReasonPhrase => "Accepted";

        public override Stream? ContentStream { get; set; } = new MemoryStream(body);

        public override string ClientRequestId { get; set; } = "overhead";

        public override bool IsError => false;

        public override void Dispose() => ContentStream?.Dispose();

        protected override bool ContainsHeader(string name) => IsContentType(name);

        protected override IEnumerable<HttpHeader> EnumerateHeaders() => [new HttpHeader("Content-Type", contentType)];

        protected override bool TryGetHeader(string name, [NotNullWhen(true)] out string? value)
        {
            value = IsContentType(name) ? contentType : null;
            return value is not null;
        }

        protected override bool TryGetHeaderValues(string name, [NotNullWhen(true)] out IEnumerable<string>? values)
        {
            values = IsContentType(name) ? [contentType] : null;
            return values is not null;
        }

        private static bool IsContentType(string name) => string.Equals(name, "Content-Type", StringComparison.OrdinalIgnoreCase);
    }
}
