using JobFramework.Comp.Api;

var app = ApiApplication.Build(args);
app.Run();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
