using System.Net;
using System.Text;
using System.Text.Json;
using JobFramework.Comp.Api.Auth;
using JobFramework.Comp.Audit;
using JobFramework.Comp.Audit.Sqlite;

namespace JobFramework.Comp.Api.Tests;

/// <summary>Every client mistake is a 4xx problem+json naming the problem, and nothing is persisted.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly ApiHost _host = new();

    public void Dispose() => _host.Dispose();

    private static readonly (string Mistake, string Body, string? ContentType, int Status, string Named)[] Rows =
    [
        ("malformed JSON", """{"employee": {"id": "E1",""", "application/json", 400, "not valid JSON"),
        ("wrong type", Requests.Eligibility("""{"id":"E1","family":"data","track":"ic","level":"three","region":"sg","baseSalary":98000}"""), "application/json", 400, "employee.level"),
        ("missing field", Requests.Eligibility("""{"id":"E1","family":"data","track":"ic","level":3,"baseSalary":98000}"""), "application/json", 400, "employee.region"),
        ("missing employee", """{"asOf": "2026-03-01"}""", "application/json", 400, "\"employee\""),
        ("unknown field", """{"employe": {}, "asOf": "2026-03-01"}""", "application/json", 400, "did you mean 'employee'"),
        ("unknown level", Requests.Eligibility("""{"id":"E1","family":"data","track":"ic","level":42,"region":"sg","baseSalary":98000}"""), "application/json", 400, "Level 42"),
        ("unknown region", Requests.Eligibility("""{"id":"E1","family":"data","track":"ic","level":3,"region":"mars","baseSalary":98000}"""), "application/json", 400, "mars"),
        ("unknown skill", Requests.Eligibility("""{"id":"E1","family":"data","track":"ic","level":3,"region":"sg","baseSalary":98000,"skills":["sqll:3"]}"""), "application/json", 400, "sqll"),
        ("negative salary", Requests.Eligibility("""{"id":"E1","family":"data","track":"ic","level":3,"region":"sg","baseSalary":-1}"""), "application/json", 400, "baseSalary"),
        ("absurd salary", Requests.Eligibility("""{"id":"E1","family":"data","track":"ic","level":3,"region":"sg","baseSalary":1e12}"""), "application/json", 400, "baseSalary"),
        ("bad date", """{"employee": {}, "asOf": "01/03/2026"}""", "application/json", 400, "asOf"),
        ("date before the first release", Requests.Eligibility(Requests.Analyst, "2020-01-01"), "application/json", 400, "asOf"),
        ("bad target", """{"employee": {}, "target": {"level": "five"}}""", "application/json", 400, "target.level"),
        ("oversized body", Requests.Eligibility(Requests.Analyst).Replace("\"E1007\"", "\"" + new string('x', 70_000) + "\"", StringComparison.Ordinal), "application/json", 413, "at most"),
        ("wrong content type", Requests.Eligibility(Requests.Analyst), "text/plain", 415, "application/json"),
    ];

    // Both endpoints that take an employee snapshot read it the same way; mobility takes no target.
    public static TheoryData<string, string, string, string?, int, string> Mistakes()
    {
        var data = new TheoryData<string, string, string, string?, int, string>();
        foreach (string endpoint in new[] { "/api/eligibility", "/api/mobility" })
        {
            foreach (var row in Rows.Where(r => endpoint == "/api/eligibility" || r.Mistake != "bad target"))
            {
                data.Add(endpoint, row.Mistake, row.Body, row.ContentType, row.Status, row.Named);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task A_client_mistake_is_a_problem_naming_it_and_nothing_is_recorded(string endpoint, string mistake, string body, string? contentType, int status, string named)
    {
        using var content = new StringContent(body, Encoding.UTF8, contentType!);

        var response = await _host.As(Roles.ReviewTooling).PostAsync(endpoint, content);
        string text = await response.Content.ReadAsStringAsync();

        ((int)response.StatusCode).ShouldBe(status, $"{mistake}: {text}");
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json", mistake);
        text.ShouldContain(named, Case.Sensitive, mistake);
        await AssertNothingRecorded();
    }

    [Theory]
    [InlineData(null, 401)]
    [InlineData("not-a-key", 401)]
    [InlineData(Roles.Payroll, 403)]
    public async Task A_missing_or_invalid_key_or_the_wrong_role_is_refused_before_anything_is_evaluated(string? key, int status)
    {
        var client = _host.CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add(ApiKeyAuthentication.Header, Roles.All.Contains(key) ? ApiHost.KeyFor(key) : key);
        }

        var response = await client.PostAsync("/api/eligibility", ApiHost.Json(Requests.Eligibility(Requests.Analyst)));

        ((int)response.StatusCode).ShouldBe(status);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadAsStringAsync()).ShouldContain(status == 401 ? "X-Api-Key" : "roles");
        await AssertNothingRecorded();
    }

    [Fact]
    public async Task A_bad_placements_batch_is_refused_whole_when_it_is_not_a_json_array()
    {
        using var content = new StringContent("""[{"id": "E1", """, Encoding.UTF8, "application/json");

        var response = await _host.As(Roles.Payroll).PostAsync("/api/placements", content);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        await AssertNothingRecorded();
    }

    private async Task AssertNothingRecorded()
    {
        if (!File.Exists(_host.AuditStore))
        {
            return;
        }

        await using var log = SqliteDecisionLog.Open(_host.AuditStore);
        (await ChainVerifier.VerifyAsync(log.Chains)).RecordsChecked.ShouldBe(0);
    }
}
