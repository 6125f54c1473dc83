using System.Net;
using System.Text;
using System.Text.Json;
using JobFramework.Comp.Api.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace JobFramework.Comp.Api.Tests;

/// <summary>
/// Review guides and pay transparency over HTTP, on the sample pay-gap roster imported for 2027-07-01 (release 2027-h2):
/// the figures are those <c>comp transparency</c> prints, an Art. 7 answer goes to comp admins only and is recorded.
/// </summary>
public sealed class TransparencyEndpointTests : IAsyncLifetime, IDisposable
{
    private readonly ApiHost _host = new();

    public async Task InitializeAsync()
    {
        using var imported = await _host.As(Roles.Payroll).PostAsync("/api/people/snapshots?takenOn=2027-07-01", new StringContent(File.ReadAllText(Repository.Sample("pay-gap.csv")), Encoding.UTF8, "text/csv"));
        imported.StatusCode.ShouldBe(HttpStatusCode.Created, await imported.Content.ReadAsStringAsync());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private Audit.IDecisionLog Log => _host.Services.GetRequiredService<Audit.IDecisionLog>();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Comp_admins_get_a_workers_pay_information_and_it_is_recorded_as_a_disclosure()
    {
        using var response = await _host.As(Roles.CompAdmin).GetAsync("/api/people/DE030/pay-information");
        string text = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        root.GetProperty("kind").GetString().ShouldBe("disclosure");
        root.GetProperty("caller").GetString().ShouldBe(Roles.CompAdmin);
        var output = root.GetProperty("output");
        output.GetProperty("category").GetProperty("id").GetString().ShouldBe("professional");
        output.GetProperty("pay").GetProperty("total").GetDecimal().ShouldBe(96120m);
        output.GetProperty("averages")[0].GetProperty("meanTotal").GetDecimal().ShouldBe(86040.00m);
        output.GetProperty("averages")[1].GetProperty("meanTotal").GetDecimal().ShouldBe(94320.00m);

        var recorded = (await Log.QueryByEmployeeAsync("DE030", 10)).Records.ShouldHaveSingleItem();
        recorded.Kind.ShouldBe(Audit.DecisionKind.Disclosure);
        recorded.Input.ShouldBe("""{"employeeId":"DE030","snapshot":"2027-07-01","takenOn":"2027-07-01"}""");
    }

    [Theory]
    [InlineData(Roles.ReviewTooling)]
    [InlineData(Roles.Payroll)]
    [InlineData(Roles.Auditor)]
    public async Task Anyone_else_is_refused_a_workers_pay_information_and_nothing_is_recorded(string role)
    {
        using var response = await _host.As(role).GetAsync("/api/people/DE030/pay-information");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Log.QueryByEmployeeAsync("DE030", 10)).Records.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_gap_report_over_http_is_the_report_of_the_snapshot_with_its_flag()
    {
        using var json = JsonDocument.Parse(await _host.As(Roles.Auditor).GetStringAsync("/api/transparency/gap-report"));
        // Units in the framework's region order; the roster has people in the UK and Germany.
        json.RootElement.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("region").GetString()).ShouldBe(["uk", "de"]);
        var de = json.RootElement.GetProperty("units")[1];
        de.GetProperty("total").GetProperty("meanGapPct").GetDecimal().ShouldBe(15.2m);
        var flagged = de.GetProperty("categories").EnumerateArray().Where(c => c.GetProperty("flagged").GetBoolean()).Select(c => c.GetProperty("category").GetString());
        flagged.ShouldBe(["professional"]);

        string csv = await _host.As(Roles.CompAdmin).GetStringAsync("/api/transparency/gap-report?format=csv");
        csv.ShouldContain("de,professional,flagged,true\n");
        string html = await _host.As(Roles.CompAdmin).GetStringAsync("/api/transparency/gap-report?format=html");
        html.ShouldContain("<figcaption>Professional (level 3): mean gap 8.8% (flagged)</figcaption>");
    }

    [Fact]
    public async Task Review_tooling_gets_an_employees_review_guide_under_the_release_in_effect()
    {
        using var response = await _host.As(Roles.ReviewTooling).GetAsync("/api/people/DE030/review-guide?asOf=2027-07-01");
        string text = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        (root.GetProperty("level").GetString(), root.GetProperty("roleTitle").GetString(), root.GetProperty("release").GetString()).ShouldBe(("IC3", "Software Engineer", "2027-h2"));
        root.GetProperty("expectations").GetProperty("scope").GetString().ShouldBe("Features or processes of a team, end to end.");
        root.GetProperty("ratingScale").GetArrayLength().ShouldBe(5);
        root.GetProperty("levelUp").GetProperty("target").GetString().ShouldBe("IC4");
    }

    [Fact]
    public async Task Someone_not_in_the_snapshot_is_not_found()
    {
        using var guide = await _host.As(Roles.ReviewTooling).GetAsync("/api/people/NOPE/review-guide?asOf=2027-07-01");
        using var answer = await _host.As(Roles.CompAdmin).GetAsync("/api/people/NOPE/pay-information");

        guide.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        answer.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await answer.Content.ReadAsStringAsync()).ShouldContain("No one with id 'NOPE' is in the snapshot.");
    }

    [Fact]
    public async Task Progression_criteria_are_published_to_any_caller_as_markdown_or_html()
    {
        using var markdown = await _host.As(Roles.Payroll).GetAsync("/api/transparency/criteria/engineering/ic?level=4&asOf=2027-07-01");
        string text = await markdown.Content.ReadAsStringAsync();

        markdown.Content.Headers.ContentType!.MediaType.ShouldBe("text/markdown");
        text.ShouldContain("## IC3 Experienced professional → IC4 Senior");
        text.ShouldContain("(rule TimeInLevel, workflows/level-up.json:14)");
        (await _host.As(Roles.Payroll).GetStringAsync("/api/transparency/criteria/engineering/manager?format=html&asOf=2027-07-01")).ShouldStartWith("<!DOCTYPE html>");
    }
}
