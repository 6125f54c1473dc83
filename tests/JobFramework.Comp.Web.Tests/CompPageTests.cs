using Microsoft.Playwright;

namespace JobFramework.Comp.Web.Tests;

[Collection(PageSiteCollection.Name)]
public sealed class CompPageTests(PageSite site) : PageTest
{
    [Fact]
    public async Task A_comp_admin_sees_every_release_and_what_is_live()
    {
        var page = await site.SignInAsync("Priya Raman");
        await PageSite.ScreenshotAsync(page, "home-comp-admin");

        await page.GetByRole(AriaRole.Link, new() { Name = "Releases", Exact = true }).First.ClickAsync();
        await page.WaitForURLAsync("**/comp/releases");

        (await page.Locator("main p").First.InnerTextAsync()).ShouldStartWith("Live on 2026-11-30: 2026-h1, effective from 2026-01-01.");
        (await page.Locator("tbody tr td:first-child").AllInnerTextsAsync()).ShouldBe(["2027-h2", "2027-h1", "2026-h1"]);
        (await page.Locator("tbody tr td:nth-child(2)").AllInnerTextsAsync()).ShouldBe(["approved", "approved", "live"]);
        await Axe.ShouldHaveNoSeriousViolationsAsync(page);
        await PageSite.ScreenshotAsync(page, "releases");
    }

    [Fact]
    public async Task The_band_explorer_shows_levels_by_region_and_exports_them()
    {
        var page = await site.SignInAsync("Priya Raman");
        await page.GotoAsync("/comp/bands");

        await page.GetByLabel("Family").SelectOptionAsync("engineering");
        await page.GetByLabel("Track").SelectOptionAsync("ic");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await page.WaitForURLAsync("**/comp/bands?**track=ic**");

        var us = await page.Locator("tbody tr:has(th:has-text('IC3')) td").First.InnerTextAsync();
        us.ShouldBe("100,500.00 – 125,500.00 – 150,500.00");
        await Axe.ShouldHaveNoSeriousViolationsAsync(page);
        await PageSite.ScreenshotAsync(page, "bands");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download CSV" }).ClickAsync());
        download.SuggestedFilename.ShouldBe("bands-2026-h1-engineering-ic.csv");
        string csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        csv.Split('\n')[0].ShouldBe("release,family,track,level,levelCode,region,currency,min,mid,max");
        csv.ShouldContain("\n2026-h1,engineering,ic,3,IC3,us,USD,100500.00,125500.00,150500.00\n");
    }

    [Fact]
    public async Task Band_tables_print_without_the_page_furniture()
    {
        var page = await site.SignInAsync("Priya Raman");
        await page.GotoAsync("/comp/bands");

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        (await page.Locator("header.site").IsVisibleAsync()).ShouldBeFalse();
        (await page.Locator("form.filters").IsVisibleAsync()).ShouldBeFalse();
        (await page.Locator("main table").IsVisibleAsync()).ShouldBeTrue();
    }

    [Fact]
    public async Task The_api_reference_is_one_click_away()
    {
        var page = await site.SignInAsync("Priya Raman");

        await page.GetByRole(AriaRole.Link, new() { Name = "API", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/reference**");

        (await page.TitleAsync()).ShouldBe("JobFramework.Comp API");
        await page.GetByText("/api/eligibility").First.WaitForAsync();
        await PageSite.ScreenshotAsync(page, "api-reference");
    }
}
