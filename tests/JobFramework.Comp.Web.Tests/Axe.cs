using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace JobFramework.Comp.Web.Tests;

/// <summary>axe-core in the page: no serious or critical accessibility violation.</summary>
internal static class Axe
{
    public static async Task ShouldHaveNoSeriousViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        serious.ShouldBeEmpty(page.Url + ": " + string.Join("; ", serious.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));
    }
}
