using System.Text.Json;
using JobFramework.Comp.Api.Auth;
using JobFramework.Comp.Audit;
using JobFramework.Comp.Audit.Sqlite;

namespace JobFramework.Comp.Api.Tests.BadInput;

/// <summary>
/// The bad-input campaign (<see cref="BadRequestCatalog"/>) through the real HTTP pipeline: each mistake gets
/// its 4xx as problem+json naming the field, never a 5xx, and no case writes a single audit record.
/// </summary>
public sealed class BadRequestCampaignTests(BadRequestCampaignTests.Host host) : IClassFixture<BadRequestCampaignTests.Host>
{
    public sealed class Host : IDisposable
    {
        public ApiHost Api { get; } = new();

        public void Dispose() => Api.Dispose();
    }

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var request in BadRequestCatalog.All())
        {
            data.Add(request.ToString());
        }

        return data;
    }

    [Fact]
    public void The_campaign_covers_at_least_150_cases_over_every_endpoint_kind() =>
        BadRequestCatalog.All().Count().ShouldBeGreaterThanOrEqualTo(150);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_client_mistake_is_a_4xx_problem_naming_it_and_nothing_is_recorded(string name)
    {
        var request = BadRequestCatalog.All().Single(r => r.ToString() == name);
        string? key = request.Role is null ? null : Roles.All.Contains(request.Role) ? ApiHost.KeyFor(request.Role) : request.Role;
        using var message = request.ToMessage(key);

        using var response = await host.Api.CreateClient().SendAsync(message);
        string text = await response.Content.ReadAsStringAsync();

        ((int)response.StatusCode).ShouldBe(request.Status, text);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", text);
        Named(text).ShouldContain(request.Named, Case.Sensitive, text);
        await AssertNothingRecorded();
    }

    // A 400 names its fields as the keys of "errors"; other problems say it in their detail.
    private static string Named(string problem)
    {
        using var json = JsonDocument.Parse(problem);
        var root = json.RootElement;
        if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object)
        {
            return string.Join(" | ", errors.EnumerateObject().Select(e => e.Name));
        }

        return root.TryGetProperty("detail", out var detail) ? detail.GetString() ?? "" : "";
    }

    private async Task AssertNothingRecorded()
    {
        if (!File.Exists(host.Api.AuditStore))
        {
            return;
        }

        await using var log = SqliteDecisionLog.Open(host.Api.AuditStore);
        (await ChainVerifier.VerifyAsync(log.Chains)).RecordsChecked.ShouldBe(0);
    }
}
