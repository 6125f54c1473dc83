using Microsoft.Playwright;

namespace JobFramework.Comp.Web.Tests;

[Collection(PageSiteCollection.Name)]
public sealed class TeamPageTests(PageSite site) : PageTest
{
    private static async Task<string[]> PeopleListedAsync(IPage page)
    {
        var table = page.Locator("#readiness tbody tr td:first-child");
        return [.. await table.AllInnerTextsAsync()];
    }

    [Fact]
    public async Task A_manager_sees_his_reports_on_their_bands_and_who_is_ready()
    {
        var page = await site.SignInAsync("Dieter Braun");

        await page.GetByRole(AriaRole.Link, new() { Name = "Team", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/team");

        (await PeopleListedAsync(page)).ShouldBe(["Ana Costa", "Bilal Haddad", "Chloe Evans", "Farhan Iyer"]);
        (await page.Locator("svg[aria-label^='Compa-ratio distribution']").GetAttributeAsync("aria-label"))
            .ShouldBe("Compa-ratio distribution: under 0.80: 1, 0.80–0.89: 0, 0.90–0.99: 2, 1.00–1.09: 1, 1.10–1.19: 0, 1.20 and over: 0");
        (await page.Locator("main svg[role=group] a circle").CountAsync()).ShouldBe(4);
        // Farhan (IN, IC2) earns 1,350,000 INR against a minimum of 1,360,000 INR (comp place says the same).
        var text = await page.Locator("main").InnerTextAsync();
        text.ShouldContain("Cost to reach every minimum: 10,000.00 INR.");
        text.ShouldContain("Farhan Iyer\t1,350,000.00 INR\t1,360,000.00 INR\t10,000.00 INR");
        await Axe.ShouldHaveNoSeriousViolationsAsync(page);
        await PageSite.ScreenshotAsync(page, "team");
    }

    [Fact]
    public async Task Filters_narrow_the_team()
    {
        var page = await site.SignInAsync("Dieter Braun");
        await page.GotoAsync("/team");

        await page.GetByLabel("Region").SelectOptionAsync("us");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await page.WaitForURLAsync("**/team?**region=us**");

        (await PeopleListedAsync(page)).ShouldBe(["Ana Costa", "Bilal Haddad"]);
    }

    [Fact]
    public async Task A_manager_opens_a_reports_page_but_never_his_own_managers_or_another_team()
    {
        var page = await site.SignInAsync("Dieter Braun");
        await page.GotoAsync("/team");

        await page.Locator("td a", new() { HasText = "Chloe Evans" }).ClickAsync();
        await page.WaitForURLAsync("**/people/E1003");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Chloe Evans");

        (await page.GotoAsync("/people/E1005"))!.Status.ShouldBe(404);
        (await page.GotoAsync("/people/E1007"))!.Status.ShouldBe(404);
    }

    [Fact]
    public async Task An_hr_partner_sees_her_scope_and_a_comp_admin_everyone()
    {
        var partner = await site.SignInAsync("Helen Park");
        await partner.GotoAsync("/team");
        (await PeopleListedAsync(partner)).ShouldBe(["Chloe Evans", "Dieter Braun", "Isla Murray", "Tobias Lang"]);
        (await partner.GotoAsync("/people/E1001"))!.Status.ShouldBe(404);
        (await partner.GotoAsync("/people/E1020"))!.Status.ShouldBe(200);

        var admin = await site.SignInAsync("Priya Raman");
        await admin.GotoAsync("/team");
        (await PeopleListedAsync(admin)).Length.ShouldBe(20);
        await PageSite.ScreenshotAsync(admin, "team-everyone");
    }
}
