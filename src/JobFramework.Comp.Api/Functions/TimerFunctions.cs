using System.Globalization;
using System.Text.Json;
using JobFramework.Comp.Api.Hosting;
using JobFramework.Comp.Api.Http;

namespace JobFramework.Comp.Api.Functions;

/// <summary>
/// Timer-triggered functions, served through the custom-handler payload contract: the Functions host posts
/// <c>{"Data": {...}, "Metadata": {...}}</c> to <c>/&lt;FunctionName&gt;</c> and takes back
/// <c>{"Outputs": {...}, "Logs": [...], "ReturnValue": ...}</c>. Mapped only when the app runs as a custom
/// handler: the host is then the only caller, on a loopback port.
/// </summary>
public static class TimerFunctions
{
    public static readonly TimerFunction ReleaseActivation = new(
        "ReleaseActivation",
        "0 5 0 * * *",
        "Daily at 00:05 UTC: names the release in effect today, says when a new one took effect, fails when none is.");

    public static readonly IReadOnlyList<TimerFunction> All = [ReleaseActivation];

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/" + ReleaseActivation.Name, ActivateAsync).AllowAnonymous().ExcludeFromDescription();

    private static async Task<IResult> ActivateAsync(HttpRequest request, ReleaseSet releases, TimeProvider time, CancellationToken cancellationToken)
    {
        JsonDocument payload;
        try
        {
            payload = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            return ApiProblems.Invalid("$", "The invocation payload is not JSON: " + e.Message);
        }

        using (payload)
        {
            if (payload.RootElement.ValueKind != JsonValueKind.Object || !payload.RootElement.TryGetProperty("Data", out _))
            {
                return ApiProblems.Invalid("Data", "is required: the Functions host sends {\"Data\": {...}, \"Metadata\": {...}}");
            }

            var now = HostClock(payload.RootElement) ?? time.GetUtcNow();
            var today = DateOnly.FromDateTime(now.UtcDateTime);
            var logs = new List<string>();
            var current = releases.InEffectOn(today, out var reason);
            if (current is null)
            {
                logs.Add($"No release is in effect on {ReleaseSet.Format(today)}: {reason}");
                return TypedResults.Json(new Invocation(new Dictionary<string, object?>(), logs, null), statusCode: StatusCodes.Status500InternalServerError);
            }

            var previous = releases.InEffectOn(today.AddDays(-1), out _);
            bool changed = !ReferenceEquals(previous, current);
            logs.Add($"Release {current.Id} ({current.ContentHash}) is in effect on {ReleaseSet.Format(today)}.");
            if (changed)
            {
                logs.Add(previous is null
                    ? $"Release {current.Id} took effect today; it is the first release."
                    : $"Release {current.Id} took effect today, replacing {previous.Id}.");
            }

            var result = new { date = ReleaseSet.Format(today), release = current.Id, contentHash = current.ContentHash, tookEffectToday = changed };
            return TypedResults.Json(new Invocation(new Dictionary<string, object?>(), logs, JsonSerializer.Serialize(result)));
        }
    }

    // The host's clock travels in Metadata.sys.UtcNow; use it so the invocation and its logs agree on the date.
    private static DateTimeOffset? HostClock(JsonElement payload) =>
        payload.TryGetProperty("Metadata", out var metadata) && metadata.ValueKind == JsonValueKind.Object
        && metadata.TryGetProperty("sys", out var sys) && sys.ValueKind == JsonValueKind.Object
        && sys.TryGetProperty("UtcNow", out var utcNow) && utcNow.ValueKind == JsonValueKind.String
        && DateTimeOffset.TryParse(utcNow.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed
            : null;

    /// <summary>The custom-handler response payload.</summary>
    private sealed record Invocation(
        [property: System.Text.Json.Serialization.JsonPropertyName("Outputs")] IReadOnlyDictionary<string, object?> Outputs,
        [property: System.Text.Json.Serialization.JsonPropertyName("Logs")] IReadOnlyList<string> Logs,
        [property: System.Text.Json.Serialization.JsonPropertyName("ReturnValue")] string? ReturnValue);
}
