using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using JobFramework.Comp.Api.Auth;
using JobFramework.Comp.Api.Hosting;
using JobFramework.Comp.Releases;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace JobFramework.Comp.Api.Tests;

/// <summary>
/// Releases reload while the service runs: a new approved release is picked up (and serves from its
/// effective date), a broken edit is rejected with its diagnostics while the last good version stays live,
/// and no request waits for a reload's compilation.
/// </summary>
public sealed class LiveReloadTests : IDisposable
{
    private readonly TempFolder _rules = new();

    public LiveReloadTests() => Folders.Copy(Repository.Rules, _rules.Path);

    public void Dispose() => _rules.Dispose();

    private sealed class RulesHost(string rules, Action<IServiceCollection>? services = null) : ApiHost
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Comp:Rules", rules);
            if (services is not null)
            {
                builder.ConfigureTestServices(services);
            }
        }
    }

    /// <summary>Adds an approved copy of the sample release as <paramref name="id"/>, with its approvals recorded for its content.</summary>
    private string AddApproved(string id, string effective, Action<string>? edit = null)
    {
        string folder = Path.Combine(_rules.Path, "releases", id);
        Folders.Copy(Repository.SampleRelease, folder);
        edit?.Invoke(folder);
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "release.json")))!.AsObject();
        manifest["id"] = id;
        manifest["effectiveFrom"] = effective;
        string hash = ReleaseSource.FromDirectory(folder).ContentHash(new ReleaseManifest(id, DateOnly.Parse(effective, System.Globalization.CultureInfo.InvariantCulture), ""));
        manifest["approvedContentHash"] = hash;
        foreach (var approval in manifest["approvals"]!.AsArray())
        {
            approval!["contentHash"] = hash;
        }

        File.WriteAllText(Path.Combine(folder, "release.json"), manifest.ToJsonString());
        return folder;
    }

    private static async Task<JsonElement> Reload(ApiHost api)
    {
        var response = await api.As(Roles.CompAdmin).PostAsync("/api/releases/reload", null);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static async Task<string> DecidedWith(ApiHost api, string asOf)
    {
        var response = await api.As(Roles.ReviewTooling).PostAsync("/api/eligibility", ApiHost.Json(Requests.Eligibility(Requests.Analyst, asOf)));
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("release").GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task A_new_approved_release_is_picked_up_and_serves_from_its_effective_date()
    {
        using var api = new RulesHost(_rules.Path);
        (await DecidedWith(api, "2026-08-01")).ShouldBe("2026-h1");

        AddApproved("2026-h2", "2026-07-01");
        var releases = await Reload(api);

        releases.GetProperty("releases").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ShouldBe(["2026-h1", "2026-h2", "2027-h1", "2027-h2"]);
        (await DecidedWith(api, "2026-06-30")).ShouldBe("2026-h1");
        (await DecidedWith(api, "2026-08-01")).ShouldBe("2026-h2");
    }

    [Fact]
    public async Task The_folder_watcher_reloads_without_being_asked()
    {
        using var api = new RulesHost(_rules.Path);
        _ = await DecidedWith(api, "2026-08-01");

        AddApproved("2026-h2", "2026-07-01");

        for (int attempt = 0; attempt < 100 && await DecidedWith(api, "2026-08-01") != "2026-h2"; attempt++)
        {
            await Task.Delay(100);
        }

        (await DecidedWith(api, "2026-08-01")).ShouldBe("2026-h2");
    }

    [Fact]
    public async Task A_broken_edit_is_rejected_and_the_last_good_release_stays_live()
    {
        string folder = AddApproved("2026-h2", "2026-07-01");
        using var api = new RulesHost(_rules.Path);
        (await DecidedWith(api, "2026-08-01")).ShouldBe("2026-h2");

        string workflow = Path.Combine(folder, "workflows", "level-up.json");
        File.WriteAllText(workflow, File.ReadAllText(workflow).Replace("employee.rating >= 3", "employee.ratting >= 3", StringComparison.Ordinal));
        var releases = await Reload(api);

        var rejected = releases.GetProperty("rejected").EnumerateArray().Single();
        rejected.GetProperty("id").GetString().ShouldBe("2026-h2");
        rejected.GetProperty("stillLive").GetBoolean().ShouldBeTrue();
        rejected.GetProperty("errors").EnumerateArray().Select(e => e.GetString()).ShouldContain(e => e!.Contains("error JF2003: 'employee' has no member 'ratting'", StringComparison.Ordinal));
        rejected.GetProperty("errors").EnumerateArray().Select(e => e.GetString()).ShouldContain(e => e!.Contains("error JF3015", StringComparison.Ordinal));
        (await DecidedWith(api, "2026-08-01")).ShouldBe("2026-h2");
    }

    [Fact]
    public async Task No_request_waits_while_a_reload_compiles()
    {
        using var gate = new SemaphoreSlim(0);
        int loads = 0;
        ReleaseCatalog Load(string path)
        {
            // The first load (start-up) goes through; the reload blocks until the test lets it finish.
            if (Interlocked.Increment(ref loads) > 1)
            {
                gate.Wait(TimeSpan.FromSeconds(30)).ShouldBeTrue();
            }

            return ReleaseCatalog.Load(path);
        }

        using var api = new RulesHost(_rules.Path, services => services.AddSingleton(sp =>
            new ReleaseSet(_rules.Path, Load, TimeProvider.System, NullLogger<ReleaseSet>.Instance)));
        _ = await DecidedWith(api, "2026-08-01");
        AddApproved("2026-h2", "2026-07-01");

        var reload = Reload(api);
        for (int i = 0; i < 20; i++)
        {
            (await DecidedWith(api, "2026-08-01")).ShouldBe("2026-h1", "requests keep the releases they had");
        }

        reload.IsCompleted.ShouldBeFalse("the reload is still compiling");
        gate.Release();
        var releases = await reload;
        releases.GetProperty("generation").GetInt32().ShouldBe(2);
        (await DecidedWith(api, "2026-08-01")).ShouldBe("2026-h2");
    }
}
