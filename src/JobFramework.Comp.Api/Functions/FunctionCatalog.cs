using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;

namespace JobFramework.Comp.Api.Functions;

/// <summary>
/// The app's functions, read off its route table — so the deployed function definitions cannot drift
/// from the endpoints: every HTTP endpoint becomes one HTTP function with the same route and methods
/// (anonymous endpoints stay anonymous; every other one needs a function key at the edge), and every timer
/// in <see cref="TimerFunctions.All"/> becomes a timer function.
/// </summary>
public static partial class FunctionCatalog
{
    public static IReadOnlyList<FunctionDefinition> From(IEnumerable<EndpointDataSource> sources)
    {
        var functions = new List<FunctionDefinition>();
        foreach (var endpoint in sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>())
        {
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods;
            string route = endpoint.RoutePattern.RawText?.TrimStart('/') ?? "";
            if (methods is null || methods.Count == 0 || TimerFunctions.All.Any(t => t.Name == route))
            {
                continue;
            }

            string name = endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? NameFromRoute(route);
            bool anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            functions.Add(new HttpFunction(name, route, [.. methods.Select(m => m.ToLowerInvariant()).Order(StringComparer.Ordinal)], anonymous));
        }

        functions.AddRange(TimerFunctions.All);
        var duplicate = functions.GroupBy(f => f.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two endpoints would become the function '{duplicate.Key}': give them distinct names with WithName.");
        }

        return [.. functions.OrderBy(f => f.Name, StringComparer.Ordinal)];
    }

    // An unnamed endpoint (the OpenAPI document's) is named after its route: "openapi/{documentName}.json" → "OpenapiDocumentNameJson".
    private static string NameFromRoute(string route) =>
        string.Concat(WordPattern().Matches(route).Select(m => char.ToUpperInvariant(m.Value[0]) + m.Value[1..]));

    [GeneratedRegex("[A-Za-z0-9]+")]
    private static partial Regex WordPattern();
}
