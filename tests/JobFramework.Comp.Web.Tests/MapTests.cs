using Microsoft.Playwright;

namespace JobFramework.Comp.Web.Tests;

[Collection(PageSiteCollection.Name)]
public sealed class MapTests(PageSite site) : PageTest
{
    private static Task<string> ViewBoxAsync(IPage page) => page.Locator(".map svg").First.GetAttributeAsync("viewBox")!;

    [Fact]
    public async Task The_map_pans_and_zooms_and_a_role_opens_with_the_route_to_it()
    {
        var page = await site.SignInAsync("Ana Costa");
        await page.GotoAsync("/career");
        var map = page.Locator(".map svg[role=group]");
        (await map.Locator("a").CountAsync()).ShouldBeGreaterThan(1);
        string start = (await ViewBoxAsync(page))!;

        await page.GetByRole(AriaRole.Button, new() { Name = "Zoom in" }).ClickAsync();
        string zoomed = (await ViewBoxAsync(page))!;
        double.Parse(zoomed.Split(' ')[2], System.Globalization.CultureInfo.InvariantCulture)
            .ShouldBeLessThan(double.Parse(start.Split(' ')[2], System.Globalization.CultureInfo.InvariantCulture));
        var box = (await map.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(box.X + 5, box.Y + box.Height - 5);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(box.X + 105, box.Y + box.Height - 25, new() { Steps = 5 });
        await page.Mouse.UpAsync();
        (await ViewBoxAsync(page)).ShouldNotBe(zoomed);
        await page.GetByRole(AriaRole.Button, new() { Name = "Reset" }).ClickAsync();
        (await ViewBoxAsync(page)).ShouldBe("0.0 0.0 " + string.Join(' ', start.Split(' ').Skip(2).Select(n => double.Parse(n, System.Globalization.CultureInfo.InvariantCulture).ToString("F1", System.Globalization.CultureInfo.InvariantCulture))));
        await Axe.ShouldHaveNoSeriousViolationsAsync(page);

        await map.Locator("a[href^='/roles/eng-ic5?']").ClickAsync();
        await page.WaitForURLAsync("**/roles/eng-ic5?from=eng-ic3");
        var text = await page.Locator("main").InnerTextAsync();
        text.ShouldContain("Your route from Software Engineer IC3");
        (await page.Locator("ol.route li").AllInnerTextsAsync()).Select(t => t.Split(" — ")[0]).ShouldBe(["Software Engineer IC4", "Software Engineer IC5"]);
        text.ShouldContain("Programming");
        await PageSite.ScreenshotAsync(page, "route");
    }
}
