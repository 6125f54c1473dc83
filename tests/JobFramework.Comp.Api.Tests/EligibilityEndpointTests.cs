using System.Net;
using System.Text.Json;
using JobFramework.Comp.Api.Auth;
using JobFramework.Comp.Audit.Sqlite;

namespace JobFramework.Comp.Api.Tests;

public sealed class EligibilityEndpointTests : IDisposable
{
    private readonly ApiHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task From_2027_the_decision_carries_the_promotion_recommendation_with_its_cap()
    {
        const string AboveBand = """{"id":"E2042","family":"engineering","track":"ic","level":3,"region":"us","baseSalary":170000,"rating":4,"monthsInLevel":14,"scope":4,"mentorship":2,"skills":{"programming":4,"system-design":3,"code-review":3}}""";
        var response = await _host.As(Roles.ReviewTooling).PostAsync("/api/eligibility", ApiHost.Json(Requests.Eligibility(AboveBand, "2027-01-15")));

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        body.RootElement.GetProperty("release").GetProperty("id").GetString().ShouldBe("2027-h1");
        var outputs = body.RootElement.GetProperty("output").GetProperty("outputs").EnumerateArray().ToDictionary(o => o.GetProperty("name").GetString()!);
        outputs["recommendedSalary"].GetProperty("value").GetProperty("amount").GetString().ShouldBe("177500.00");
        outputs["recommendedSalary"].GetProperty("limit").GetProperty("before").GetProperty("amount").GetString().ShouldBe("183600.00");
        outputs["promotionIncrease"].GetProperty("value").GetProperty("amount").GetString().ShouldBe("13600.00");

        // The recorded decision is what was answered, outputs and all.
        string id = body.RootElement.GetProperty("decisionId").GetString()!;
        var recorded = JsonDocument.Parse(await _host.As(Roles.Auditor).GetStringAsync("/api/decisions/" + id)).RootElement;
        recorded.GetProperty("output").GetProperty("outputs").GetRawText().ShouldBe(body.RootElement.GetProperty("output").GetProperty("outputs").GetRawText());
    }

    [Fact]
    public async Task An_eligibility_check_answers_with_criteria_gaps_and_the_recorded_decision()
    {
        var response = await _host.As(Roles.ReviewTooling).PostAsync("/api/eligibility", ApiHost.Json(Requests.Eligibility(Requests.Analyst)));

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = body.RootElement;
        string id = root.GetProperty("decisionId").GetString()!;
        root.GetProperty("release").GetProperty("id").GetString().ShouldBe("2026-h1");
        root.GetProperty("output").GetProperty("eligible").GetBoolean().ShouldBeFalse();
        var gaps = root.GetProperty("output").GetProperty("gaps").EnumerateArray().Select(g => (g.GetProperty("skill").GetString(), g.GetProperty("required").GetInt32(), g.GetProperty("held").GetInt32())).ToList();
        gaps.ShouldContain(("tableau", 3, 1));
        root.GetProperty("caller").GetString().ShouldBe(Roles.ReviewTooling);

        await using var log = SqliteDecisionLog.Open(_host.AuditStore);
        var recorded = await log.GetAsync(id);
        recorded.ShouldNotBeNull();
        root.GetProperty("output").GetRawText().ShouldBe(recorded.Output);
    }

    [Fact]
    public async Task A_retry_with_the_same_idempotency_key_returns_the_original_decision_and_records_nothing_new()
    {
        var client = _host.As(Roles.ReviewTooling);
        async Task<HttpResponseMessage> Send()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/eligibility") { Content = ApiHost.Json(Requests.Eligibility(Requests.Analyst)) };
            request.Headers.Add("Idempotency-Key", "review-cycle-2026-E1007");
            return await client.SendAsync(request);
        }

        var first = await Send();
        var retries = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Send()));

        string original = await first.Content.ReadAsStringAsync();
        foreach (var retry in retries)
        {
            retry.StatusCode.ShouldBe(HttpStatusCode.OK);
            retry.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
            (await retry.Content.ReadAsStringAsync()).ShouldBe(original);
        }

        await using var log = SqliteDecisionLog.Open(_host.AuditStore);
        (await log.QueryByEmployeeAsync("E1007", 10)).Records.Count.ShouldBe(1);
    }

    [Fact]
    public async Task When_the_audit_log_is_down_the_caller_gets_503_and_no_decision()
    {
        using var host = new ApiHost($"AccountName=devstoreaccount1;AccountKey={Audit.AzureTables.TableConnection.DevelopmentKey};TableEndpoint=http://127.0.0.1:9/devstoreaccount1");

        var response = await host.As(Roles.ReviewTooling).PostAsync("/api/eligibility", ApiHost.Json(Requests.Eligibility(Requests.Analyst)));
        string body = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        body.ShouldContain("no decision was made");
        body.ShouldNotContain("eligible");
    }
}
