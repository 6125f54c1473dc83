using System.Net;
using System.Text;
using JobFramework.Comp.Api.Auth;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace JobFramework.Comp.Api.Tests;

/// <summary>A team of 249 is listed 100 to a page; the totals and charts above the list cover everyone.</summary>
public sealed class TeamPagingTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly TeamHost _host;

    public TeamPagingTests()
    {
        // The sample's rows under new ids: P000 manages everyone, through P001–P008.
        var lines = File.ReadAllLines(Repository.Sample("people.csv"));
        var text = new StringBuilder(lines[0]).Append('\n');
        for (int i = 0; i < 250; i++)
        {
            var row = lines[1 + (i % 20)].Split(',');
            row[0] = $"P{i:D3}";
            row[1] = $"Person {i:D3}";
            row[2] = i == 0 ? "" : $"P{(i - 1) / 8:D3}";
            text.Append(string.Join(',', row)).Append('\n');
        }

        File.WriteAllText(_folder.File("team.csv"), text.ToString());
        _host = new TeamHost(_folder.File("team.csv"));
    }

    private sealed class TeamHost(string snapshot) : ApiHost
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting(PlatformPrincipalAuthentication.EnabledSetting, "true");
            builder.UseSetting("Comp:People:SeedSnapshot", snapshot);
            builder.UseSetting("Comp:People:AsOf", "2026-11-30");
        }
    }

    private async Task<string> TeamAsync(string query)
    {
        using var client = _host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(PlatformPrincipalAuthentication.Header, Convert.ToBase64String(Encoding.UTF8.GetBytes(
            "{\"claims\":[{\"typ\":\"name\",\"val\":\"Person 000\"},{\"typ\":\"employeeid\",\"val\":\"P000\"}]}")));
        using var response = await client.GetAsync("/team" + query);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task Each_page_lists_its_hundred_and_links_to_its_neighbours()
    {
        string first = await TeamAsync("");
        string second = await TeamAsync("?region=us&page=2");
        string beyond = await TeamAsync("?page=9");

        first.ShouldContain("Your reports, direct and indirect — 249 people.");
        first.ShouldContain("Page 1 of 3, 100 people a page.");
        first.ShouldContain(">Person 001</a>");
        first.ShouldNotContain(">Person 101</a>");
        first.ShouldContain("href=\"/team?page=2\"");
        first.ShouldNotContain("Previous page");
        // Filtered to the US (9 of every 20 rows): 111 people besides P000, so two pages; the filter is kept in the links.
        second.ShouldContain("Page 2 of 2, 100 people a page.");
        second.ShouldContain("href=\"/team?region=us&amp;page=1\"");
        second.ShouldNotContain("Next page");
        // A page beyond the last shows the last.
        beyond.ShouldContain("Page 3 of 3, 100 people a page.");
    }

    public void Dispose()
    {
        _host.Dispose();
        _folder.Dispose();
    }
}
