using System.Net;
using System.Text;
using System.Text.Json;
using JobFramework.Comp.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace JobFramework.Comp.Functions.Tests;

/// <summary>
/// The published isolated-worker app, started and called through the stand-in Functions host: every function loads
/// and matches the standalone service's route table; an eligibility check is answered and recorded; bad input and
/// wrong roles get the same problem+json; a roster of placements streams; the daily timer succeeds, and fails when no
/// release is in effect.
/// </summary>
[Collection(WorkerCollection.Name)]
public sealed class WorkerContractTests(PublishedWorker worker, ITestOutputHelper output)
{
    private const string Engineer = """{"id":"W2042","family":"engineering","track":"ic","level":3,"region":"us","baseSalary":170000,"rating":4,"monthsInLevel":14,"scope":4,"mentorship":2,"skills":{"programming":4,"system-design":3,"code-review":3}}""";

    [Fact]
    public void Every_function_loads_and_matches_the_route_table_of_the_standalone_service()
    {
        var app = ApiApplication.Create([]);
        var standalone = ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IEndpointNameMetadata>() is { EndpointName: not ("OpenApiDocument") } && !e.RoutePattern.RawText!.StartsWith("/reference", StringComparison.Ordinal) && e.Metadata.GetMetadata<HttpMethodMetadata>() is not null)
            .Select(e => (Name: e.Metadata.GetMetadata<IEndpointNameMetadata>()!.EndpointName, Route: e.RoutePattern.RawText!.TrimStart('/'), Methods: string.Join(",", e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods)))
            .Where(e => e.Name != "ReleaseActivation")
            .OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
        var functions = worker.Host.Functions.Values.Where(f => f.Route is not null)
            .Select(f => (f.Name, f.Route!, Methods: string.Join(",", f.Methods)))
            .OrderBy(f => f.Name, StringComparer.Ordinal).ToList();

        functions.ShouldBe(standalone);
        functions.Count.ShouldBe(26);
        worker.Host.Functions["ReleaseActivation"].TriggerType.ShouldBe("timerTrigger");
        output.WriteLine($"worker start-up through the stand-in host (process start to {worker.Host.Functions.Count} functions loaded): {worker.Host.StartupTime.TotalMilliseconds:N0} ms");
    }

    [Fact]
    public async Task A_review_tooling_eligibility_check_is_answered_and_recorded()
    {
        using var response = await Send(HttpMethod.Post, "/api/eligibility", "review-tooling", $$"""{"employee": {{Engineer}}, "asOf": "2026-03-01"}""");

        string text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        var decision = JsonDocument.Parse(text).RootElement;
        decision.GetProperty("kind").GetString().ShouldBe("eligibility");
        string id = decision.GetProperty("decisionId").GetString()!;
        using var recorded = await Send(HttpMethod.Get, "/api/decisions/" + id, "auditor");
        recorded.StatusCode.ShouldBe(HttpStatusCode.OK);
        JsonDocument.Parse(await recorded.Content.ReadAsStringAsync()).RootElement.GetProperty("output").GetRawText()
            .ShouldBe(decision.GetProperty("output").GetRawText());
        worker.Host.LastInvocation!.Result.Status.ShouldBe(Rpc.StatusResult.Types.Status.Success);
    }

    [Fact]
    public async Task Bad_input_gets_problem_json_naming_the_field()
    {
        using var response = await Send(HttpMethod.Post, "/api/eligibility", "review-tooling", """{"employee": {"id": "X1", "family": "engineering", "track": "ic", "level": "three", "region": "us", "baseSalary": 1}}""");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldContain("employee.level");
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("payroll", HttpStatusCode.Forbidden)]
    public async Task A_caller_without_the_role_is_refused_as_by_the_standalone_service(string? role, HttpStatusCode status)
    {
        using var response = await Send(HttpMethod.Post, "/api/eligibility", role, $$"""{"employee": {{Engineer}}}""");

        response.StatusCode.ShouldBe(status);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task A_roster_of_placements_streams_one_line_per_employee()
    {
        string roster = string.Join('\n', Enumerable.Range(0, 300).Select(i =>
            $$"""{"id":"S{{i}}","family":"engineering","track":"ic","level":3,"region":"us","baseSalary":{{90000 + i}}}"""));

        using var response = await Send(HttpMethod.Post, "/api/placements?asOf=2026-03-01", "payroll", roster, "application/x-ndjson");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentLength.ShouldBeNull();
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/x-ndjson");
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(301);
        JsonDocument.Parse(lines[^1]).RootElement.GetProperty("summary").GetProperty("placed").GetInt32().ShouldBe(300);
    }

    [Fact]
    public async Task The_release_activation_timer_succeeds_and_fails_when_no_release_is_in_effect()
    {
        var succeeded = await worker.Host.FireTimerAsync("ReleaseActivation");
        succeeded.Result.Status.ShouldBe(Rpc.StatusResult.Types.Status.Success);

        // A rules folder whose one release is still a draft: it loads, and no release is in effect.
        string drafts = Path.Combine(worker.AppDirectory, "..", "drafts-only");
        Folders.Copy(Path.Combine(Repository.Rules, "samples", "rulesengine", "releases"), Path.Combine(drafts, "releases"));
        string manifest = Path.Combine(drafts, "releases", "2027", "release.json");
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(manifest))!.AsObject();
        json["status"] = "draft";
        json.Remove("approvedContentHash");
        json.Remove("approvals");
        File.WriteAllText(manifest, json.ToJsonString());
        await using var bare = await worker.StartAsync(drafts);
        var failed = await bare.FireTimerAsync("ReleaseActivation");

        failed.Result.Status.ShouldBe(Rpc.StatusResult.Types.Status.Failure);
        failed.Result.Exception.Message.ShouldContain("No release is in effect");
    }

    private Task<HttpResponseMessage> Send(HttpMethod method, string path, string? role, string? body = null, string mediaType = "application/json")
    {
        var request = new HttpRequestMessage(method, new Uri("http://function.invalid" + path));
        if (role is not null)
        {
            request.Headers.Add("X-Api-Key", PublishedWorker.KeyFor(role));
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, mediaType);
        }

        return worker.Host.SendAsync(request);
    }
}
