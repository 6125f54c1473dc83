using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace JobFramework.Comp.Audit.AzureTables;

/// <summary>
/// The OData multipart/mixed framing of an entity group transaction: one batch holding one change set of
/// HTTP requests, and the matching response, whose parts carry a status line each (and, on failure, one
/// error whose message starts with the failed operation's index).
/// </summary>
internal static partial class BatchPayload
{
    public static (byte[] Body, string ContentType) Write(TableTransaction transaction, string tableUrl)
    {
        string batch = "batch_" + Guid.NewGuid().ToString("N");
        string changeSet = "changeset_" + Guid.NewGuid().ToString("N");
        using var body = new MemoryStream(transaction.PayloadBytes + 512 * transaction.Operations.Count + 512);
        void Text(string text)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            body.Write(bytes, 0, bytes.Length);
        }

        Text($"--{batch}\r\nContent-Type: multipart/mixed; boundary={changeSet}\r\n\r\n");
        foreach (var operation in transaction.Operations)
        {
            Text($"--{changeSet}\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n");
            string target = operation.Kind == TableOperationKind.Insert
                ? tableUrl
                : tableUrl + TableClient.EntityPath(operation.Entity.PartitionKey, operation.Entity.RowKey);
            string method = operation.Kind == TableOperationKind.Insert ? "POST" : "PUT";
            Text($"{method} {target} HTTP/1.1\r\nContent-Type: application/json\r\nAccept: application/json;odata=minimalmetadata\r\nPrefer: return-no-content\r\nDataServiceVersion: 3.0;\r\n");
            if (operation.ETag is not null)
            {
                Text($"If-Match: {operation.ETag}\r\n");
            }

            Text("\r\n");
            body.Write(operation.Body);
            Text("\r\n");
        }

        Text($"--{changeSet}--\r\n--{batch}--\r\n");
        return (body.ToArray(), $"multipart/mixed; boundary={batch}");
    }

    /// <summary>The ETag of each operation, in order; throws <see cref="TableRequestException"/> for the failed operation.</summary>
    public static IReadOnlyList<string?> Read(string response)
    {
        var statuses = StatusLine().Matches(response);
        var etags = new List<string?>(statuses.Count);
        for (int i = 0; i < statuses.Count; i++)
        {
            int status = int.Parse(statuses[i].Groups[1].Value, CultureInfo.InvariantCulture);
            int end = i + 1 < statuses.Count ? statuses[i + 1].Index : response.Length;
            string part = response[statuses[i].Index..end];
            if (status >= 400)
            {
                int open = part.IndexOf('{', StringComparison.Ordinal);
                int close = part.LastIndexOf('}');
                var (code, message) = open >= 0 && close > open ? TableClient.ParseError(part[open..(close + 1)]) : (null, part.Trim());
                var index = OperationIndex().Match(message);
                int? failed = index.Success ? int.Parse(index.Groups[1].Value, CultureInfo.InvariantCulture) : null;
                throw new TableRequestException(status, code, $"transaction failed at operation {failed?.ToString(CultureInfo.InvariantCulture) ?? "?"}: {code}: {message}", failed);
            }

            var etag = ETagHeader().Match(part);
            etags.Add(etag.Success ? etag.Groups[1].Value.Trim() : null);
        }

        return etags;
    }

    [GeneratedRegex(@"^HTTP/1\.1 (\d{3})", RegexOptions.Multiline)]
    private static partial Regex StatusLine();

    [GeneratedRegex(@"^ETag: *(.+?)\r?$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex ETagHeader();

    [GeneratedRegex(@"^(\d+):")]
    private static partial Regex OperationIndex();
}
