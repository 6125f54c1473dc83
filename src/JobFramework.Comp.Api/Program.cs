using JobFramework.Comp.Api;
using JobFramework.Comp.Api.Functions;

// `JobFramework.Comp.Api functions <app-root>` writes the Azure Functions definitions read off this build's
// route table (scripts/publish-functions.sh runs it on the published handler); anything else runs the service.
if (args is ["functions", var appRoot])
{
    var routes = ApiApplication.Create([]);
    var written = FunctionJson.WriteAll(FunctionCatalog.From(((IEndpointRouteBuilder)routes).DataSources), appRoot);
    Console.WriteLine($"wrote {written.Count} function definition(s) under {appRoot}");
    return 0;
}

var app = ApiApplication.Build(args);
if (JobFramework.Comp.Api.Hosting.PortCheck.Problem(app.Configuration["urls"]) is { } problem)
{
    Console.Error.WriteLine(problem);
    return 2;
}

app.Run();
return 0;

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
