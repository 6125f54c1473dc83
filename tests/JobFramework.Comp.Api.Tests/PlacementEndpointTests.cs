using System.Net;
using System.Text;
using System.Text.Json;
using JobFramework.Comp.Api.Auth;
using JobFramework.Comp.Audit;
using JobFramework.Comp.Audit.Sqlite;

namespace JobFramework.Comp.Api.Tests;

public sealed class PlacementEndpointTests : IDisposable
{
    private readonly ApiHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task A_ndjson_roster_streams_placements_and_inline_row_errors_each_placement_recorded()
    {
        string roster = string.Join('\n',
            """{"id":"P1","family":"data","track":"ic","level":3,"region":"sg","baseSalary":98000}""",
            """{"id":"P2","family":"data","track":"ic","level":33,"region":"sg","baseSalary":98000}""",
            "{not json",
            "",
            """{"id":"P3","family":"engineering","track":"ic","level":3,"region":"us","baseSalary":90000}""");
        using var content = new StringContent(roster, Encoding.UTF8, "application/x-ndjson");

        var response = await _host.As(Roles.Payroll).PostAsync("/api/placements?asOf=2026-03-01", content);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/x-ndjson");
        lines.Count.ShouldBe(5);
        lines[0].GetProperty("placement").GetProperty("position").GetString().ShouldBe("within");
        lines[1].GetProperty("errors")[0].GetProperty("field").GetString().ShouldBe("level");
        lines[2].GetProperty("line").GetInt32().ShouldBe(3);
        lines[2].GetProperty("errors")[0].GetProperty("field").GetString().ShouldBe("$");
        lines[3].GetProperty("line").GetInt32().ShouldBe(5);
        lines[3].GetProperty("placement").GetProperty("position").GetString().ShouldBe("below");
        lines[3].GetProperty("placement").GetProperty("amountToMinimum").GetString().ShouldBe("10500.00");
        lines[4].GetProperty("summary").GetProperty("placed").GetInt32().ShouldBe(2);
        lines[4].GetProperty("summary").GetProperty("rejected").GetInt32().ShouldBe(2);

        await using var log = SqliteDecisionLog.Open(_host.AuditStore);
        foreach (var line in new[] { lines[0], lines[3] })
        {
            var record = await log.GetAsync(line.GetProperty("decisionId").GetString()!);
            record!.Output.ShouldBe(line.GetProperty("placement").GetRawText());
        }

        (await ChainVerifier.VerifyAsync(log.Chains)).RecordsChecked.ShouldBe(2);
    }

    [Fact]
    public async Task A_json_array_roster_is_placed_and_the_recorded_placement_can_be_fetched()
    {
        string roster = "[" + string.Join(',', Enumerable.Range(0, 2500).Select(i => $$"""{"id":"A{{i}}","family":"data","track":"ic","level":3,"region":"sg","baseSalary":{{90000 + i}}}""")) + "]";
        var payroll = _host.As(Roles.Payroll);

        var response = await payroll.PostAsync("/api/placements?asOf=2026-03-01", ApiHost.Json(roster));
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var fetched = await payroll.GetAsync("/api/placements/A2499?asOf=2026-03-01");
        var missing = await payroll.GetAsync("/api/placements/nobody");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        lines.Length.ShouldBe(2501, "one line per row across two recording batches, then the summary");
        fetched.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var record = JsonDocument.Parse(await fetched.Content.ReadAsStringAsync());
        record.RootElement.GetProperty("input").GetProperty("employee").GetProperty("baseSalary").GetInt32().ShouldBe(92499);
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        missing.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }
}
