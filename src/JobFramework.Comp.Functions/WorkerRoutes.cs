using JobFramework.Comp.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker;

namespace JobFramework.Comp.Functions;

/// <summary>
/// The service's route table inside the worker: the same <see cref="ApiApplication.MapEndpoints"/> the standalone
/// app maps, and the same middleware (<see cref="ApiApplication.UsePipeline"/>: problem+json, the caller, roles) in
/// front of each endpoint's own request delegate. A function names its endpoint; everything after that — binding,
/// validation, the decision, the audit record, the response — is the endpoint's code, written once.
/// </summary>
public sealed class WorkerRoutes
{
    private readonly Dictionary<string, RouteEndpoint> _endpoints;
    private readonly RequestDelegate _pipeline;

    public WorkerRoutes(IServiceProvider services)
    {
        var routes = new RouteCollector(services);
        ApiApplication.MapEndpoints(routes);
        _endpoints = routes.DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
            .ToDictionary(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()!.EndpointName, StringComparer.Ordinal);
        var app = new ApplicationBuilder(services);
        ApiApplication.UsePipeline(app);
        app.Run(context => context.GetEndpoint()!.RequestDelegate!(context));
        _pipeline = app.Build();
    }

    /// <summary>Every endpoint by name, as the standalone app maps it (what the route-parity test compares functions with).</summary>
    public IReadOnlyDictionary<string, RouteEndpoint> Endpoints => _endpoints;

    /// <summary>Runs the named endpoint for the HTTP request of this invocation; it writes the response itself.</summary>
    public Task InvokeAsync(FunctionContext function, string endpointName)
    {
        var context = function.GetHttpContext() ?? throw new InvalidOperationException($"function {function.FunctionDefinition.Name} has no HTTP request");
        context.SetEndpoint(_endpoints[endpointName]);
        return _pipeline(context);
    }

    // An IEndpointRouteBuilder that only collects: MapGet/MapPost write their endpoints into its data sources.
    private sealed class RouteCollector(IServiceProvider services) : IEndpointRouteBuilder
    {
        public IServiceProvider ServiceProvider { get; } = services;

        public ICollection<EndpointDataSource> DataSources { get; } = [];

        public IApplicationBuilder CreateApplicationBuilder() => new ApplicationBuilder(ServiceProvider);
    }
}
