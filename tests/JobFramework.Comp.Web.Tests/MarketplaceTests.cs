using Microsoft.Playwright;

namespace JobFramework.Comp.Web.Tests;

[Collection(PageSiteCollection.Name)]
public sealed class MarketplaceTests(PageSite site) : PageTest
{
    [Fact]
    public async Task Roles_are_found_by_family_and_each_role_shows_its_skills_and_moves()
    {
        var page = await site.SignInAsync("Ana Costa");
        await page.GotoAsync("/roles");

        await page.GetByLabel("Family").SelectOptionAsync("data");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await page.WaitForURLAsync("**/roles?**family=data**");

        var families = await page.Locator("tbody tr td:nth-child(2)").AllInnerTextsAsync();
        families.Count.ShouldBeGreaterThan(0);
        families.ShouldAllBe(f => f == "data");
        await Axe.ShouldHaveNoSeriousViolationsAsync(page);
        await PageSite.ScreenshotAsync(page, "roles");

        await page.GotoAsync("/roles/data-ic3");
        var text = await page.Locator("main").InnerTextAsync();
        text.ShouldContain("Moves into this role");
        text.ShouldContain("Moves out of this role");
        text.ShouldContain("SQL");
        (await page.Locator(".map svg").CountAsync()).ShouldBe(1);
        await Axe.ShouldHaveNoSeriousViolationsAsync(page);
        await PageSite.ScreenshotAsync(page, "role");
    }

    [Fact]
    public async Task A_bad_filter_is_named_and_an_unknown_role_is_not_found()
    {
        var page = await site.SignInAsync("Ana Costa");

        (await page.GotoAsync("/roles?level=abc"))!.Status.ShouldBe(400);
        (await page.Locator("main [role=alert]").InnerTextAsync()).ShouldBe("level: must be a whole number from 1 to 99");
        (await page.GotoAsync("/roles?family=enginering"))!.Status.ShouldBe(400);
        (await page.Locator("main [role=alert]").InnerTextAsync()).ShouldContain("engineering");
        (await page.GotoAsync("/roles/no-such-role"))!.Status.ShouldBe(404);
        (await page.Locator("main [role=alert]").InnerTextAsync()).ShouldBe("There is nothing at /roles/no-such-role that you can see.");
    }
}
