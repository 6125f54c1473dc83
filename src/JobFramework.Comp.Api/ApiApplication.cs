using JobFramework.Comp.Api.Auth;
using JobFramework.Comp.Api.Endpoints;
using JobFramework.Comp.Api.Hosting;
using JobFramework.Comp.Audit;
using JobFramework.Comp.Audit.AzureTables;
using JobFramework.Comp.Releases;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;

namespace JobFramework.Comp.Api;

/// <summary>
/// Builds the service: settings, the releases (compiled once at start-up), the audit log, API-key roles,
/// problem+json for every client error, and the endpoints, one class per area. The Functions isolated worker
/// (src/JobFramework.Comp.Functions) serves the same endpoints with the same services and middleware.
/// </summary>
public static class ApiApplication
{
    private const string CallerScheme = "Caller";

    /// <summary>
    /// The app, ready to run: the releases are loaded and the audit log opened before it listens, so a broken
    /// release or an unreachable store stops the start rather than a request.
    /// </summary>
    public static WebApplication Build(string[] args)
    {
        var app = Create(args);

        if (!GeneratingOpenApiDocument)
        {
            _ = app.Services.GetRequiredService<ReleaseSet>();
            _ = app.Services.GetRequiredService<IDecisionLog>();
            app.Services.GetRequiredService<People.PeopleData>().SeedAsync(app.Environment.ContentRootPath, CancellationToken.None).GetAwaiter().GetResult();
        }

        return app;
    }

    /// <summary>The app with its endpoints mapped but nothing loaded or opened (enough to read its route table).</summary>
    public static WebApplication Create(string[] args)
    {
        // Configuration is read once: reload-on-change watches the content root, which is also where the
        // SQLite audit log writes by default — every write woke the watcher (measured: ~5% of the CPU under load).
        var builder = WebApplication.CreateBuilder(["--hostBuilder:reloadConfigOnChange=false", .. args]);
        AddServices(builder.Services, builder.Configuration, watchRules: builder.Configuration.GetValue("Comp:WatchRules", true) && !GeneratingOpenApiDocument);
        builder.Services.AddOpenApi(Http.OpenApiContract.Describe);
        builder.Services.AddRazorComponents();

        var app = builder.Build();
        UsePipeline(app);
        Pages.PageHosting.Use(app);
        app.MapOpenApi().AllowAnonymous().WithName("OpenApiDocument");

        // The interactive API reference (its script ships inside the package: nothing is fetched). Open in
        // Development; behind any of the service's roles elsewhere.
        var reference = app.MapScalarApiReference("/reference", options => options.WithTitle("JobFramework.Comp API"));
        if (!app.Environment.IsDevelopment())
        {
            reference.RequireAuthorization(new Microsoft.AspNetCore.Authorization.AuthorizeAttribute { Roles = string.Join(',', Roles.All) });
        }

        MapEndpoints(app);
        Pages.PageHosting.Map(app);
        return app;
    }

    /// <summary>
    /// The service's dependencies — settings, releases, the audit log, callers' authentication and roles, problem+json
    /// — for whichever host runs the endpoints: the standalone web app or the Functions isolated worker.
    /// </summary>
    public static void AddServices(IServiceCollection services, IConfiguration configuration, bool watchRules)
    {
        // Settings are read when services are first resolved, after every configuration source (and a test host's overrides) applied.
        services.Configure<ServiceSettings>(configuration.GetSection(ServiceSettings.Section));
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<ServiceSettings>>((kestrel, settings) => kestrel.Limits.MaxRequestBodySize = settings.Value.MaxBatchBytes);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ApiKeyTable>();
        services.AddSingleton(services => new ReleaseSet(Settings(services).Rules, ReleaseCatalog.Load, services.GetRequiredService<TimeProvider>(), services.GetRequiredService<ILogger<ReleaseSet>>()));
        if (watchRules)
        {
            services.AddHostedService<RulesWatcher>();
        }

        services.AddSingleton<IDecisionLog>(services => DecisionLogs.Open(Settings(services).AuditStore, Settings(services).AuditTable));
        services.Configure<People.PeopleSettings>(configuration.GetSection(People.PeopleSettings.Section));
        services.AddSingleton(services => PeopleStores.Open(
            services.GetRequiredService<IOptions<People.PeopleSettings>>().Value.Store, services.GetRequiredService<IOptions<People.PeopleSettings>>().Value.Table, services.GetRequiredService<TimeProvider>()));
        services.AddSingleton<People.PeopleData>();
        services.AddExceptionHandler<Http.BadRequestHandler>();
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context => context.ProblemDetails.Detail ??= context.ProblemDetails.Status switch
        {
            StatusCodes.Status401Unauthorized => $"Send a valid API key in the {ApiKeyAuthentication.Header} header.",
            StatusCodes.Status403Forbidden => "The key's roles do not include one this endpoint serves.",
            StatusCodes.Status404NotFound => "No such endpoint.",
            _ => null,
        });
        // A caller presents an API key (local service) or arrives with a platform principal (Entra ID in Azure);
        // a person using the web pages holds a session cookie.
        var authentication = services.AddAuthentication(CallerScheme);
        People.PeopleSignIn.AddTo(authentication, services);
        authentication
            .AddPolicyScheme(CallerScheme, "API key or Entra ID", options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(ApiKeyAuthentication.Header) ? ApiKeyAuthentication.SchemeName : PlatformPrincipalAuthentication.SchemeName)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, PlatformPrincipalAuthentication>(PlatformPrincipalAuthentication.SchemeName, null);
        services.AddAuthorization();
    }

    /// <summary>What runs before every endpoint, in either host: problem+json for errors and bare statuses, then the caller and their roles.</summary>
    public static void UsePipeline(IApplicationBuilder app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
    }

    /// <summary>Every endpoint of the service, by area: the route table both hosts serve.</summary>
    public static void MapEndpoints(IEndpointRouteBuilder app)
    {
        EligibilityEndpoints.Map(app);
        PlacementEndpoints.Map(app);
        ReferenceEndpoints.Map(app);
        MobilityEndpoints.Map(app);
        WorkflowEndpoints.Map(app);
        DecisionEndpoints.Map(app);
        PeopleEndpoints.Map(app);
        PostingEndpoints.Map(app);
        TransparencyEndpoints.Map(app);
        HealthEndpoints.Map(app);
    }

    // The build's OpenAPI generator runs this entry point only to read the endpoints: nothing is loaded or opened.
    private static bool GeneratingOpenApiDocument => System.Reflection.Assembly.GetEntryAssembly()?.GetName().Name == "GetDocument.Insider";

    private static ServiceSettings Settings(IServiceProvider services) => services.GetRequiredService<IOptions<ServiceSettings>>().Value;
}
