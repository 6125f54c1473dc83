using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace JobFramework.Comp.Audit.AzureTables;

/// <summary>
/// A small client for one table of the Azure Table service, on Azure.Core's HTTP pipeline (retries, timeouts,
/// SharedKey or Microsoft Entra ID auth): create the table, insert, point read, query a partition with
/// continuation, and entity group transactions. What the decision log needs and no more; shaped so that
/// Azure.Data.Tables can replace it behind <see cref="TableDecisionLog"/>.
/// </summary>
public sealed class TableClient
{
    private const string ServiceVersion = "2019-02-02";
    private const string JsonAccept = "application/json;odata=minimalmetadata";

    private readonly HttpPipeline _pipeline;
    private readonly string _serviceUrl;

    public TableClient(TableConnection connection, string tableName, TableClientOptions? options = null, TokenCredential? credential = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        TableName = TableNames.Check(tableName);
        Connection = connection;
        _serviceUrl = connection.Endpoint.AbsoluteUri.TrimEnd('/');
        HttpPipelinePolicy auth = connection.AccountKey is { } key
            ? new SharedKeyPolicy(connection.AccountName, key)
            : new BearerTokenAuthenticationPolicy(credential ?? new Azure.Identity.DefaultAzureCredential(), "https://storage.azure.com/.default");
        _pipeline = HttpPipelineBuilder.Build(options ?? new TableClientOptions(), [], [auth], new ResponseClassifier());
    }

    public TableConnection Connection { get; }

    public string TableName { get; }

    private string TableUrl => _serviceUrl + "/" + TableName;

