using System.Net;
using System.Text.Json;
using JobFramework.Comp.Api.Auth;

namespace JobFramework.Comp.Api.Tests;

public sealed class AuditAndReferenceEndpointTests : IDisposable
{
    private readonly ApiHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task An_auditor_pages_an_employees_decisions_newest_first_and_replays_one_identically()
    {
        var review = _host.As(Roles.ReviewTooling);
        var ids = new List<string>();
        foreach (var asOf in new[] { "2026-03-01", "2026-04-01", "2026-05-01" })
        {
            var made = await review.PostAsync("/api/eligibility", ApiHost.Json(Requests.Eligibility(Requests.Analyst, asOf)));
            using var body = JsonDocument.Parse(await made.Content.ReadAsStringAsync());
            ids.Add(body.RootElement.GetProperty("decisionId").GetString()!);
        }

        var auditor = _host.As(Roles.Auditor);
        var first = JsonDocument.Parse(await auditor.GetStringAsync("/api/decisions?employeeId=E1007&pageSize=2")).RootElement;
        string continuation = first.GetProperty("continuation").GetString()!;
        var second = JsonDocument.Parse(await auditor.GetStringAsync($"/api/decisions?employeeId=E1007&pageSize=2&continuation={continuation}")).RootElement;
        var replay = JsonDocument.Parse(await (await auditor.PostAsync($"/api/decisions/{ids[0]}/replay", null)).Content.ReadAsStringAsync()).RootElement;
        var single = await auditor.GetAsync($"/api/decisions/{ids[1]}");

        first.GetProperty("decisions").EnumerateArray().Select(d => d.GetProperty("decisionId").GetString()).ShouldBe([ids[2], ids[1]]);
        second.GetProperty("decisions").EnumerateArray().Select(d => d.GetProperty("decisionId").GetString()).ShouldBe([ids[0]]);
        second.GetProperty("continuation").ValueKind.ShouldBe(JsonValueKind.Null);
        replay.GetProperty("identical").GetBoolean().ShouldBeTrue();
        replay.GetProperty("recordIntact").GetBoolean().ShouldBeTrue();
        single.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await auditor.GetAsync("/api/decisions/99-000000000001")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await auditor.GetAsync("/api/decisions")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_framework_lists_roles_with_their_bands_per_region()
    {
        var framework = JsonDocument.Parse(await _host.As(Roles.Payroll).GetStringAsync("/api/framework?asOf=2026-03-01")).RootElement;
        var releases = JsonDocument.Parse(await _host.As(Roles.CompAdmin).GetStringAsync("/api/releases")).RootElement;

        framework.GetProperty("release").GetProperty("id").GetString().ShouldBe("2026-h1");
        framework.GetProperty("families").GetArrayLength().ShouldBe(6);
        var role = framework.GetProperty("roles").EnumerateArray().First(r => r.GetProperty("family").GetString() == "data" && r.GetProperty("level").GetInt32() == 3 && r.GetProperty("track").GetString() == "ic");
        var singapore = role.GetProperty("bands").EnumerateArray().Single(b => b.GetProperty("region").GetString() == "sg");
        (singapore.GetProperty("currency").GetString(), singapore.GetProperty("min").GetString(), singapore.GetProperty("max").GetString()).ShouldBe(("SGD", "95000.00", "143000.00"));
        var listed = releases.GetProperty("releases").EnumerateArray().ToArray();
        listed.Select(r => r.GetProperty("id").GetString()).ShouldBe(["2026-h1", "2027-h1", "2027-h2"]);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        bool before2027 = today < new DateOnly(2027, 1, 1), beforeJuly2027 = today < new DateOnly(2027, 7, 1);
        listed.Select(r => r.GetProperty("inEffect").GetBoolean()).ShouldBe([before2027, !before2027 && beforeJuly2027, !beforeJuly2027]);
        foreach (var release in listed)
        {
            (release.GetProperty("status").GetString(), release.GetProperty("approvals").GetInt32(), release.GetProperty("requiredApprovals").GetInt32()).ShouldBe(("approved", 2, 2));
        }

        releases.GetProperty("rejected").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Rules_validation_returns_every_diagnostic_of_a_bundle_with_its_position()
    {
        var files = Directory.EnumerateFiles(Repository.SampleRelease, "*.json", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(Repository.SampleRelease, f).Replace('\\', '/'), File.ReadAllText);
        var admin = _host.As(Roles.CompAdmin);
        var good = JsonDocument.Parse(await (await admin.PostAsync("/api/rules/validate", ApiHost.Json(JsonSerializer.Serialize(new { files })))).Content.ReadAsStringAsync()).RootElement;
        files["workflows/level-up.json"] = files["workflows/level-up.json"].Replace("employee.rating", "employee.ratting", StringComparison.Ordinal);
        var bad = JsonDocument.Parse(await (await admin.PostAsync("/api/rules/validate", ApiHost.Json(JsonSerializer.Serialize(new { files })))).Content.ReadAsStringAsync()).RootElement;

        good.GetProperty("valid").GetBoolean().ShouldBeTrue();
        good.GetProperty("release").GetProperty("id").GetString().ShouldBe("2026-h1");
        bad.GetProperty("valid").GetBoolean().ShouldBeFalse();
        var errors = bad.GetProperty("diagnostics").EnumerateArray().Where(d => d.GetProperty("severity").GetString() == "error").ToList();
        errors.ShouldContain(d => d.GetProperty("code").GetString() == "JF3015", "the edited copy of an approved release is flagged");
        var diagnostic = errors.First(d => d.GetProperty("file").GetString()!.EndsWith("workflows/level-up.json", StringComparison.Ordinal));
        diagnostic.GetProperty("message").GetString()!.ShouldContain("ratting");
        diagnostic.GetProperty("line").GetInt32().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Health_says_live_and_ready_without_a_key()
    {
        var client = _host.CreateClient();

        (await client.GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var ready = await client.GetAsync("/health/ready");
        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ready.Content.ReadAsStringAsync()).ShouldContain("\"ready\"");
        (await client.GetAsync("/openapi/v1.json")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
