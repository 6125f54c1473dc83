using System.Net;
using System.Text;

namespace JobFramework.Comp.Api.Tests;

/// <summary>A team of 249 is listed 100 to a page; the totals and charts above the list cover everyone.</summary>
public sealed class TeamPagingTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly PagesHost _host;

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
        _host = new PagesHost(snapshot: _folder.File("team.csv"));
    }

    private async Task<string> TeamAsync(string query)
    {
        var (status, body, _) = await _host.GetAsync("/team" + query, PagesHost.Principal("Person 000", "P000"));
        status.ShouldBe(HttpStatusCode.OK);
        return body;
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
