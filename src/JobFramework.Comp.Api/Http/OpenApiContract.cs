using System.Text.Json.Nodes;
using JobFramework.Comp.Api.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace JobFramework.Comp.Api.Http;

/// <summary>
/// What the OpenAPI document says beyond the endpoints' own metadata: the API-key security scheme, which
/// operations need it (every one that requires a role), and an example problem for each client error an
/// operation declares — so a client generated from the document knows how to authenticate and what a 400 holds.
/// </summary>
public static class OpenApiContract
{
    public const string SchemeName = "ApiKey";

    public static void Describe(OpenApiOptions options)
    {
        options.AddDocumentTransformer(async (document, context, cancellationToken) =>
        {
            // A placement stream's lines: not a response body of their own, so registered here for clients to read them with.
            document.AddComponent(nameof(Contract.PlacementStreamLine), await context.GetOrCreateSchemaAsync(typeof(Contract.PlacementStreamLine), null, cancellationToken).ConfigureAwait(false));

            document.Info.Title = "JobFramework.Comp";
            document.Info.Description = "Placement, eligibility and mobility decisions from a dated release of the job framework's rules; every decision recorded in an append-only audit log. Every endpoint needs a role: send an API key in X-Api-Key (or arrive with an Entra ID app role in Azure).";
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = ApiKeyAuthentication.Header,
                Description = "An API key whose roles include one the endpoint serves (review-tooling, payroll, comp-admin, auditor).",
            };
        });
        options.AddOperationTransformer(async (operation, context, cancellationToken) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            if (metadata.OfType<DocumentedBody>().FirstOrDefault() is { } body)
            {
                var schema = await ComponentAsync(body.Type, context, cancellationToken).ConfigureAwait(false);
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Content = body.ContentTypes.ToDictionary(type => type, _ => new OpenApiMediaType { Schema = schema }),
                };
            }

            var roles = metadata.OfType<IAuthorizeData>().Select(a => a.Roles).OfType<string>().ToArray();
            if (roles.Length > 0 && !metadata.OfType<IAllowAnonymous>().Any())
            {
                operation.Security ??= [];
                operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = [] });
                operation.Description = (operation.Description is null ? "" : operation.Description + " ") + "Roles: " + string.Join(", ", roles) + ".";
            }

            foreach (var (status, response) in operation.Responses ?? [])
            {
                if (status.StartsWith('4') || status.StartsWith('5'))
                {
                    foreach (var (_, media) in response.Content ?? new Dictionary<string, OpenApiMediaType>())
                    {
                        media.Example = Example(status);
                    }
                }
            }
        });
    }

    // The contract records of a request body as named components, nested ones by reference, so generated
    // clients get the same types the responses use (EmployeeInput, not an anonymous "Employee2").
    private static async Task<IOpenApiSchema> ComponentAsync(Type type, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (ElementOf(type) is { } element && IsContract(element))
        {
            return new OpenApiSchema { Type = JsonSchemaType.Array, Items = await ComponentAsync(element, context, cancellationToken).ConfigureAwait(false) };
        }

        if (!IsContract(type))
        {
            return await context.GetOrCreateSchemaAsync(type, null, cancellationToken).ConfigureAwait(false);
        }

        var document = context.Document!;
        if (document.Components?.Schemas?.ContainsKey(type.Name) != true)
        {
            var schema = (OpenApiSchema)await context.GetOrCreateSchemaAsync(type, null, cancellationToken).ConfigureAwait(false);
            foreach (var property in type.GetProperties())
            {
                var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                string name = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(property.Name);
                if ((IsContract(propertyType) || ElementOf(propertyType) is { } item && IsContract(item)) && schema.Properties?.ContainsKey(name) == true)
                {
                    schema.Properties[name] = await ComponentAsync(propertyType, context, cancellationToken).ConfigureAwait(false);
                }
            }

            document.AddComponent(type.Name, schema);
        }

        return new OpenApiSchemaReference(type.Name, document);
    }

    private static bool IsContract(Type type) => type.Namespace == typeof(Contract.EmployeeInput).Namespace;

    private static Type? ElementOf(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? type.GetGenericArguments()[0] : null;

    private static JsonObject Example(string status) => status switch
    {
        "400" => new JsonObject
        {
            ["type"] = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
            ["title"] = "The request is not valid.",
            ["status"] = 400,
            ["detail"] = "employee.region: Unknown region 'gb'. Did you mean 'uk'? Known: us, uk, de, sg, in.",
            ["errors"] = new JsonObject { ["employee.region"] = new JsonArray("Unknown region 'gb'. Did you mean 'uk'? Known: us, uk, de, sg, in.") },
        },
        "401" => Problem(401, "Unauthorized", $"Send a valid API key in the {ApiKeyAuthentication.Header} header."),
        "403" => Problem(403, "Forbidden", "The key's roles do not include one this endpoint serves."),
        "404" => Problem(404, "Not found.", "No decision '04-000000000009' is recorded."),
        "413" => Problem(413, "The body is too large.", "This endpoint accepts at most 65536 bytes."),
        "415" => Problem(415, "Unsupported content type.", "Content-Type must be application/json (UTF-8), not 'text/plain'."),
        "422" => Problem(422, "The decision cannot be replayed here.", "Release '2025-h2' (sha256:…) is not loaded."),
        "503" => Problem(503, "The audit log is unavailable; no decision was made.", "audit store 'sqlite:audit.db' failed: database is locked"),
        _ => Problem(int.Parse(status, System.Globalization.CultureInfo.InvariantCulture), "Error.", ""),
    };

    private static JsonObject Problem(int status, string title, string detail) =>
        new() { ["title"] = title, ["status"] = status, ["detail"] = detail };
}

/// <summary>
/// The request body an endpoint reads itself (to name every bad field), for the document only. Unlike
/// <c>Accepts</c>, it adds no content-type matching to routing: a wrong content type still reaches the endpoint,
/// after authentication, and gets the endpoint's own 415 problem.
/// </summary>
public sealed record DocumentedBody(Type Type, IReadOnlyList<string> ContentTypes);

/// <summary>Endpoint metadata shorthand: the problems an endpoint can answer with.</summary>
public static class ProblemResponses
{
    /// <summary>Documents the request body (see <see cref="DocumentedBody"/>).</summary>
    public static RouteHandlerBuilder DocumentsBody<T>(this RouteHandlerBuilder endpoint, params string[] contentTypes) =>
        endpoint.WithMetadata(new DocumentedBody(typeof(T), contentTypes));

    /// <summary>Declares problem+json responses for <paramref name="statuses"/>, plus 401 and 403 (every endpoint needs a role).</summary>
    public static RouteHandlerBuilder ProducesProblems(this RouteHandlerBuilder endpoint, params int[] statuses)
    {
        foreach (int status in statuses.Concat([StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden]).Distinct().Order())
        {
            endpoint.ProducesProblem(status);
        }

        return endpoint;
    }
}
