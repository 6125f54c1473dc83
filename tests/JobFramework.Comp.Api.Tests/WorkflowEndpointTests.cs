using System.Net;
using System.Text.Json;
using JobFramework.Comp.Api.Auth;
using JobFramework.Comp.Audit.Sqlite;

namespace JobFramework.Comp.Api.Tests;

/// <summary>
/// Named workflows through the HTTP pipeline: the list with inputs, outputs and roles; an evaluation recorded before
/// it is answered and replayed identically; the roles a workflow declares; and problems naming each bad input.
/// </summary>
public sealed class WorkflowEndpointTests : IDisposable
{
    private readonly ApiHost _host = new();

    public void Dispose() => _host.Dispose();

    private const string Engineer = """{"id": "M1", "family": "engineering", "track": "ic", "level": 3, "region": "us", "baseSalary": 118750, "rating": 4}""";

    private static string Body(string employee = Engineer, string inputs = "{}", string asOf = "2027-09-01") =>
        $$"""{"employee": {{employee}}, "asOf": "{{asOf}}", "inputs": {{inputs}}}""";

    private static async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode status)
    {
        string text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, text);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    [Fact]
    public async Task The_release_in_effect_lists_its_workflows_with_inputs_outputs_and_roles()
    {
        var response = await _host.As(Roles.Payroll).GetAsync("/api/workflows?asOf=2027-09-01");

        string text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        var root = JsonDocument.Parse(text).RootElement;
        root.GetProperty("release").GetString().ShouldBe("2027-h2");
        var workflows = root.GetProperty("workflows").EnumerateArray().ToDictionary(w => w.GetProperty("name").GetString()!);
        workflows.Keys.ShouldBe(["level-up", "merit", "step-increase"]);
        var merit = workflows["merit"];
        merit.GetProperty("allowedRoles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["comp-admin", "review-tooling"]);
        var proration = merit.GetProperty("inputs")[0];
        proration.GetProperty("name").GetString().ShouldBe("prorationPct");
        proration.GetProperty("type").GetString().ShouldBe("number");
        proration.GetProperty("default").GetDecimal().ShouldBe(100m);
        merit.GetProperty("outputs").EnumerateArray().Select(o => o.GetProperty("name").GetString()).ShouldBe(["matrixMultiple", "meritPct", "meritIncrease", "newBaseSalary"]);
    }

    [Fact]
    public async Task A_merit_evaluation_is_recorded_before_it_is_answered_and_replays_identically()
    {
        var response = await _host.As(Roles.ReviewTooling).PostAsync("/api/workflows/merit/evaluations", ApiHost.Json(Body(inputs: """{"prorationPct": 50}""")));

        string text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        var root = JsonDocument.Parse(text).RootElement;
        root.GetProperty("kind").GetString().ShouldBe("workflow");
        root.GetProperty("release").GetProperty("id").GetString().ShouldBe("2027-h2");
        var output = root.GetProperty("output");
        output.GetProperty("workflow").GetString().ShouldBe("merit");
        output.GetProperty("passed").GetBoolean().ShouldBeTrue();
        var outputs = output.GetProperty("outputs").EnumerateArray().ToDictionary(o => o.GetProperty("name").GetString()!);
        outputs["meritPct"].GetProperty("value").GetProperty("amount").GetString().ShouldBe("4.2");
        outputs["meritIncrease"].GetProperty("value").GetProperty("amount").GetString().ShouldBe("2494.00");
        outputs["meritPct"].GetProperty("inputs").EnumerateArray()
            .Single(i => i.GetProperty("name").GetString() == "constants.meritBudgetPct").GetProperty("source").GetString()
            .ShouldBe("framework.json:82, in effect from 2027-07-01");

        string id = root.GetProperty("decisionId").GetString()!;
        await using (var log = SqliteDecisionLog.Open(_host.AuditStore))
        {
            var record = (await log.GetAsync(id)).ShouldNotBeNull();
            record.Output.ShouldBe(output.GetRawText());
            JsonDocument.Parse(record.Input).RootElement.GetProperty("inputs").GetProperty("prorationPct").GetDecimal().ShouldBe(50m);
        }

        var replay = await _host.As(Roles.Auditor).PostAsync($"/api/decisions/{id}/replay", null);
        string replayed = await replay.Content.ReadAsStringAsync();
        replay.StatusCode.ShouldBe(HttpStatusCode.OK, replayed);
        JsonDocument.Parse(replayed).RootElement.GetProperty("identical").GetBoolean().ShouldBeTrue(replayed);
    }

    [Fact]
    public async Task A_retry_with_the_same_idempotency_key_returns_the_original_decision()
    {
        var client = _host.As(Roles.ReviewTooling);
        async Task<HttpResponseMessage> Send()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/workflows/merit/evaluations") { Content = ApiHost.Json(Body()) };
            request.Headers.Add("Idempotency-Key", "merit-2027-M1");
            return await client.SendAsync(request);
        }

        var first = await Send();
        var second = await Send();

        first.StatusCode.ShouldBe(HttpStatusCode.OK, await first.Content.ReadAsStringAsync());
        second.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
        (await second.Content.ReadAsStringAsync()).ShouldBe(await first.Content.ReadAsStringAsync());
        await using var log = SqliteDecisionLog.Open(_host.AuditStore);
        (await log.QueryByEmployeeAsync("M1", 10)).Records.Count.ShouldBe(1);
    }

    [Fact]
    public async Task The_constant_in_effect_on_the_as_of_date_is_the_one_used()
    {
        var response = await _host.As(Roles.CompAdmin).PostAsync("/api/workflows/merit/evaluations", ApiHost.Json(Body(asOf: "2028-02-01")));

        string text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        var outputs = JsonDocument.Parse(text).RootElement.GetProperty("output").GetProperty("outputs").EnumerateArray().ToDictionary(o => o.GetProperty("name").GetString()!);
        outputs["meritPct"].GetProperty("value").GetProperty("amount").GetString().ShouldBe("3.6");
    }

    [Fact]
    public async Task A_role_the_workflow_does_not_declare_is_refused_and_nothing_is_recorded()
    {
        var response = await _host.As(Roles.Payroll).PostAsync("/api/workflows/merit/evaluations", ApiHost.Json(Body()));

        var problem = await Problem(response, HttpStatusCode.Forbidden);
        problem.GetProperty("detail").GetString().ShouldBe("Workflow 'merit' may be evaluated by the roles comp-admin, review-tooling only.");
        await using var log = SqliteDecisionLog.Open(_host.AuditStore);
        (await log.QueryByEmployeeAsync("M1", 10)).Records.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_unknown_workflow_is_a_404_naming_the_nearest()
    {
        var response = await _host.As(Roles.CompAdmin).PostAsync("/api/workflows/merrit/evaluations", ApiHost.Json(Body()));

        var problem = await Problem(response, HttpStatusCode.NotFound);
        problem.GetProperty("detail").GetString()!.ShouldStartWith("Unknown workflow 'merrit'. Did you mean 'merit'?");
    }

    [Theory]
    [InlineData("""{"prorationPct": 150}""", "inputs.prorationPct")]
    [InlineData("""{"prorationPct": "half"}""", "inputs.prorationPct")]
    [InlineData("""{"bonusPct": 5}""", "inputs.bonusPct")]
    [InlineData("[1]", "inputs")]
    public async Task A_bad_input_is_a_400_naming_it_and_nothing_is_recorded(string inputs, string field)
    {
        var response = await _host.As(Roles.CompAdmin).PostAsync("/api/workflows/merit/evaluations", ApiHost.Json(Body(inputs: inputs)));

        var problem = await Problem(response, HttpStatusCode.BadRequest);
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldContain(field);
        await using var log = SqliteDecisionLog.Open(_host.AuditStore);
        (await log.QueryByEmployeeAsync("M1", 10)).Records.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("""{"id": "M1", "family": "engineering", "track": "ic", "level": 3, "region": "us", "baseSalary": 118750, "hireDate": "2027-13-01"}""", "employee.hireDate")]
    [InlineData("""{"id": "M1", "family": "engineering", "track": "ic", "level": 3, "region": "us", "baseSalary": 118750, "sex": "unknown"}""", "employee.sex")]
    [InlineData("""{"id": "M1", "family": "engineering", "track": "ic", "level": 3, "region": "us", "baseSalary": 118750, "step": 4}""", "employee.step")]
    [InlineData("""{"id": "M1", "family": "engineering", "track": "ic", "level": 3, "region": "us", "baseSalary": 118750, "grade": 4}""", "employee.grade")]
    public async Task A_bad_declared_attribute_is_a_400_naming_it(string employee, string field)
    {
        var response = await _host.As(Roles.CompAdmin).PostAsync("/api/workflows/merit/evaluations", ApiHost.Json(Body(employee)));

        var problem = await Problem(response, HttpStatusCode.BadRequest);
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldContain(field);
    }
}
