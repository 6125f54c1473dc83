using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace JobFramework.Comp.Api.Http;

/// <summary>
/// The content types the endpoints accept, matched exactly (a prefix test would let
/// <c>application/json-patch+json</c> in), with UTF-8 as the only charset.
/// </summary>
public static class MediaTypes
{
    public const string Json = "application/json";
    public const string Ndjson = "application/x-ndjson";
    public const string JsonLines = "application/jsonl";

    /// <summary>Whether the request's Content-Type is one of <paramref name="accepted"/> (charset utf-8 or none).</summary>
    public static bool Accepts(HttpRequest request, params string[] accepted) => Matches(request.ContentType, accepted, out _);

    /// <summary>The accepted media type the Content-Type names, or false.</summary>
    public static bool Matches(string? contentType, string[] accepted, [NotNullWhen(true)] out string? mediaType)
    {
        mediaType = null;
        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var parsed) || parsed.MediaType.Value is not { } name)
        {
            return false;
        }

        if (parsed.Charset.HasValue && !parsed.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        mediaType = accepted.FirstOrDefault(a => string.Equals(a, name, StringComparison.OrdinalIgnoreCase));
        return mediaType is not null;
    }

    public static ProblemHttpResult Unsupported(HttpRequest request, params string[] accepted) =>
        ApiProblems.Status(
            StatusCodes.Status415UnsupportedMediaType,
            "Unsupported content type.",
            $"Content-Type must be {string.Join(" or ", accepted)} (UTF-8), not '{(string.IsNullOrEmpty(request.ContentType) ? "(none)" : request.ContentType)}'.");
}
