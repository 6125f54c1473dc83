using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using JobFramework.Comp.Api.Auth;
using JobFramework.Comp.Audit.Sqlite;

namespace JobFramework.Comp.Api.Tests;

/// <summary>
/// Mobility through the HTTP pipeline: ranked options recorded before they are answered (and replayable),
/// the talent-marketplace search, the mobility map in every format, and problems naming each bad input.
/// </summary>
public sealed class MobilityEndpointTests : IDisposable
{
    private readonly ApiHost _host = new();

    public void Dispose() => _host.Dispose();

    private static string Body(string employee) => $$"""{"employee": {{employee}}, "asOf": "2026-06-01"}""";

    private static async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode status)
    {
        string text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, text);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    [Fact]
    public async Task Mobility_options_are_recorded_before_they_are_answered_and_replay_identically()
    {
        var response = await _host.As(Roles.ReviewTooling).PostAsync("/api/mobility", ApiHost.Json(Body(Requests.Employee("employee-internal-auditor.json"))));

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = body.RootElement;
        root.GetProperty("kind").GetString().ShouldBe("mobility");
        var options = root.GetProperty("output").GetProperty("options").EnumerateArray().ToArray();
        options.Select(o => o.GetProperty("role").GetProperty("id").GetString()).ShouldBe(["risk-ic3", "compliance-ic3", "audit-ic4"]);
        options[0].GetProperty("blockedBy")[0].GetProperty("rule").GetString().ShouldBe("requires:risk-analysis-foundations");
        options[0].GetProperty("status").GetString().ShouldBe("reachableWithLearning");
        options[0].GetProperty("pay").GetProperty("proposed").GetString().ShouldBe("112000.00");

        string id = root.GetProperty("decisionId").GetString()!;
        await using (var log = SqliteDecisionLog.Open(_host.AuditStore))
        {
            (await log.GetAsync(id)).ShouldNotBeNull().Output.ShouldBe(root.GetProperty("output").GetRawText());
        }

        var replay = await _host.As(Roles.Auditor).PostAsync($"/api/decisions/{id}/replay", null);
        string replayed = await replay.Content.ReadAsStringAsync();
        replay.StatusCode.ShouldBe(HttpStatusCode.OK, replayed);
        JsonDocument.Parse(replayed).RootElement.GetProperty("identical").GetBoolean().ShouldBeTrue(replayed);
    }

    [Fact]
    public async Task A_retry_with_the_same_idempotency_key_returns_the_original_options()
    {
        var client = _host.As(Roles.ReviewTooling);
        async Task<HttpResponseMessage> Send()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/mobility") { Content = ApiHost.Json(Body(Requests.Analyst)) };
            request.Headers.Add("Idempotency-Key", "mobility-review-E1007");
            return await client.SendAsync(request);
        }

        var first = await Send();
        var second = await Send();

        first.StatusCode.ShouldBe(HttpStatusCode.OK, await first.Content.ReadAsStringAsync());
        second.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
        (await second.Content.ReadAsStringAsync()).ShouldBe(await first.Content.ReadAsStringAsync());
        await using var log = SqliteDecisionLog.Open(_host.AuditStore);
        (await log.QueryByEmployeeAsync("E1007", 10)).Records.Count.ShouldBe(1);
    }

    [Theory]
    [InlineData("""{"employee": {"id":"X","family":"people","track":"manager","level":3,"region":"us","baseSalary":90000}, "asOf": "2026-06-01"}""", "employee.level")]
    [InlineData("""{"employee": {"id":"X","family":"risk","track":"ic","level":3,"region":"us","baseSalary":90000,"skills":["risk-analysys:3"]}, "asOf": "2026-06-01"}""", "employee.skills[0]")]
    [InlineData("""{"employee": {"id":"X","family":"risk","track":"ic","level":3,"region":"us","baseSalary":-5}, "asOf": "2026-06-01"}""", "employee.baseSalary")]
    [InlineData("""{"employee": {"id":"X","family":"risk","track":"ic","level":3,"region":"us","baseSalary":90000}, "target": {"level": 4}}""", "target")]
    [InlineData("""{"asOf": "2026-06-01"}""", "employee")]
    public async Task A_bad_request_is_a_problem_naming_the_field_and_nothing_is_recorded(string body, string field)
    {
        var response = await _host.As(Roles.ReviewTooling).PostAsync("/api/mobility", ApiHost.Json(body));

        var problem = await Problem(response, HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(problem.GetRawText());
        if (File.Exists(_host.AuditStore))
        {
            (await Count()).ShouldBe(0);
        }
    }

    private async Task<long> Count()
    {
        await using var log = SqliteDecisionLog.Open(_host.AuditStore);
        return (await log.QueryByEmployeeAsync("X", 10)).Records.Count;
    }

    [Fact]
    public async Task Roles_are_searched_by_skill_family_level_and_track()
    {
        var client = _host.As(Roles.Payroll);

        using var bySkill = JsonDocument.Parse(await client.GetStringAsync("/api/roles?skill=python&asOf=2026-06-01"));
        bySkill.RootElement.GetProperty("roles").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ShouldBe(["data-ic3-engineering", "data-ic4", "eng-ic3-ml"]);
        var engineer = bySkill.RootElement.GetProperty("roles")[0];
        engineer.GetProperty("coreSkills")[1].GetProperty("skill").GetString().ShouldBe("python");
        engineer.GetProperty("coreSkills")[1].GetProperty("learning")[0].GetProperty("title").GetString().ShouldBe("Python for data work");
        engineer.GetProperty("developmentPaths").EnumerateArray().Select(p => p.GetProperty("to").GetString()).ShouldBe(["data-ic3", "data-ic4"]);

        using var byAll = JsonDocument.Parse(await client.GetStringAsync("/api/roles?family=engineering&level=5&track=manager"));
        byAll.RootElement.GetProperty("count").GetInt32().ShouldBe(1);
        byAll.RootElement.GetProperty("roles")[0].GetProperty("id").GetString().ShouldBe("eng-m5");
    }

    [Theory]
    [InlineData("/api/roles?family=dta", "family")]
    [InlineData("/api/roles?level=three", "level")]
    [InlineData("/api/roles?colour=red", "colour")]
    [InlineData("/api/roles/data-ic3/map?depth=9", "depth")]
    [InlineData("/api/roles/data-ic3/map?format=png", "format")]
    public async Task A_bad_query_is_a_problem_naming_the_parameter(string path, string field)
    {
        var problem = await Problem(await _host.As(Roles.Payroll).GetAsync(path), HttpStatusCode.BadRequest);

        problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(problem.GetRawText());
    }

    [Fact]
    public async Task An_unknown_role_has_no_map()
    {
        var problem = await Problem(await _host.As(Roles.Payroll).GetAsync("/api/roles/data-ic33/map"), HttpStatusCode.NotFound);

        problem.GetProperty("detail").GetString().ShouldBe("Unknown role 'data-ic33'. Did you mean 'data-ic3'?");
    }

    [Theory]
    [InlineData("json", "application/json")]
    [InlineData("dot", "text/vnd.graphviz")]
    [InlineData("svg", "image/svg+xml")]
    [InlineData("html", "text/html")]
    public async Task The_mobility_map_comes_in_every_format(string format, string mediaType)
    {
        var response = await _host.As(Roles.ReviewTooling).GetAsync($"/api/roles/data-ic3/map?depth=2&format={format}");

        string text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(mediaType);
        if (format == "svg")
        {
            XDocument.Parse(text).Descendants(XName.Get("rect", "http://www.w3.org/2000/svg")).Count().ShouldBe(7);
        }
        else if (format == "json")
        {
            JsonDocument.Parse(text).RootElement.GetProperty("nodes").GetArrayLength().ShouldBe(7);
        }
        else
        {
            text.ShouldContain("eng-ic3-ml");
        }
    }
}
