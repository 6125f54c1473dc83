using Microsoft.Playwright;

namespace JobFramework.Comp.Web.Tests;

/// <summary>An employee asks for their pay information (Art. 7) from their career page, in a real browser.</summary>
[Collection(PageSiteCollection.Name)]
public sealed class PayInformationPageTests(TransparencySite site) : PageTest
{
    [Fact]
    public async Task An_employee_reads_their_pay_beside_the_averages_of_women_and_men_doing_work_of_equal_value()
    {
        var page = await site.SignInAsync("Ines Hahn");
        await page.GotoAsync("/career");
        await page.GetByRole(AriaRole.Link, new() { Name = "Your pay information" }).ClickAsync();
        await page.WaitForURLAsync("**/career/pay-information");

        string main = await page.Locator("main").InnerTextAsync();
        main.ShouldContain("Professional (level 3)");
        var rows = await page.Locator("main table tbody tr").AllInnerTextsAsync();
        rows.Select(r => r.Replace('\t', ' ')).ShouldBe(["Women 79,666.67 EUR 86,040.00 EUR", "Men 87,333.33 EUR 94,320.00 EUR"]);
        main.ShouldContain("Recorded as disclosure ");
        await Axe.ShouldHaveNoSeriousViolationsAsync(page);
        await PageSite.ScreenshotAsync(page, "pay-information");
    }

    [Fact]
    public async Task Someone_signed_in_who_is_not_in_the_roster_is_told_so()
    {
        var page = await site.SignInAsync("Dieter Braun");

        await page.GotoAsync("/career/pay-information");

        (await page.Locator("main [role=alert]").InnerTextAsync()).ShouldContain("no pay information of yours to give");
    }

    [Fact]
    public async Task The_page_fits_a_phone()
    {
        var page = await site.SignInAsync("Ines Hahn", 390, 844);
        await page.GotoAsync("/career/pay-information");

        (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue();
    }

    [Fact]
    public async Task A_comp_admin_reads_the_pay_gap_report_with_its_flag_and_charts()
    {
        var page = await site.SignInAsync("Priya Raman");
        await page.GetByRole(AriaRole.Link, new() { Name = "Pay gap" }).ClickAsync();
        await page.WaitForURLAsync("**/comp/pay-gap");

        (await page.Locator("main [role=status]").InnerTextAsync()).ShouldContain("Germany, Professional (level 3): mean gap 8.8% in total pay");
        // Germany: the quartiles and one split per category with figures (three); the UK has too few to chart.
        (await page.Locator("main svg[role=img]").CountAsync()).ShouldBe(4);
        await Axe.ShouldHaveNoSeriousViolationsAsync(page);
        await PageSite.ScreenshotAsync(page, "pay-gap");
    }
}
