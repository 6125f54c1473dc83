using System.Diagnostics.CodeAnalysis;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using JobFramework.Comp.Audit.AzureTables;
using JobFramework.Comp.Audit.Tests.Support;

namespace JobFramework.Comp.Audit.Tests;

/// <summary>
/// Throttling and timeouts on the way to a real Azurite, injected through a pipeline policy of the SDK's own client
/// options: the SDK's retries carry the append through without recording anything twice, and when the service stays
/// busy the error says so and nothing of the refused transaction is written.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class TableFaultTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData(429, "TooManyRequests")]
    [InlineData(503, "ServerBusy")]
    public async Task Throttled_transactions_are_retried_and_record_each_decision_once(int status, string code)
    {
        var throttle = new Throttle(status, code, failures: 2);
        var table = Table(throttle, retries: 3);
        await using var log = new TableDecisionLog(table);

        var recorded = await log.AppendBatchAsync([.. Enumerable.Range(0, 40).Select(i => Decisions.Placement("Q" + i, key: "q-" + i))]);

        recorded.ShouldAllBe(r => r.Created);
        throttle.Refused.ShouldBeGreaterThanOrEqualTo(2);
        await using var plain = new TableDecisionLog(Table(null, retries: 0, table.TableName));
        for (int i = 0; i < 40; i++)
        {
            (await plain.QueryByEmployeeAsync("Q" + i, 10)).Records.Count.ShouldBe(1);
        }
    }

    [Fact]
    public async Task A_service_that_stays_busy_is_a_clear_error_and_writes_nothing()
    {
        var table = Table(new Throttle(503, "ServerBusy", failures: int.MaxValue, onlyTransactions: true), retries: 2);
        await using var log = new TableDecisionLog(table);

        var error = await Should.ThrowAsync<AuditStoreException>(() => log.AppendAsync(Decisions.Placement("B1", key: "b-1")));

        error.Message.ShouldContain("the service stayed busy through every retry (503");
        error.Message.ShouldContain("run the same command again later");
        await using var plain = new TableDecisionLog(Table(null, retries: 0, table.TableName));
        (await plain.QueryByEmployeeAsync("B1", 10)).Records.ShouldBeEmpty();
        (await plain.AppendAsync(Decisions.Placement("B1", key: "b-1"))).Created.ShouldBeTrue();
    }

    [Fact]
    public async Task A_wrong_account_key_is_access_denied_with_where_to_fix_it_and_nothing_is_recorded()
    {
        string wrong = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("not the account key of devstoreaccount1"));
        var connection = TableConnection.Parse($"AccountName={TableConnection.DevelopmentAccount};AccountKey={wrong};TableEndpoint=http://127.0.0.1:{azurite.Server.Port}/{TableConnection.DevelopmentAccount}");
        var options = AuditTableOptions.Create();
        options.Retry.MaxRetries = 0;
        string table = AzuriteFixture.NewTable();
        await using var log = new TableDecisionLog(new AuditTable(connection, table, options));

        var error = await Should.ThrowAsync<AuditStoreException>(() => log.AppendAsync(Decisions.Placement("K1")));

        error.Message.ShouldContain("access denied");
        error.Message.ShouldContain("check the AccountKey in the connection string");
        error.Message.ShouldNotContain(wrong);
        (await Table(null, retries: 0, table).ExistsAsync()).ShouldBeFalse();
    }

    [Fact]
    public async Task A_throttled_table_creation_is_retried_not_taken_for_success()
    {
        var throttle = new Throttle(429, "TooManyRequests", failures: 1);
        var table = Table(throttle, retries: 2);

        (await table.CreateIfNotExistsAsync()).ShouldBeTrue();

        throttle.Refused.ShouldBe(1);
        (await table.ExistsAsync()).ShouldBeTrue();
        (await table.CreateIfNotExistsAsync()).ShouldBeFalse();
    }

    [Fact]
    public async Task A_request_that_times_out_is_retried_and_recorded_once()
    {
        var stall = new Stall(TimeSpan.FromSeconds(10));
        var options = AuditTableOptions.Create();
        options.Retry.MaxRetries = 3;
        options.Retry.Delay = TimeSpan.FromMilliseconds(10);
        options.Retry.NetworkTimeout = TimeSpan.FromMilliseconds(500);
        options.AddPolicy(stall, HttpPipelinePosition.BeforeTransport);
        await using var log = new TableDecisionLog(new AuditTable(TableConnection.Parse(azurite.ConnectionString), AzuriteFixture.NewTable(), options));

        var recorded = await log.AppendAsync(Decisions.Placement("S1", key: "s-1"));

        recorded.Created.ShouldBeTrue();
        stall.Stalled.ShouldBe(1);
        (await log.QueryByEmployeeAsync("S1", 10)).Records.Count.ShouldBe(1);
    }

    private AuditTable Table(HttpPipelinePolicy? policy, int retries, string? name = null)
    {
        var options = AuditTableOptions.Create();
        options.Retry.MaxRetries = retries;
        options.Retry.Delay = TimeSpan.FromMilliseconds(10);
        options.Retry.MaxDelay = TimeSpan.FromMilliseconds(50);
        if (policy is not null)
        {
            options.AddPolicy(policy, HttpPipelinePosition.PerRetry);
        }

        return new AuditTable(TableConnection.Parse(azurite.ConnectionString), name ?? AzuriteFixture.NewTable(), options);
    }

    /// <summary>Answers the first <c>failures</c> requests (or transactions) itself with a throttling status, as the service does under load.</summary>
    private sealed class Throttle(int status, string code, int failures, bool onlyTransactions = false) : HttpPipelinePolicy
    {
        private int _seen;

        public int Refused => Math.Min(_seen, failures);

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) => ProcessAsync(message, pipeline).AsTask().GetAwaiter().GetResult();

        public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            bool transaction = message.Request.Uri.Path.EndsWith("$batch", StringComparison.Ordinal);
            if ((!onlyTransactions || transaction) && Interlocked.Increment(ref _seen) <= failures)
            {
                message.Response = new BusyResponse(status, code);
                return ValueTask.CompletedTask;
            }

            return ProcessNextAsync(message, pipeline);
        }
    }

    /// <summary>Holds the first request past the network timeout, as a stalled connection would.</summary>
    private sealed class Stall(TimeSpan delay) : HttpPipelinePolicy
    {
        private int _calls;

        public int Stalled { get; private set; }

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) => ProcessAsync(message, pipeline).AsTask().GetAwaiter().GetResult();

        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            if (Interlocked.Increment(ref _calls) == 1)
            {
                Stalled++;
                await Task.Delay(delay, message.CancellationToken);
            }

            await ProcessNextAsync(message, pipeline);
        }
    }

    private sealed class BusyResponse(int status, string code) : Response
    {
        private readonly Dictionary<string, string> _headers = new(StringComparer.OrdinalIgnoreCase)
        {
            ["x-ms-error-code"] = code,
            ["Content-Type"] = "application/json",
        };

        public override int Status => status;

        // What the pipeline's classifier sets on a real response; the retry policy reads it.
        public override bool IsError => true;

        public override string ReasonPhrase => code;

        public override Stream? ContentStream { get; set; } = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(
            "{\"odata.error\":{\"code\":\"" + code + "\",\"message\":{\"lang\":\"en-US\",\"value\":\"The server is busy.\"}}}"));

        public override string ClientRequestId { get; set; } = Guid.NewGuid().ToString();

        public override void Dispose() => ContentStream?.Dispose();

        protected override bool ContainsHeader(string name) => _headers.ContainsKey(name);

        protected override IEnumerable<HttpHeader> EnumerateHeaders() => _headers.Select(h => new HttpHeader(h.Key, h.Value));

        protected override bool TryGetHeader(string name, [NotNullWhen(true)] out string? value) => _headers.TryGetValue(name, out value);

        protected override bool TryGetHeaderValues(string name, [NotNullWhen(true)] out IEnumerable<string>? values)
        {
            bool found = _headers.TryGetValue(name, out var value);
            values = found ? [value!] : null;
            return found;
        }
    }
}
