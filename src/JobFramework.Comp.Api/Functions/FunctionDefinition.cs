namespace JobFramework.Comp.Api.Functions;

/// <summary>
/// One Azure Functions function of the deployed app, as its <c>&lt;Name&gt;/function.json</c> describes it:
/// an HTTP function proxied to the endpoint with the same route, or a timer the Functions host posts to
/// <c>/&lt;Name&gt;</c> with the custom-handler payload.
/// </summary>
public abstract record FunctionDefinition(string Name);

/// <summary>An HTTP-triggered function: the route (as ASP.NET and the Functions host both write it), its methods, its key level.</summary>
public sealed record HttpFunction(string Name, string Route, IReadOnlyList<string> Methods, bool Anonymous) : FunctionDefinition(Name);

/// <summary>A timer-triggered function with its NCRONTAB schedule (seconds minutes hours day month weekday, UTC).</summary>
public sealed record TimerFunction(string Name, string Schedule, string Description) : FunctionDefinition(Name);
