using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using JobFramework.Comp.Api.Functions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace JobFramework.Comp.Api.Tests.Functions;

/// <summary>
/// The package a deployment uploads: its layout, and the handler inside it started the way the Functions
/// host starts it (executable, working directory and arguments from host.json, a loopback port in
/// FUNCTIONS_CUSTOMHANDLER_PORT), then driven with a proxied HTTP request and a timer payload.
/// </summary>
public sealed class PublishedAppTests : IClassFixture<PublishedApp>
{
    private readonly PublishedApp _app;

    public PublishedAppTests(PublishedApp app) => _app = app;

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void The_package_holds_host_json_the_handler_the_rules_and_one_folder_per_function()
    {
        File.ReadAllText(Path.Combine(_app.Root, "host.json")).ShouldBe(File.ReadAllText(Path.Combine(Repository.Root, "host.json")));
        File.Exists(Path.Combine(_app.Root, "rules", "releases", "2026-h1", "release.json")).ShouldBeTrue();

        string handler = Path.Combine(_app.Root, "handler", "JobFramework.Comp.Api");
        File.ReadAllBytes(handler).Take(4).ShouldBe(new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F' }, "a native linux executable");
        File.GetUnixFileMode(handler).HasFlag(UnixFileMode.UserExecute).ShouldBeTrue();
        File.Exists(Path.Combine(_app.Root, "handler", "libcoreclr.so")).ShouldBeTrue("self-contained: the runtime travels with the handler");
        File.Exists(Path.Combine(_app.Root, "handler", "appsettings.Development.json")).ShouldBeFalse("development keys never ship");

        using var api = new ApiHost();
        var functions = FunctionCatalog.From([api.Services.GetRequiredService<EndpointDataSource>()]);
        var folders = Directory.GetDirectories(_app.Root).Select(Path.GetFileName).Except(["handler", "rules"]).Order(StringComparer.Ordinal);
        folders.ShouldBe(functions.Select(f => f.Name).Order(StringComparer.Ordinal));
        foreach (var function in functions)
        {
            File.ReadAllText(Path.Combine(_app.Root, function.Name, "function.json")).ShouldBe(FunctionJson.Render(function), function.Name);
        }
    }

    [Fact]
    public void The_zip_holds_exactly_the_package_folder()
    {
        using var zip = ZipFile.OpenRead(_app.Zip);
        var entries = zip.Entries.Where(e => !e.FullName.EndsWith('/')).Select(e => e.FullName).Order(StringComparer.Ordinal);
        var files = Directory.GetFiles(_app.Root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_app.Root, f).Replace('\\', '/')).Order(StringComparer.Ordinal);
        entries.ShouldBe(files);
    }

    [Fact]
    public async Task Started_as_the_functions_host_starts_it_the_handler_serves_proxied_requests_and_timer_payloads()
    {
        using var folder = new TempFolder();
        int port = FreePort();
        var clock = Stopwatch.StartNew();
        using var handler = StartLikeTheFunctionsHost(port, folder.File("audit.db"));
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
        try
        {
            await WaitUntilLive(client, handler);
            clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(60), "the Functions host gives a custom handler 60 s to start");

            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/eligibility")
            {
                Content = new StringContent(Requests.Eligibility(Requests.Analyst), Encoding.UTF8, "application/json"),
            };
            request.Headers.Add("X-Api-Key", "published-review-key");
            var decision = await client.SendAsync(request);
            decision.StatusCode.ShouldBe(HttpStatusCode.OK, await decision.Content.ReadAsStringAsync());
            using (var body = JsonDocument.Parse(await decision.Content.ReadAsStringAsync()))
            {
                body.RootElement.GetProperty("decisionId").GetString().ShouldNotBeNullOrEmpty();
                body.RootElement.GetProperty("release").GetProperty("id").GetString().ShouldBe("2026-h1");
            }

            var timer = await client.PostAsync("/ReleaseActivation", new StringContent(TimerFunctionTests.Payload("2026-01-01T00:05:00Z"), Encoding.UTF8, "application/json"));
            timer.StatusCode.ShouldBe(HttpStatusCode.OK);
            using var invocation = JsonDocument.Parse(await timer.Content.ReadAsStringAsync());
            invocation.RootElement.GetProperty("Logs")[1].GetString().ShouldBe("Release 2026-h1 took effect today; it is the first release.");
        }
        finally
        {
            handler.Kill(entireProcessTree: true);
            await handler.WaitForExitAsync();
        }
    }

    private Process StartLikeTheFunctionsHost(int port, string auditStore)
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(_app.Root, "host.json")));
        var description = host.RootElement.GetProperty("customHandler").GetProperty("description");
        var start = new ProcessStartInfo(Path.Combine(_app.Root, description.GetProperty("defaultExecutablePath").GetString()!))
        {
            WorkingDirectory = Path.Combine(_app.Root, description.GetProperty("workingDirectory").GetString()!),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in description.GetProperty("arguments").EnumerateArray())
        {
            start.ArgumentList.Add(argument.GetString()!);
        }

        start.Environment["FUNCTIONS_CUSTOMHANDLER_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["FUNCTIONS_WORKER_RUNTIME"] = "custom";
        start.Environment["Comp__AuditStore"] = auditStore;
        start.Environment["Comp__ApiKeys__review__Sha256"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("published-review-key")));
        start.Environment["Comp__ApiKeys__review__Roles__0"] = "review-tooling";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitUntilLive(HttpClient client, Process handler)
    {
        for (var waited = Stopwatch.StartNew(); waited.Elapsed < TimeSpan.FromSeconds(60); await Task.Delay(200))
        {
            handler.HasExited.ShouldBeFalse($"the handler exited with {(handler.HasExited ? handler.ExitCode : 0)}");
            try
            {
                if ((await client.GetAsync("/health")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
        }

        throw new TimeoutException("The handler did not answer /health within 60 s.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
