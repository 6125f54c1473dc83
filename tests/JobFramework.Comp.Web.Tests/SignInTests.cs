using System.Net;
using Microsoft.Playwright;

namespace JobFramework.Comp.Web.Tests;

[Collection(PageSiteCollection.Name)]
public sealed class SignInTests(PageSite site) : PageTest
{
    [Fact]
    public async Task A_visitor_is_sent_to_sign_in_and_then_back_where_they_were_going()
    {
        var page = await site.OpenAsync();

        await page.GotoAsync("/career");
        page.Url.ShouldEndWith("/signin?ReturnUrl=%2Fcareer");
        await Axe.ShouldHaveNoSeriousViolationsAsync(page);
        await PageSite.ScreenshotAsync(page, "signin");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in as Ana Costa" }).ClickAsync();

        await page.WaitForURLAsync("**/career");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Ana Costa");
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var page = await site.SignInAsync("Ana Costa");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync("**/signin");
        await page.GotoAsync("/career");

        page.Url.ShouldContain("/signin?ReturnUrl=");
        (await page.Context.CookiesAsync()).ShouldNotContain(c => c.Name == "comp.session");
    }

    [Fact]
    public async Task A_sign_in_that_names_another_site_to_return_to_stays_on_this_one()
    {
        var page = await site.OpenAsync();

        await page.GotoAsync("/signin?ReturnUrl=https%3A%2F%2Fevil.example%2F");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in as Ana Costa" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/signin", StringComparison.Ordinal));

        new Uri(page.Url).ShouldBe(new Uri(site.BaseAddress, "/"));
    }

    [Fact]
    public async Task Forms_posted_without_the_anti_forgery_token_are_refused()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = site.BaseAddress };

        using var signIn = await client.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "signin", ["Identity"] = "priya" }));
        using var signOut = await client.PostAsync("/signout", new FormUrlEncodedContent(new Dictionary<string, string>()));

        signIn.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        signIn.Headers.TryGetValues("Set-Cookie", out var cookies).ShouldBeFalse(string.Join("; ", cookies ?? []));
        // Without a session, sign-out goes to sign-in; with one but without the token, it is refused below.
        signOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Signing_out_without_the_anti_forgery_token_is_refused_and_the_session_stays()
    {
        var page = await site.SignInAsync("Ana Costa");

        var response = await page.Context.APIRequest.PostAsync("/signout", new() { Form = page.Context.APIRequest.CreateFormData(), MaxRedirects = 0 });

        response.Status.ShouldBe(400);
        (await response.TextAsync()).ShouldContain("anti-forgery token is missing or invalid");
        (await page.GotoAsync("/career"))!.Status.ShouldBe(200);
    }

    [Fact]
    public async Task The_keyboard_reaches_the_skip_link_first_and_then_the_navigation()
    {
        var page = await site.SignInAsync("Dieter Braun");
        await page.GotoAsync("/team");

        var reached = new List<string>();
        for (int i = 0; i < 7; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached.Add(await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()"));
        }

        reached.ShouldBe(["Skip to content", "Career & pay", "My career", "Roles", "Team", "API", "Sign out"]);

        // The skip link lands in the page's content: the next stop is the team's first filter.
        await page.GotoAsync("/team");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/team#main");
        await page.Keyboard.PressAsync("Tab");
        (await page.EvaluateAsync<string>("() => document.activeElement.id")).ShouldBe("family");

    }

    [Fact]
    public async Task The_session_cookie_is_http_only_and_strict()
    {
        var page = await site.SignInAsync("Priya Raman");

        var session = (await page.Context.CookiesAsync()).Single(c => c.Name == "comp.session");

        session.HttpOnly.ShouldBeTrue();
        session.SameSite.ShouldBe(SameSiteAttribute.Strict);
    }
}
