using System.Net;
using System.Text.Json;
using JobFramework.Comp.Api.Auth;
using JobFramework.Comp.Audit.Sqlite;

namespace JobFramework.Comp.Api.Tests;

/// <summary>
/// RulesEngine workflows over their own parameters through the HTTP pipeline, on the sample rules folder
/// (rules/samples/rulesengine): listed with their engine and parameter schemas, evaluated with a subject and
/// parameters, recorded before answering and replayed identically, every bad parameter a 400 naming its field.
/// </summary>
public sealed class RulesEngineEndpointTests : IDisposable
{
    private readonly ApiHost _host = new(rules: Path.Combine(Repository.Rules, "samples", "rulesengine"));

    public void Dispose() => _host.Dispose();

    private const string Retention = """{"input1": {"salary": 150000, "rating": 5, "externalOffer": 170000, "monthsSincePromotion": 34}}""";

    private static string Body(string parameters = Retention, string subject = "\"E1001\"") =>
        $$"""{"subject": {{subject}}, "asOf": "2027-03-01", "parameters": {{parameters}}}""";

    private static async Task<JsonElement> Read(HttpResponseMessage response, HttpStatusCode status)
    {
        string text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    [Fact]
    public async Task The_list_gives_each_workflow_its_engine_and_parameter_schemas()
    {
        var root = await Read(await _host.As(Roles.Auditor).GetAsync("/api/workflows?asOf=2027-03-01"), HttpStatusCode.OK);

        var workflows = root.GetProperty("workflows").EnumerateArray().ToDictionary(w => w.GetProperty("name").GetString()!);
        workflows["relocation"].GetProperty("engine").GetString().ShouldBe("RulesEngine 6.0.1");
        workflows["sign-on-bonus"].GetProperty("engine").GetString().ShouldBe("typed");
        var parameter = workflows["sign-on-bonus"].GetProperty("parameters")[1];
        parameter.GetProperty("name").GetString().ShouldBe("input2");
        parameter.GetProperty("schema").GetRawText().ShouldBe("""{"type":"object","properties":{"critical":{"type":"boolean"},"daysOpen":{"type":"integer"}},"required":["critical","daysOpen"],"additionalProperties":false}""");
    }

    [Fact]
    public async Task The_request_schema_asks_for_a_subject_and_each_parameter()
    {
        var schema = await Read(await _host.As(Roles.CompAdmin).GetAsync("/api/schema/workflows/relocation?asOf=2027-03-01"), HttpStatusCode.OK);

        schema.GetProperty("required").EnumerateArray().Select(r => r.GetString()).ShouldBe(["subject", "parameters"]);
        var move = schema.GetProperty("properties").GetProperty("parameters").GetProperty("properties").GetProperty("move");
        move.GetProperty("properties").GetProperty("household").GetProperty("maxItems").GetInt32().ShouldBe(12);
    }

    [Fact]
    public async Task An_evaluation_is_recorded_under_its_subject_before_it_is_answered_and_replays_identically()
    {
        var root = await Read(await _host.As(Roles.CompAdmin).PostAsync("/api/workflows/retention-offer/evaluations", ApiHost.Json(Body())), HttpStatusCode.OK);

        var output = root.GetProperty("output");
        output.GetProperty("engine").GetString().ShouldBe("RulesEngine 6.0.1");
        output.GetProperty("passed").GetBoolean().ShouldBeTrue();
        output.GetProperty("criteria")[0].GetProperty("actionOutput").GetString().ShouldBe("20000");
        string id = root.GetProperty("decisionId").GetString()!;
        await using (var log = SqliteDecisionLog.Open(_host.AuditStore))
        {
            var record = (await log.QueryByEmployeeAsync("E1001", 10)).Records.Single();
            record.DecisionId.ShouldBe(id);
            record.Output.ShouldBe(output.GetRawText());
            record.Input.ShouldBe("""{"subject":"E1001","workflow":"retention-offer","parameters":{"input1":{"salary":150000,"rating":5,"externalOffer":170000,"monthsSincePromotion":34}}}""");
        }

        var replayed = await Read(await _host.As(Roles.Auditor).PostAsync($"/api/decisions/{id}/replay", null), HttpStatusCode.OK);
        replayed.GetProperty("identical").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task A_retry_with_the_same_idempotency_key_returns_the_original_decision_and_records_one()
    {
        var client = _host.As(Roles.CompAdmin);
        async Task<HttpResponseMessage> Send()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/workflows/retention-offer/evaluations") { Content = ApiHost.Json(Body()) };
            request.Headers.Add("Idempotency-Key", "retention-E1001");
            return await client.SendAsync(request);
        }

        var first = await Send();
        var second = await Send();

        first.StatusCode.ShouldBe(HttpStatusCode.OK, await first.Content.ReadAsStringAsync());
        second.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
        (await second.Content.ReadAsStringAsync()).ShouldBe(await first.Content.ReadAsStringAsync());
        await using var log = SqliteDecisionLog.Open(_host.AuditStore);
        (await log.QueryByEmployeeAsync("E1001", 10)).Records.Count.ShouldBe(1);
    }

    [Theory]
    [InlineData("""{"input1": {"salary": -1.5, "rating": 5, "externalOffer": 1, "monthsSincePromotion": 3}}""", "\"E1\"", "parameters.input1.salary")]
    [InlineData("""{"input1": {"salary": 1, "rating": 5, "externalOffer": 1}}""", "\"E1\"", "parameters.input1.monthsSincePromotion")]
    [InlineData("""{"input2": {}}""", "\"E1\"", "parameters.input2")]
    [InlineData("""{"input1": "all of it"}""", "\"E1\"", "parameters.input1")]
    [InlineData(Retention, "null", "subject")]
    [InlineData(Retention, "\" \"", "subject")]
    [InlineData(Retention, "42", "subject")]
    public async Task A_bad_parameter_or_subject_is_a_400_naming_it_and_nothing_is_recorded(string parameters, string subject, string field)
    {
        var response = await _host.As(Roles.CompAdmin).PostAsync("/api/workflows/retention-offer/evaluations", ApiHost.Json(Body(parameters, subject)));

        var problem = await Read(response, HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldContain(field);
        await using var log = SqliteDecisionLog.Open(_host.AuditStore);
        (await log.QueryByEmployeeAsync("E1", 10)).Records.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_employee_sent_to_a_parameter_workflow_is_told_to_send_parameters()
    {
        const string Employee = """{"employee": {"id": "E1", "family": "engineering", "track": "ic", "level": 3, "region": "us", "baseSalary": 130000}, "asOf": "2027-03-01"}""";

        var problem = await Read(await _host.As(Roles.CompAdmin).PostAsync("/api/workflows/retention-offer/evaluations", ApiHost.Json(Employee)), HttpStatusCode.BadRequest);

        problem.GetProperty("errors").GetProperty("parameters")[0].GetString()!.ShouldContain("give 'parameters' as an object with 'input1'");
    }

    [Fact]
    public async Task A_role_the_workflow_does_not_declare_is_refused()
    {
        var response = await _host.As(Roles.Payroll).PostAsync("/api/workflows/relocation/evaluations", ApiHost.Json(Body("{}")));

        (await Read(response, HttpStatusCode.Forbidden)).GetProperty("detail").GetString().ShouldBe("Workflow 'relocation' may be evaluated by the roles comp-admin only.");
    }
}
