using JobFramework.Comp.Api;
using JobFramework.Comp.Api.Hosting;
using JobFramework.Comp.Functions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

// The Azure deployment: the Functions host starts this worker, which serves the service's own endpoints through
// ASP.NET Core integration (the host proxies each HTTP request to the worker's Kestrel) and the daily timer.
var host = new HostBuilder()
    .ConfigureFunctionsWebApplication()
    .ConfigureAppConfiguration(configuration => configuration.AddEnvironmentVariables())
    .ConfigureServices((context, services) =>
    {
        // Rules change by deployment here, never in place: no watcher.
        ApiApplication.AddServices(services, context.Configuration, watchRules: false);

        // The rules travel in the package (rules/ beside the worker): a relative path is the package's, whatever the working directory.
        services.PostConfigure<ServiceSettings>(settings => settings.Rules = Path.Combine(AppContext.BaseDirectory, settings.Rules));
        services.AddSingleton<WorkerRoutes>();
    })
    .Build();
host.Run();
