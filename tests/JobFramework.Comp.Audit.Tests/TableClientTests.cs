using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using JobFramework.Comp.Audit.AzureTables;
using JobFramework.Comp.Audit.Tests.Support;

namespace JobFramework.Comp.Audit.Tests;

/// <summary>The Table client against a real Azurite: transactions, errors, and records any OData client can read.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TableClientTests(AzuriteFixture azurite)
{
    private AuditTable NewTable(string? name = null) => new(TableConnection.Parse(azurite.ConnectionString), name ?? AzuriteFixture.NewTable());

    [Fact]
    public async Task Records_read_over_plain_http_odata_carry_every_field_typed()
    {
        var table = NewTable();
        var log = new TableDecisionLog(table);
        var record = (await log.AppendAsync(Decisions.Placement("H1", key: "k-h1"))).Record;

        // An independent client: HttpClient, SharedKeyLite (a different signing scheme from ours), full metadata.
        using var http = new HttpClient();
        string path = $"/{TableConnection.DevelopmentAccount}/{table.TableName}(PartitionKey='{TableKeys.Partition(record.Chain)}',RowKey='{TableKeys.Record(record.Sequence)}')";
        using var request = new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{azurite.Server.Port}{path}");
        string date = DateTimeOffset.UtcNow.ToString("r", CultureInfo.InvariantCulture);
        string signature = Convert.ToBase64String(HMACSHA256.HashData(
            Convert.FromBase64String(TableConnection.DevelopmentKey),
            Encoding.UTF8.GetBytes(date + "\n/" + TableConnection.DevelopmentAccount + path)));
        request.Headers.Add("x-ms-date", date);
        request.Headers.Add("x-ms-version", "2019-02-02");
        request.Headers.Authorization = new AuthenticationHeaderValue("SharedKeyLite", TableConnection.DevelopmentAccount + ":" + signature);
        request.Headers.Accept.ParseAdd("application/json;odata=fullmetadata");
        using var response = await http.SendAsync(request);
        string body = await response.Content.ReadAsStringAsync();

        response.IsSuccessStatusCode.ShouldBeTrue(body);
        using var json = JsonDocument.Parse(body);
        var entity = json.RootElement;
        entity.GetProperty("DecisionId").GetString().ShouldBe(record.DecisionId);
        entity.GetProperty("EmployeeId").GetString().ShouldBe("H1");
        entity.GetProperty("Kind").GetString().ShouldBe("placement");
        entity.GetProperty("Sequence").GetString().ShouldBe("1");
        entity.GetProperty("Sequence@odata.type").GetString().ShouldBe("Edm.Int64");
        entity.GetProperty("RecordedAt@odata.type").GetString().ShouldBe("Edm.DateTime");
        DateTimeOffset.Parse(entity.GetProperty("RecordedAt").GetString()!, CultureInfo.InvariantCulture).ShouldBe(record.RecordedAt);
        entity.GetProperty("Input").GetString().ShouldBe(record.Input);
        entity.GetProperty("Output").GetString().ShouldBe(record.Output);
        entity.GetProperty("Hash").GetString().ShouldBe(record.Hash);
        entity.GetProperty("PreviousHash").GetString().ShouldBe(DecisionChains.Genesis);
        entity.GetProperty("IdempotencyKey").GetString().ShouldBe("k-h1");
    }

    [Fact]
    public async Task A_transaction_of_a_hundred_operations_commits_whole()
    {
        var table = NewTable();
        await table.CreateIfNotExistsAsync();
        var transaction = new AuditTransaction("p1");
        for (int i = 0; i < AuditTransaction.MaxOperations; i++)
        {
            transaction.Insert(new TableEntity("p1", "r" + i.ToString("D3", CultureInfo.InvariantCulture)) { ["N"] = i, ["Wide"] = 10_000_000_000L + i });
        }

        var etags = await table.SubmitTransactionAsync(transaction);

        etags.Count.ShouldBe(100);
        etags.ShouldAllBe(e => !string.IsNullOrEmpty(e));
        var count = 0;
        await foreach (var page in table.QueryAsync("PartitionKey eq 'p1'", top: 30))
        {
            count += page.Count;
        }

        count.ShouldBe(100);
        var read = await table.GetAsync("p1", "r042");
        (read!["N"], read["Wide"]).ShouldBe((42, 10_000_000_042L));
    }

    [Fact]
    public async Task A_failing_transaction_writes_nothing_and_names_the_failed_operation()
    {
        var table = NewTable();
        await table.CreateIfNotExistsAsync();
        await table.InsertAsync(new TableEntity("p1", "taken"));
        var transaction = new AuditTransaction("p1");
        transaction.Insert(new TableEntity("p1", "a"));
        transaction.Insert(new TableEntity("p1", "b"));
        transaction.Insert(new TableEntity("p1", "taken"));

        var error = await Should.ThrowAsync<TableRequestException>(() => table.SubmitTransactionAsync(transaction));

        error.Status.ShouldBe(409, error.Message);
        error.ErrorCode.ShouldBe("EntityAlreadyExists", error.Message);
        error.FailedOperation.ShouldBe(2);
        (await table.GetAsync("p1", "a")).ShouldBeNull();
        (await table.GetAsync("p1", "b")).ShouldBeNull();
    }

    [Fact]
    public async Task A_conditional_replace_with_a_stale_etag_fails_with_412()
    {
        var table = NewTable();
        await table.CreateIfNotExistsAsync();
        await table.InsertAsync(new TableEntity("p1", "head") { ["Sequence"] = 1L });
        var stale = AuditTable.ETagOf(await table.GetAsync("p1", "head"))!;
        await table.UpsertAsync(new TableEntity("p1", "head") { ["Sequence"] = 2L });
        var transaction = new AuditTransaction("p1");
        transaction.Replace(new TableEntity("p1", "head") { ["Sequence"] = 3L }, stale);

        var error = await Should.ThrowAsync<TableRequestException>(() => table.SubmitTransactionAsync(transaction));

        error.Status.ShouldBe(412);
        (await table.GetAsync("p1", "head"))!.GetInt64("Sequence").ShouldBe(2);
    }

    [Fact]
    public void The_client_enforces_one_partition_a_hundred_operations_and_one_operation_per_entity()
    {
        // Azurite accepts the first of these; Azure rejects it, so the client must refuse it before sending.
        var transaction = new AuditTransaction("p1");
        Should.Throw<InvalidOperationException>(() => transaction.Insert(new TableEntity("p2", "a"))).Message.ShouldContain("one partition");

        transaction.Insert(new TableEntity("p1", "a"));
        Should.Throw<InvalidOperationException>(() => transaction.Insert(new TableEntity("p1", "a"))).Message.ShouldContain("twice");

        for (int i = 1; i < AuditTransaction.MaxOperations; i++)
        {
            transaction.Insert(new TableEntity("p1", "x" + i.ToString(CultureInfo.InvariantCulture)));
        }

        Should.Throw<InvalidOperationException>(() => transaction.Insert(new TableEntity("p1", "one-too-many"))).Message.ShouldContain("at most 100");
        transaction.Actions.Count.ShouldBe(100);
    }

    [Fact]
    public async Task Reading_a_table_that_does_not_exist_says_so_and_how_to_fix_it()
    {
        var log = new TableDecisionLog(NewTable("nosuchtable"));

        var error = await Should.ThrowAsync<AuditStoreException>(() => log.QueryByEmployeeAsync("E1", 10));

        error.Message.ShouldContain("nosuchtable");
        error.Message.ShouldContain("does not exist");
        error.Message.ShouldContain("check the table name");
    }

    [Fact]
    public async Task A_store_that_is_down_is_a_clear_error_and_nothing_is_reported_recorded()
    {
        var options = AuditTableOptions.Create();
        options.Retry.MaxRetries = 1;
        options.Retry.Delay = TimeSpan.FromMilliseconds(10);
        var down = TableConnection.Parse($"AccountName=devstoreaccount1;AccountKey={TableConnection.DevelopmentKey};TableEndpoint=http://127.0.0.1:9/devstoreaccount1");
        var log = new TableDecisionLog(new AuditTable(down, "decisions", options));

        var error = await Should.ThrowAsync<AuditStoreException>(() => log.AppendBatchAsync([Decisions.Placement("D1"), Decisions.Placement("D2")]));

        error.Message.ShouldContain("unreachable");
        error.Message.ShouldContain("nothing was recorded");
    }

    [Theory]
    [InlineData("DefaultEndpointsProtocol=https", "no AccountName and no TableEndpoint", false)]
    [InlineData("AcountName=acct;AccountKey=abcd", "unknown setting 'AcountName' (did you mean AccountName?)", false)]
    [InlineData("AccountName=acct;AccountKey=not*base64!", "AccountKey is not base64", true)]
    [InlineData("TableEndpoint=ftp://x", "is not an http(s) URL", false)]
    [InlineData("just-a-word", "is not a Name=Value setting", false)]
    public void A_bad_connection_string_says_what_to_fix_without_echoing_the_key(string connectionString, string expected, bool hasKey)
    {
        var error = Should.Throw<AuditStoreException>(() => TableConnection.Parse(connectionString));

        error.Message.ShouldContain(expected);
        if (hasKey)
        {
            error.Message.ShouldNotContain("not*base64!");
        }
    }

    [Fact]
    public void Connection_strings_resolve_to_the_right_endpoint_and_auth()
    {
        var azure = TableConnection.Parse("DefaultEndpointsProtocol=https;AccountName=compaudit;AccountKey=YWJjZA==;EndpointSuffix=core.windows.net");
        var identity = TableConnection.Parse("TableEndpoint=https://compaudit.table.core.windows.net");
        var development = TableConnection.Parse("UseDevelopmentStorage=true");

        (azure.Endpoint.AbsoluteUri, azure.AccountName, azure.UsesSharedKey).ShouldBe(("https://compaudit.table.core.windows.net/", "compaudit", true));
        (identity.AccountName, identity.UsesSharedKey).ShouldBe(("compaudit", false));
        (development.Endpoint.AbsoluteUri, development.AccountName).ShouldBe(("http://127.0.0.1:10002/devstoreaccount1", "devstoreaccount1"));
    }
}
