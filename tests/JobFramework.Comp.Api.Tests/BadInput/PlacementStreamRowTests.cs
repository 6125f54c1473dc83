using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using JobFramework.Comp.Api.Auth;
using JobFramework.Comp.Audit;
using JobFramework.Comp.Audit.Sqlite;

namespace JobFramework.Comp.Api.Tests.BadInput;

/// <summary>
/// One bad row never cuts a placement stream: wherever it sits (the first recording batch of 1,600 rows or a
/// later one), it becomes an error line naming its field, every good row is placed and recorded, and the
/// stream ends with a complete summary. Resending rows never records them twice.
/// </summary>
public sealed class PlacementStreamRowTests : IDisposable
{
    private readonly ApiHost _host = new();

    public void Dispose() => _host.Dispose();

    private static string Good(int i) => string.Create(CultureInfo.InvariantCulture, $$"""{"id":"R{{i}}","family":"data","track":"ic","level":3,"region":"sg","baseSalary":{{90000 + i}}}""");

    public static TheoryData<string, string, string> BadRows() => new()
    {
        { "id of only spaces", """{"id":"   ","family":"data","track":"ic","level":3,"region":"sg","baseSalary":98000}""", "id" },
        { "lone surrogate", """{"id":"X\ud800","family":"data","track":"ic","level":3,"region":"sg","baseSalary":98000}""", "id" },
        { "NUL in the id", """{"id":"X\u0000","family":"data","track":"ic","level":3,"region":"sg","baseSalary":98000}""", "id" },
        { "3,000 certifications", """{"id":"C1","family":"data","track":"ic","level":3,"region":"sg","baseSalary":98000,"certifications":[""" + string.Join(",", Enumerable.Range(0, 3000).Select(i => $"\"c{i}\"")) + "]}", "certifications" },
        { "salary given twice", """{"id":"D1","family":"data","track":"ic","level":3,"region":"sg","baseSalary":1,"baseSalary":98000}""", "baseSalary" },
        { "salary finer than a cent", """{"id":"F1","family":"data","track":"ic","level":3,"region":"sg","baseSalary":1e-7}""", "baseSalary" },
        { "a line of 70,000 bytes", """{"id":"L1","pad":" """ + new string('x', 70_000) + "\"}", "$" },
        { "not JSON", "{not json", "$" },
        { "an unknown region", """{"id":"U1","family":"data","track":"ic","level":3,"region":"gb","baseSalary":98000}""", "region" },
    };

    [Theory]
    [MemberData(nameof(BadRows))]
    public async Task A_bad_row_in_the_first_or_a_later_batch_is_an_error_line_and_every_good_row_is_recorded(string mistake, string badRow, string field)
    {
        // Rows 1–2,000 are good except line 10 (first batch) and line 1,700 (second batch).
        var rows = Enumerable.Range(1, 2000).Select(Good).ToArray();
        rows[9] = badRow;
        rows[1699] = badRow;
        var lines = await PlaceAsync(string.Join('\n', rows));

        lines.Count.ShouldBe(2001, mistake);
        foreach (int line in new[] { 10, 1700 })
        {
            var error = lines[line - 1];
            error.GetProperty("line").GetInt32().ShouldBe(line);
            error.GetProperty("errors")[0].GetProperty("field").GetString().ShouldBe(field, mistake);
        }

        var summary = lines[^1].GetProperty("summary");
        summary.GetProperty("placed").GetInt32().ShouldBe(1998);
        summary.GetProperty("rejected").GetInt32().ShouldBe(2);
        summary.GetProperty("complete").GetBoolean().ShouldBeTrue();
        (await RecordCount()).ShouldBe(1998);
    }

    [Fact]
    public async Task Invalid_utf8_in_one_row_is_that_rows_error()
    {
        byte[] body = [.. Encoding.UTF8.GetBytes(Good(1) + "\n{\"id\":\"B"), 0xff, 0xfe, .. Encoding.UTF8.GetBytes("\"}\n" + Good(2))];
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/x-ndjson");

        var response = await _host.As(Roles.Payroll).PostAsync("/api/placements?asOf=2026-03-01", content);
        var lines = Parse(await response.Content.ReadAsStringAsync());

        lines.Count.ShouldBe(4);
        lines[1].GetProperty("errors")[0].GetProperty("message").GetString()!.ShouldContain("not valid UTF-8");
        lines[^1].GetProperty("summary").GetProperty("placed").GetInt32().ShouldBe(2);
        (await RecordCount()).ShouldBe(2);
    }

    [Fact]
    public async Task A_bad_item_in_a_json_array_is_that_items_error()
    {
        string roster = "[" + Good(1) + ",{\"id\":\"X\\ud800\",\"family\":\"data\"}," + Good(2) + "]";

        var response = await _host.As(Roles.Payroll).PostAsync("/api/placements?asOf=2026-03-01", ApiHost.Json(roster));
        var lines = Parse(await response.Content.ReadAsStringAsync());

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        lines.Count.ShouldBe(4);
        lines[1].GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).ShouldContain("id");
        (await RecordCount()).ShouldBe(2);
    }

    [Fact]
    public async Task Sending_the_same_rows_again_records_nothing_twice_and_answers_with_the_original_decisions()
    {
        string roster = string.Join('\n', Enumerable.Range(1, 50).Select(Good));
        var first = await PlaceAsync(roster);
        var again = await PlaceAsync(roster);

        again.Count.ShouldBe(51);
        for (int i = 0; i < 50; i++)
        {
            again[i].GetProperty("decisionId").GetString().ShouldBe(first[i].GetProperty("decisionId").GetString());
            again[i].GetProperty("replayed").GetBoolean().ShouldBeTrue();
            first[i].TryGetProperty("replayed", out _).ShouldBeFalse();
        }

        again[^1].GetProperty("summary").GetProperty("replayed").GetInt32().ShouldBe(50);
        (await RecordCount()).ShouldBe(50);
    }

    [Fact]
    public async Task A_row_changed_before_it_is_sent_again_is_a_new_decision()
    {
        await PlaceAsync(Good(1));
        var changed = await PlaceAsync(Good(1).Replace("90001", "91001", StringComparison.Ordinal));

        changed[0].TryGetProperty("replayed", out _).ShouldBeFalse();
        (await RecordCount()).ShouldBe(2);
    }

    private async Task<List<JsonElement>> PlaceAsync(string ndjson)
    {
        using var content = new StringContent(ndjson, Encoding.UTF8, "application/x-ndjson");
        var response = await _host.As(Roles.Payroll).PostAsync("/api/placements?asOf=2026-03-01", content);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return Parse(await response.Content.ReadAsStringAsync());
    }

    private static List<JsonElement> Parse(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();

    private async Task<long> RecordCount()
    {
        await using var log = SqliteDecisionLog.Open(_host.AuditStore);
        var report = await ChainVerifier.VerifyAsync(log.Chains);
        report.Clean.ShouldBeTrue();
        return report.RecordsChecked;
    }
}
