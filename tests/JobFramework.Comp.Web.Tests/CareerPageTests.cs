using Microsoft.Playwright;

namespace JobFramework.Comp.Web.Tests;

[Collection(PageSiteCollection.Name)]
public sealed class CareerPageTests(PageSite site) : PageTest
{
    [Fact]
    public async Task An_employee_sees_where_she_stands_what_is_next_and_how_to_get_there()
    {
        var page = await site.SignInAsync("Ana Costa");

        await page.GotoAsync("/career");

        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Ana Costa");
        var text = await page.Locator("main").InnerTextAsync();
        text.ShouldContain("Software Engineer");
        text.ShouldContain("Manager\nDieter Braun");
        text.ShouldContain("Compa-ratio\n0.9402");
        text.ShouldContain("within the band, 35% of the way from minimum to maximum");
        text.ShouldContain("You would need Programming at Advanced; you have Practitioner.");
        text.ShouldContain("You would need System design at Practitioner; you have none yet.");
        text.ShouldContain("Not met: The scope expected at level 4 is not yet shown.");
        text.ShouldContain("Pay: raised to the band minimum 118,500.00 USD (+500.00 USD); target band 118,500.00 USD – 177,500.00 USD.");
        text.ShouldContain("Mentors who offered: Bilal Haddad (Software Engineer, holds the role)");
        (await page.Locator("svg[role=img] circle").CountAsync()).ShouldBe(1);
        await Axe.ShouldHaveNoSeriousViolationsAsync(page);
        await PageSite.ScreenshotAsync(page, "career");
    }

    [Theory]
    [InlineData("/people/E1002")]
    [InlineData("/people/E1004")]
    [InlineData("/people/E9999")]
    [InlineData("/people/E1002/conversation")]
    public async Task An_employee_cannot_reach_a_colleague_and_a_guessed_id_answers_as_an_unknown_one(string path)
    {
        var page = await site.SignInAsync("Ana Costa");

        var response = await page.GotoAsync(path);

        response!.Status.ShouldBe(404);
        (await page.Locator("main [role=alert]").InnerTextAsync()).ShouldBe($"There is nothing at {path} that you can see.");
        (await page.Locator("main").InnerTextAsync()).ShouldNotContain("USD");
    }

    [Fact]
    public async Task An_employee_reaches_her_own_page_by_id_and_her_conversation_sheet()
    {
        var page = await site.SignInAsync("Ana Costa");

        (await page.GotoAsync("/people/E1001"))!.Status.ShouldBe(200);
        await page.GetByRole(AriaRole.Link, new() { Name = "Career-conversation sheet" }).ClickAsync();

        await page.WaitForURLAsync("**/people/E1001/conversation");
        var text = await page.Locator("main").InnerTextAsync();
        text.ShouldContain("Career conversation: Ana Costa");
        text.ShouldContain("Grow Programming from Practitioner to Advanced.");
        text.ShouldContain("Programming fundamentals in C# (course, about 40 h)");
        await Axe.ShouldHaveNoSeriousViolationsAsync(page);
        await PageSite.ScreenshotAsync(page, "conversation");
    }

    [Fact]
    public async Task The_team_and_comp_pages_are_not_an_employees()
    {
        var page = await site.SignInAsync("Ana Costa");

        (await page.GotoAsync("/team"))!.Status.ShouldBe(403);
        (await page.Locator("main [role=alert]").InnerTextAsync()).ShouldStartWith("The team view is for managers, HR partners and comp admins");
        (await page.GotoAsync("/comp/releases"))!.Status.ShouldBe(403);
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Not for you");
        var csv = await page.Context.APIRequest.GetAsync("/comp/bands.csv?family=engineering&track=ic");
        csv.Status.ShouldBe(403);
        (await csv.TextAsync()).ShouldNotContain("118500");
        await page.GotoAsync("/career");
        (await page.Locator("header nav").InnerTextAsync()).ShouldNotContain("Team");
    }

    [Fact]
    public async Task On_a_phone_the_page_fits_the_screen()
    {
        var page = await site.SignInAsync("Ana Costa", width: 390, height: 844);

        await page.GotoAsync("/career");

        int overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        overflow.ShouldBeLessThanOrEqualTo(0);
        await Axe.ShouldHaveNoSeriousViolationsAsync(page);
        await PageSite.ScreenshotAsync(page, "career-phone");
    }
}
