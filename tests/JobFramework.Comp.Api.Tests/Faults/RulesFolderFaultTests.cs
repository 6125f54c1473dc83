using System.Net;
using System.Text.Json;
using JobFramework.Comp.Api.Auth;
using Microsoft.AspNetCore.Hosting;

namespace JobFramework.Comp.Api.Tests.Faults;

/// <summary>
/// A hostile or careless rules folder against the running service: links to files and special files outside
/// it, a release folder linked elsewhere, an oversized file. Each is refused with a diagnostic, the last good
/// release keeps serving, the service stays up (through the watcher and through a reload), and no response
/// to any role holds a byte of what lies outside the rules folder.
/// </summary>
public sealed class RulesFolderFaultTests : IDisposable
{
    private readonly TempFolder _rules = new();
    private readonly TempFolder _outside = new();
    private readonly RulesHost _api;

    public RulesFolderFaultTests()
    {
        Folders.Copy(Repository.Rules, _rules.Path);
        _api = new RulesHost(_rules.Path);
    }

    public void Dispose()
    {
        _api.Dispose();
        _rules.Dispose();
        _outside.Dispose();
    }

    private sealed class RulesHost(string rules) : ApiHost
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Comp:Rules", rules);
        }
    }

    private string Release => Path.Combine(_rules.Path, "releases", "2026-h1");

    [Fact]
    public async Task A_link_to_a_system_file_is_refused_and_its_content_reaches_no_caller()
    {
        await StartedAsync();
        File.CreateSymbolicLink(Path.Combine(Release, "tables", "passwd.json"), "/etc/passwd");

        var reloaded = await ReloadAsync();
        var rejected = reloaded.GetProperty("rejected").EnumerateArray().Single();

        rejected.GetProperty("id").GetString().ShouldBe("2026-h1");
        rejected.GetProperty("stillLive").GetBoolean().ShouldBeTrue(reloaded.ToString());
        rejected.GetProperty("errors")[0].GetString()!.ShouldContain("JF3020");
        rejected.GetProperty("errors")[0].GetString()!.ShouldContain("tables/passwd.json");
        await AssertStillServingAndNothingLeaks();
    }

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/urandom")]
    public async Task A_link_to_an_endless_device_leaves_the_service_up_through_the_watcher(string device)
    {
        await StartedAsync();
        int generation = await GenerationAsync();
        File.CreateSymbolicLink(Path.Combine(Release, "tables", "endless.json"), device);

        // The watcher reloads by itself after the folder settles; the service must still be there after it.
        for (int i = 0; i < 100 && await GenerationAsync() == generation; i++)
        {
            await Task.Delay(100);
        }

        (await GenerationAsync()).ShouldBeGreaterThan(generation);
        await AssertStillServingAndNothingLeaks();
    }

    [Fact]
    public async Task A_release_folder_linked_outside_the_rules_folder_is_refused_not_thrown()
    {
        await StartedAsync();
        Folders.Copy(Repository.SampleRelease, Path.Combine(_outside.Path, "elsewhere"));
        Directory.CreateSymbolicLink(Path.Combine(_rules.Path, "releases", "linked"), Path.Combine(_outside.Path, "elsewhere"));

        var reloaded = await ReloadAsync();

        var rejected = reloaded.GetProperty("rejected").EnumerateArray().Single();
        rejected.GetProperty("errors")[0].GetString()!.ShouldContain("leads outside the rules folder");
        await AssertStillServingAndNothingLeaks();
    }

    [Fact]
    public async Task An_oversized_rule_file_is_refused_at_once()
    {
        await StartedAsync();
        using (var big = File.Create(Path.Combine(Release, "tables", "huge.json")))
        {
            big.SetLength(200L * 1024 * 1024);
        }

        var reloaded = await ReloadAsync();

        reloaded.GetProperty("rejected").EnumerateArray().Single().GetProperty("errors")[0].GetString()!.ShouldContain("a rule file may have at most");
        await AssertStillServingAndNothingLeaks();
    }

    // The test server starts on its first request: start it on the good rules before breaking them.
    private async Task StartedAsync() => (await _api.CreateClient().GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK);

    private async Task<JsonElement> ReloadAsync()
    {
        var response = await _api.As(Roles.CompAdmin).PostAsync("/api/releases/reload", null);
        string text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private async Task<int> GenerationAsync()
    {
        using var json = JsonDocument.Parse(await _api.As(Roles.CompAdmin).GetStringAsync("/api/releases"));
        return json.RootElement.GetProperty("generation").GetInt32();
    }

    private async Task AssertStillServingAndNothingLeaks()
    {
        (await _api.CreateClient().GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var decision = await _api.As(Roles.ReviewTooling).PostAsync("/api/eligibility", ApiHost.Json(Requests.Eligibility(Requests.Analyst)));
        decision.StatusCode.ShouldBe(HttpStatusCode.OK, "the last good release keeps serving");

        foreach (string role in Roles.All)
        {
            string releases = await _api.As(role).GetStringAsync("/api/releases");
            releases.ShouldNotContain("root:");
            using var json = JsonDocument.Parse(releases);
            foreach (var rejected in json.RootElement.GetProperty("rejected").EnumerateArray())
            {
                rejected.GetProperty("errorCount").GetInt32().ShouldBeGreaterThan(0);
                bool mayRead = role is Roles.CompAdmin or Roles.Auditor;
                (rejected.GetProperty("errors").ValueKind == JsonValueKind.Array).ShouldBe(mayRead, role);
                (rejected.GetProperty("folder").ValueKind == JsonValueKind.String).ShouldBe(mayRead, role);
            }
        }
    }
}
