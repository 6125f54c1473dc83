using JobFramework.Comp.Api;

// The local service; on Azure the same endpoints run in the isolated-worker Functions app (src/JobFramework.Comp.Functions).
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