    /// <summary>Creates the table; true when it was created, false when it already existed.</summary>
    public async Task<bool> CreateIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new Dictionary<string, string> { ["TableName"] = TableName }));
        var response = await SendAsync(RequestMethod.Post, _serviceUrl + "/Tables", body, "application/json", null, cancellationToken, allow: 409).ConfigureAwait(false);
        return response.Status != 409;
    }

    /// <summary>Deletes the table and everything in it. For tests and benchmarks that clean up after themselves.</summary>
    public async Task DeleteTableAsync(CancellationToken cancellationToken = default) =>
        await SendAsync(RequestMethod.Delete, $"{_serviceUrl}/Tables('{TableName}')", null, null, null, cancellationToken, allow: 404).ConfigureAwait(false);

    public async Task<bool> ExistsAsync(CancellationToken cancellationToken = default)
    {
        var response = await SendAsync(RequestMethod.Get, $"{_serviceUrl}/Tables('{TableName}')", null, null, null, cancellationToken, allow: 404).ConfigureAwait(false);
        return response.Status != 404;
    }

    /// <summary>Inserts an entity; a <see cref="TableRequestException"/> with status 409 if it exists.</summary>
    public async Task InsertAsync(TableEntity entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        await SendAsync(RequestMethod.Post, TableUrl, EntityJson.Write(entity), "application/json", [("Prefer", "return-no-content")], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Replaces an entity unconditionally (insert or replace). Used by tests and repair tools, never by the log.</summary>
    public async Task UpsertAsync(TableEntity entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        await SendAsync(RequestMethod.Put, TableUrl + EntityPath(entity.PartitionKey, entity.RowKey), EntityJson.Write(entity), "application/json", null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes an entity whatever its ETag. Used by tests and repair tools, never by the log.</summary>
    public async Task DeleteAsync(string partitionKey, string rowKey, CancellationToken cancellationToken = default) =>
        await SendAsync(RequestMethod.Delete, TableUrl + EntityPath(partitionKey, rowKey), null, null, [("If-Match", "*")], cancellationToken).ConfigureAwait(false);

    /// <summary>One entity by its keys, or null.</summary>
    public async Task<TableEntity?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken = default)
    {
        var response = await SendAsync(RequestMethod.Get, TableUrl + EntityPath(partitionKey, rowKey), null, null, null, cancellationToken, allow: 404).ConfigureAwait(false);
        if (response.Status == 404)
        {
            if (response.ErrorCode == "TableNotFound")
            {
                throw new TableRequestException(404, "TableNotFound", $"table '{TableName}' does not exist");
            }

            return null;
        }

        using var document = JsonDocument.Parse(response.Body);
        return EntityJson.Read(document.RootElement, response.ETag);
    }

    /// <summary>
    /// Entities matching an OData filter, one service page at a time (at most <paramref name="top"/> each),
    /// following the service's continuation until the result is exhausted.
    /// </summary>
    public async IAsyncEnumerable<IReadOnlyList<TableEntity>> QueryAsync(string filter, int top = 1000, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? nextPartition = null;
        string? nextRow = null;
        do
        {
            var url = new StringBuilder(TableUrl).Append("()?$filter=").Append(Uri.EscapeDataString(filter))
                .Append("&$top=").Append(top.ToString(CultureInfo.InvariantCulture));
            if (nextPartition is not null)
            {
                url.Append("&NextPartitionKey=").Append(Uri.EscapeDataString(nextPartition));
            }

            if (nextRow is not null)
            {
                url.Append("&NextRowKey=").Append(Uri.EscapeDataString(nextRow));
            }

            var response = await SendAsync(RequestMethod.Get, url.ToString(), null, null, null, cancellationToken).ConfigureAwait(false);
            using var document = JsonDocument.Parse(response.Body);
            var page = document.RootElement.GetProperty("value").EnumerateArray().Select(e => EntityJson.Read(e)).ToList();
            yield return page;
            nextPartition = response.NextPartitionKey;
            nextRow = response.NextRowKey;
        }
        while (nextPartition is not null);
    }

    /// <summary>Submits an entity group transaction: all its operations apply, or none. Returns each operation's new ETag.</summary>
    public async Task<IReadOnlyList<string?>> SubmitTransactionAsync(TableTransaction transaction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        if (transaction.Operations.Count == 0)
        {
            return [];
        }

        var (body, contentType) = BatchPayload.Write(transaction, TableUrl);
        var response = await SendAsync(RequestMethod.Post, _serviceUrl + "/$batch", body, contentType, null, cancellationToken).ConfigureAwait(false);
        return BatchPayload.Read(Encoding.UTF8.GetString(response.Body));
    }

    /// <summary>The <c>(PartitionKey='…',RowKey='…')</c> address of an entity, quoted and escaped.</summary>
    internal static string EntityPath(string partitionKey, string rowKey) =>
        $"(PartitionKey='{Uri.EscapeDataString(partitionKey.Replace("'", "''", StringComparison.Ordinal))}',RowKey='{Uri.EscapeDataString(rowKey.Replace("'", "''", StringComparison.Ordinal))}')";

    /// <summary>The error code and message of an OData error body (either metadata flavour).</summary>
    internal static (string? Code, string Message) ParseError(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var error = document.RootElement.TryGetProperty("odata.error", out var odata) ? odata : document.RootElement.GetProperty("error");
            string? code = error.TryGetProperty("code", out var c) ? c.GetString() : null;
            string message = error.TryGetProperty("message", out var m)
                ? (m.ValueKind == JsonValueKind.Object ? m.GetProperty("value").GetString() : m.GetString()) ?? ""
                : "";
            return (code, message.Split("\nRequestId:", 2)[0].Trim());
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return (null, body.Length > 300 ? body[..300] : body);
        }
    }

    private async Task<TableResponse> SendAsync(RequestMethod method, string url, byte[]? body, string? contentType, (string Name, string Value)[]? headers, CancellationToken cancellationToken, int allow = 0)
    {
        using var message = _pipeline.CreateMessage();
        var request = message.Request;
        request.Method = method;
        request.Uri.Reset(new Uri(url));
        request.Headers.SetValue("x-ms-version", ServiceVersion);
        request.Headers.SetValue("Accept", JsonAccept);
        request.Headers.SetValue("DataServiceVersion", "3.0;NetFx");
        request.Headers.SetValue("MaxDataServiceVersion", "3.0;NetFx");
        foreach (var (name, value) in headers ?? [])
        {
            request.Headers.SetValue(name, value);
        }

        if (body is not null)
        {
            request.Headers.SetValue("Content-Type", contentType!);
            request.Content = RequestContent.Create(body);
        }

        await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        var response = message.Response;
        byte[] content = response.Content.ToArray();
        string? code = null;
        if (response.Status >= 400)
        {
            (code, string error) = ParseError(Encoding.UTF8.GetString(content));
            if (response.Status != allow)
            {
                throw new TableRequestException(response.Status, code, $"{method} {TableName}: {response.Status} {code}: {error}");
            }
        }

        response.Headers.TryGetValue("ETag", out var etag);
        response.Headers.TryGetValue("x-ms-continuation-NextPartitionKey", out var nextPartition);
        response.Headers.TryGetValue("x-ms-continuation-NextRowKey", out var nextRow);
        return new TableResponse(response.Status, content, code, etag, nextPartition, nextRow);
    }

    private sealed record TableResponse(int Status, byte[] Body, string? ErrorCode, string? ETag, string? NextPartitionKey, string? NextRowKey);
}
