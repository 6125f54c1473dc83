using Microsoft.Playwright;

namespace JobFramework.Comp.Web.Tests;

[Collection(PageSiteCollection.Name)]
public sealed class ExplorerTests(PageSite site) : PageTest
{
    [Fact]
    public async Task An_employee_rates_her_skills_against_a_role_starting_from_her_record()
    {
        var page = await site.SignInAsync("Ana Costa");
        await page.GotoAsync("/career");
        await page.GetByRole(AriaRole.Link, new() { Name = "Try a role" }).ClickAsync();
        await page.GetByLabel("Role", new() { Exact = true }).SelectOptionAsync("eng-ic4");
        await page.GetByRole(AriaRole.Button, new() { Name = "Choose" }).ClickAsync();
        await page.WaitForURLAsync("**/career/explore?role=eng-ic4");

        // Her record: programming Practitioner, code review Working, no system design.
        (await page.GetByLabel("Programming").InputValueAsync()).ShouldBe("3");
        (await page.GetByLabel("Code review").InputValueAsync()).ShouldBe("2");
        (await page.GetByLabel("System design").InputValueAsync()).ShouldBe("0");
        var before = await page.Locator("main").InnerTextAsync();
        before.ShouldContain("You would need System design at Practitioner; you have none yet.");
        before.ShouldContain("Not met: Not every core skill of Software Engineer at level 4 is held at the required proficiency.");

        await page.GetByLabel("Programming").SelectOptionAsync("4");
        await page.GetByLabel("System design").SelectOptionAsync("3");
        await page.GetByLabel("Code review").SelectOptionAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check" }).ClickAsync();
        await page.WaitForURLAsync("**skill.programming=4**");

        var after = await page.Locator("main").InnerTextAsync();
        after.ShouldContain("You would hold every core skill of Software Engineer.");
        after.ShouldContain("Met: Rating 4 meets the bar.");
        after.ShouldContain("Not met: The scope expected at level 4 is not yet shown.");
        after.ShouldNotContain("Not every core skill");
        await Axe.ShouldHaveNoSeriousViolationsAsync(page);
        await PageSite.ScreenshotAsync(page, "explore");

        // Nothing was stored: her own page still shows her record.
        await page.GotoAsync("/career");
        (await page.Locator("main").InnerTextAsync()).ShouldContain("You would need Programming at Advanced; you have Practitioner.");
    }

    [Theory]
    [InlineData("/career/explore?role=eng-ic4&skill.programming=9", "skill.programming: must be 0 (none) or a step of the scale, 1 to 5.")]
    [InlineData("/career/explore?role=eng-ic4&skill.programming=lots", "skill.programming: must be 0 (none) or a step of the scale, 1 to 5.")]
    [InlineData("/career/explore?role=no-such-role", "role: there is no role 'no-such-role'; choose one from the list.")]
    public async Task A_rating_off_the_scale_or_an_unknown_role_is_named(string path, string message)
    {
        var page = await site.SignInAsync("Ana Costa");

        (await page.GotoAsync(path))!.Status.ShouldBe(400);

        (await page.Locator("main [role=alert]").InnerTextAsync()).ShouldBe(message);
    }

    [Fact]
    public async Task Someone_outside_the_roster_compares_skills_only()
    {
        var page = await site.SignInAsync("Priya Raman");

        await page.GotoAsync("/career/explore?role=data-ic3&skill.sql=3&skill.tableau=1&skill.statistics=2");

        var text = await page.Locator("main").InnerTextAsync();
        text.ShouldContain("You would need Tableau at Working; you have Awareness.");
        text.ShouldContain("You are not in the roster snapshot, so only the skills are compared.");
    }
}
