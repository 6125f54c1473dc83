using JobFramework.Comp.Api.Functions;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace JobFramework.Comp.Api.Tests.Functions;

/// <summary>
/// The function definitions are read off the running app's route table; these tests fail the moment an
/// endpoint and its function would disagree (route, methods, key level) or an endpoint has no function.
/// </summary>
public sealed class FunctionCatalogTests : IClassFixture<FunctionCatalogTests.Host>
{
    private readonly Host _host;

    public FunctionCatalogTests(Host host) => _host = host;

    public sealed class Host : IDisposable
    {
        public ApiHost Api { get; } = new();

        public IReadOnlyList<RouteEndpoint> Endpoints => [.. Api.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()];

        public IReadOnlyList<FunctionDefinition> Functions => FunctionCatalog.From([Api.Services.GetRequiredService<EndpointDataSource>()]);

        public void Dispose() => Api.Dispose();
    }

    [Fact]
    public void Every_endpoint_becomes_exactly_one_http_function_with_its_route_and_methods()
    {
        var functions = _host.Functions.OfType<HttpFunction>().ToList();
        foreach (var endpoint in _host.Endpoints)
        {
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(m => m.ToLowerInvariant()).Order().ToArray();
            var matching = functions.Where(f => RoutePatternFactory.Parse(f.Route).RawText!.Trim('/') == endpoint.RoutePattern.RawText!.Trim('/')).ToList();
            matching.Count.ShouldBe(1, endpoint.RoutePattern.RawText);
            matching[0].Methods.ShouldBe(methods, endpoint.RoutePattern.RawText);
        }

        functions.Count.ShouldBe(_host.Endpoints.Count);
    }

    [Fact]
    public void The_catalog_names_the_routes_callers_use()
    {
        var routes = _host.Functions.OfType<HttpFunction>().ToDictionary(f => f.Name, f => (f.Route, string.Join(",", f.Methods)));
        routes["CheckEligibility"].ShouldBe(("api/eligibility", "post"));
        routes["PlaceRoster"].ShouldBe(("api/placements", "post"));
        routes["GetPlacement"].ShouldBe(("api/placements/{employeeId}", "get"));
        routes["ReplayDecision"].ShouldBe(("api/decisions/{id}/replay", "post"));
        routes["Liveness"].ShouldBe(("health", "get"));
    }

    [Fact]
    public void Only_probes_the_api_description_and_the_reference_page_static_assets_are_anonymous_at_the_edge()
    {
        _host.Functions.OfType<HttpFunction>().Where(f => f.Anonymous).Select(f => f.Name).Order()
            .ShouldBe(["Liveness", "OpenApiDocument", "Readiness", "ReferenceFaviconSvg", "ReferenceScalarAspnetcoreJs", "ReferenceScalarJs"]);
    }

    [Fact]
    public void Timers_are_functions_and_their_handler_routes_are_not_http_functions()
    {
        var timer = _host.Functions.OfType<TimerFunction>().ShouldHaveSingleItem();
        timer.Name.ShouldBe("ReleaseActivation");
        timer.Schedule.Split(' ').Length.ShouldBe(6, "NCRONTAB with seconds");
        _host.Functions.OfType<HttpFunction>().ShouldNotContain(f => f.Route.Contains("ReleaseActivation", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Function_json_is_deterministic_and_says_what_the_host_needs()
    {
        var eligibility = _host.Functions.Single(f => f.Name == "CheckEligibility");
        string json = FunctionJson.Render(eligibility);
        json.ShouldBe(FunctionJson.Render(eligibility));
        using var document = System.Text.Json.JsonDocument.Parse(json);
        var trigger = document.RootElement.GetProperty("bindings")[0];
        trigger.GetProperty("type").GetString().ShouldBe("httpTrigger");
        trigger.GetProperty("authLevel").GetString().ShouldBe("function");
        trigger.GetProperty("route").GetString().ShouldBe("api/eligibility");
        document.RootElement.GetProperty("bindings")[1].GetProperty("type").GetString().ShouldBe("http");
    }

    [Fact]
    public void Host_json_proxies_http_with_no_route_prefix_to_the_published_handler()
    {
        using var host = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Root, "host.json")));
        var handler = host.RootElement.GetProperty("customHandler");
        handler.GetProperty("enableProxyingHttpRequest").GetBoolean().ShouldBeTrue();
        handler.GetProperty("description").GetProperty("defaultExecutablePath").GetString().ShouldBe("handler/JobFramework.Comp.Api");
        host.RootElement.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString().ShouldBe("");
    }
}
