using Microsoft.Playwright;

namespace JobFramework.Comp.Web.Tests;

/// <summary>The comp team's changes page against a draft that raises one band (see <see cref="DraftSite"/>).</summary>
[Collection(PageSiteCollection.Name)]
public sealed class ChangesPageTests(DraftSite site) : PageTest
{
    [Fact]
    public async Task A_comp_admin_sees_what_a_draft_changes_and_its_impact_on_the_snapshot()
    {
        var page = await site.SignInAsync("Priya Raman");
        await page.GetByRole(AriaRole.Link, new() { Name = "Changes", Exact = true }).First.ClickAsync();
        await page.WaitForURLAsync("**/comp/changes");

        // By default: what is live (2026-h1) against the release after it, the draft.
        (await page.GetByLabel("From").InputValueAsync()).ShouldBe("2026-h1");
        (await page.GetByLabel("To").InputValueAsync()).ShouldBe("2026-h2");
        var text = await page.Locator("main").InnerTextAsync();
        // The aligned band is shared by both tracks ("-" in the table): the diff lists it per track.
        text.ShouldContain("every family · ic 3 · us\tchanged\t100,500.00 – 150,500.00 USD\t120,000.00 – 160,000.00 USD\t+3.59%");
        (await page.Locator("svg[aria-label^='Midpoint change by band']").GetAttributeAsync("aria-label")).ShouldStartWith("Midpoint change by band: ic 3 us +3.59%");
        // Ana (IC3, 118,000 USD) falls below the new minimum; Jamal (IC3, 98,500 USD) was below and is further below.
        text.ShouldContain("Change band position\n1");
        text.ShouldContain("within\t1\t17\t0");
        text.ShouldContain("region us: 1 change band position, 0 change eligibility (of 9)");
        (await page.Locator("svg[aria-label^='USD']").GetAttributeAsync("aria-label")).ShouldBe("USD: 2,000.00 before (1 person), 23,500.00 after (2 people)");
        (await page.Locator("svg[aria-label^='INR']").GetAttributeAsync("aria-label")).ShouldBe("INR: 10,000.00 before (1 person), 10,000.00 after (1 person)");
        await Axe.ShouldHaveNoSeriousViolationsAsync(page);
        await PageSite.ScreenshotAsync(page, "changes");
    }

    [Fact]
    public async Task A_release_that_does_not_load_is_shown_with_its_file_line_and_column()
    {
        var page = await site.SignInAsync("Priya Raman");

        await page.GotoAsync("/comp/releases");

        (await page.Locator("h3.problem").AllInnerTextsAsync()).ShouldBe(["Rejected: 2099-h1"]);
        var errors = await page.Locator("h3.problem + ul li").AllInnerTextsAsync();
        errors.ShouldNotBeEmpty();
        errors.ShouldContain(e => e.Contains("framework.json:4:1", StringComparison.Ordinal), string.Join("\n", errors));
        (await page.Locator("tbody tr td:first-child").AllInnerTextsAsync()).ShouldNotContain("2099-h1");
    }

    [Fact]
    public async Task An_unknown_release_is_named()
    {
        var page = await site.SignInAsync("Priya Raman");

        (await page.GotoAsync("/comp/changes?from=2026-h1&to=2099-h1"))!.Status.ShouldBe(400);

        (await page.Locator("main [role=alert]").InnerTextAsync()).ShouldBe("to: there is no release '2099-h1'.");
    }
}
