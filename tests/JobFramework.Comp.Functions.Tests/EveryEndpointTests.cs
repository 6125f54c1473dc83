using System.Net;
using System.Text;
using System.Text.Json;

namespace JobFramework.Comp.Functions.Tests;

/// <summary>Every function of the published package called through the stand-in host, each with a caller its endpoint serves: each answers as the endpoint does.</summary>
[Collection(WorkerCollection.Name)]
public sealed class EveryEndpointTests(PublishedWorker worker)
{
    private const string Employee = """{"id":"EV1","family":"engineering","track":"ic","level":3,"region":"us","baseSalary":118750,"rating":4,"monthsInLevel":14,"scope":4,"mentorship":2,"skills":{"programming":4,"system-design":3,"code-review":3}}""";

    [Fact]
    public async Task Every_endpoint_answers_through_the_worker()
    {
        var called = new HashSet<string>(StringComparer.Ordinal);
        async Task<JsonElement> Call(string function, HttpMethod method, string path, string? role, string? body = null, string mediaType = "application/json", HttpStatusCode status = HttpStatusCode.OK)
        {
            using var request = new HttpRequestMessage(method, new Uri("http://function.invalid" + path));
            if (role is not null)
            {
                request.Headers.Add("X-Api-Key", PublishedWorker.KeyFor(role));
            }

            if (body is not null)
            {
                request.Content = new StringContent(body, Encoding.UTF8, mediaType);
            }

            using var response = await worker.Host.SendAsync(request);
            string text = await response.Content.ReadAsStringAsync();
            response.StatusCode.ShouldBe(status, $"{function}: {text}");
            called.Add(function);
            bool json = response.Content.Headers.ContentType?.MediaType == "application/json";
            return mediaType == "application/x-ndjson" || !json ? default : JsonDocument.Parse(text).RootElement.Clone();
        }

        await Call("Liveness", HttpMethod.Get, "/health", null);
        await Call("Readiness", HttpMethod.Get, "/health/ready", null);
        var decision = await Call("CheckEligibility", HttpMethod.Post, "/api/eligibility", "review-tooling", $$"""{"employee": {{Employee}}, "asOf": "2026-03-01"}""");
        string id = decision.GetProperty("decisionId").GetString()!;
        await Call("GetDecision", HttpMethod.Get, "/api/decisions/" + id, "auditor");
        await Call("ListDecisions", HttpMethod.Get, "/api/decisions?employeeId=EV1", "auditor");
        (await Call("ReplayDecision", HttpMethod.Post, "/api/decisions/" + id + "/replay", "auditor")).GetProperty("identical").GetBoolean().ShouldBeTrue();
        await Call("MobilityOptions", HttpMethod.Post, "/api/mobility", "review-tooling", $$"""{"employee": {{Employee}}, "asOf": "2026-03-01"}""");
        var roles = await Call("SearchRoles", HttpMethod.Get, "/api/roles?family=engineering&asOf=2026-03-01", "review-tooling");
        string role = roles.GetProperty("roles")[0].GetProperty("id").GetString()!;
        await Call("RoleMobilityMap", HttpMethod.Get, $"/api/roles/{role}/map?asOf=2026-03-01", "review-tooling");
        await Call("PlaceRoster", HttpMethod.Post, "/api/placements?asOf=2026-03-01", "payroll", Employee, "application/x-ndjson");
        await Call("GetPlacement", HttpMethod.Get, "/api/placements/EV1?asOf=2026-03-01", "payroll");
        await Call("GetFramework", HttpMethod.Get, "/api/framework?asOf=2026-03-01", "auditor");
        await Call("GetEmployeeSchema", HttpMethod.Get, "/api/schema/employee?asOf=2026-03-01", "auditor");
        await Call("ListReleases", HttpMethod.Get, "/api/releases", "auditor");
        await Call("ReloadReleases", HttpMethod.Post, "/api/releases/reload", "comp-admin");
        await Call("ValidateRules", HttpMethod.Post, "/api/rules/validate", "comp-admin", """{"files": {"release.json": "{}"}}""");
        await Call("ListWorkflows", HttpMethod.Get, "/api/workflows?asOf=2027-09-01", "auditor");
        await Call("GetWorkflowRequestSchema", HttpMethod.Get, "/api/schema/workflows/merit?asOf=2027-09-01", "auditor");
        await Call("ImportSnapshot", HttpMethod.Post, "/api/people/snapshots?takenOn=2026-11-30", "payroll", "id,name,family,track,level,region,baseSalary\nP1,Pat,data,ic,3,sg,98000\n", "text/csv", HttpStatusCode.Created);
        await Call("ListSnapshots", HttpMethod.Get, "/api/people/snapshots", "comp-admin");
        // The pay-gap sample, dated when 2027-h2 (with transparency.json) is in effect, becomes the latest snapshot.
        await Call("ImportSnapshot", HttpMethod.Post, "/api/people/snapshots?takenOn=2027-07-01", "payroll", File.ReadAllText(Repository.Sample("pay-gap.csv")), "text/csv", HttpStatusCode.Created);
        (await Call("ReviewGuide", HttpMethod.Get, "/api/people/DE030/review-guide?asOf=2027-07-01", "review-tooling")).GetProperty("level").GetString().ShouldBe("IC3");
        (await Call("PayInformation", HttpMethod.Get, "/api/people/DE030/pay-information", "comp-admin")).GetProperty("kind").GetString().ShouldBe("disclosure");
        (await Call("PayGapReport", HttpMethod.Get, "/api/transparency/gap-report", "auditor")).GetProperty("thresholdPct").GetDecimal().ShouldBe(5m);
        await Call("ProgressionCriteria", HttpMethod.Get, "/api/transparency/criteria/engineering/ic?level=4&asOf=2027-07-01", "payroll");
        (await Call("PostingRange", HttpMethod.Get, "/api/postings/eng-ic4?region=us&asOf=2026-11-30", "auditor")).GetProperty("baseMin").GetString().ShouldBe("118500.00");
        await Call("EvaluateWorkflow", HttpMethod.Post, "/api/workflows/merit/evaluations", "comp-admin", "{\"employee\": " + Employee + ", \"asOf\": \"2027-09-01\", \"inputs\": {}}");

        called.Order(StringComparer.Ordinal).ShouldBe(worker.Host.Functions.Values.Where(f => f.Route is not null).Select(f => f.Name).Order(StringComparer.Ordinal));
    }
}
