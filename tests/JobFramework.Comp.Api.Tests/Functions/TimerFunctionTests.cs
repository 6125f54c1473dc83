using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;

namespace JobFramework.Comp.Api.Tests.Functions;

/// <summary>The timer function through the custom-handler payload contract, in the real HTTP pipeline.</summary>
public sealed class TimerFunctionTests : IDisposable
{
    private readonly FunctionsHostApi _api = new();

    private sealed class FunctionsHostApi : ApiHost
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Comp:FunctionsHost", "true");
        }
    }

    public void Dispose() => _api.Dispose();

    public static string Payload(string utcNow) =>
        "{\"Data\": {\"timer\": {\"Schedule\": {\"AdjustForDST\": false}, \"ScheduleStatus\": null, \"IsPastDue\": false}}, "
        + "\"Metadata\": {\"sys\": {\"MethodName\": \"ReleaseActivation\", \"UtcNow\": \"" + utcNow + "\", \"RandGuid\": \"0b8d6bc8-7e35-4a04-8a59-8f6c3a8d1c2e\"}}}";

    [Fact]
    public async Task The_effective_date_of_a_release_is_reported_in_logs_and_return_value()
    {
        var response = await _api.CreateClient().PostAsync("/ReleaseActivation", new StringContent(Payload("2026-01-01T00:05:00Z"), Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        body.RootElement.GetProperty("Outputs").ValueKind.ShouldBe(JsonValueKind.Object);
        var logs = body.RootElement.GetProperty("Logs").EnumerateArray().Select(l => l.GetString()).ToList();
        logs[0]!.ShouldStartWith("Release 2026-h1 (sha256:");
        logs[1].ShouldBe("Release 2026-h1 took effect today; it is the first release.");
        using var result = JsonDocument.Parse(body.RootElement.GetProperty("ReturnValue").GetString()!);
        result.RootElement.GetProperty("date").GetString().ShouldBe("2026-01-01");
        result.RootElement.GetProperty("tookEffectToday").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task A_day_without_a_change_says_so()
    {
        var response = await _api.CreateClient().PostAsync("/ReleaseActivation", new StringContent(Payload("2026-05-04T00:05:00Z"), Encoding.UTF8, "application/json"));

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        body.RootElement.GetProperty("Logs").GetArrayLength().ShouldBe(1);
        using var result = JsonDocument.Parse(body.RootElement.GetProperty("ReturnValue").GetString()!);
        result.RootElement.GetProperty("tookEffectToday").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task A_date_no_release_covers_fails_the_invocation_with_the_reason_logged()
    {
        var response = await _api.CreateClient().PostAsync("/ReleaseActivation", new StringContent(Payload("2020-01-01T00:05:00Z"), Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        body.RootElement.GetProperty("Logs")[0].GetString()!.ShouldStartWith("No release is in effect on 2020-01-01");
    }

    [Fact]
    public async Task A_payload_without_data_is_a_client_error()
    {
        var response = await _api.CreateClient().PostAsync("/ReleaseActivation", new StringContent("""{"Metadata": {}}""", Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task Outside_the_functions_host_the_timer_route_does_not_exist()
    {
        using var plain = new ApiHost();
        var response = await plain.CreateClient().PostAsync("/ReleaseActivation", new StringContent(Payload("2026-01-01T00:05:00Z"), Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
