using System.Diagnostics;
using System.Net;

namespace JobFramework.Comp.Api.Tests;

/// <summary>
/// A release that does not show employees their own pay (framework.json <c>pages.showPayToEmployees: false</c>),
/// drafted and approved with `comp` as a comp team would: the employee's career page keeps the band to itself,
/// her manager still sees it.
/// </summary>
public sealed class PayVisibilityTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly PagesHost _host;

    public PayVisibilityTests()
    {
        string rules = _folder.File("rules");
        Folders.Copy(Repository.Rules, rules);
        Comp("rules", "draft", "2026-h2", "--from", "2026-h1", "--effective-from", "2026-12-01", "--rules", rules);
        string framework = Path.Combine(rules, "releases", "2026-h2", "framework.json");
        File.WriteAllText(framework, File.ReadAllText(framework).Replace("\"placement\":", "\"pages\": { \"showPayToEmployees\": false },\n  \"placement\":", StringComparison.Ordinal));
        Comp("rules", "approve", "2026-h2", "--by", "Priya Raman", "--role", "framework-council", "--rules", rules);
        Comp("rules", "approve", "2026-h2", "--by", "Tomás Alvarez", "--role", "head-of-total-rewards", "--rules", rules);
        _host = new PagesHost(rules, asOf: "2026-12-15");
    }

    private async Task<string> PageAsync(string path, string name, string employeeId)
    {
        var (status, body, _) = await _host.GetAsync(path, PagesHost.Principal(name, employeeId));
        status.ShouldBe(HttpStatusCode.OK);
        return body;
    }

    [Fact]
    public async Task An_employee_does_not_see_her_pay_where_the_release_says_so_and_her_manager_does()
    {
        string own = await PageAsync("/career", "Ana Costa", "E1001");
        string managers = await PageAsync("/people/E1001", "Dieter Braun", "E1004");

        own.ShouldContain("Rules: release 2026-h2 as of 2026-12-15.");
        own.ShouldContain("do not show pay on these pages");
        own.ShouldNotContain("118,000.00");
        own.ShouldNotContain("Compa-ratio");
        own.ShouldContain("You would need Programming at Advanced; you have Practitioner.");
        managers.ShouldContain("Base salary</dt><dd>118,000.00 USD");
        managers.ShouldContain("Compa-ratio");
    }

    public void Dispose()
    {
        _host.Dispose();
        _folder.Dispose();
    }

    private static void Comp(params string[] args)
    {
        string cli = Path.Combine(Repository.Root, "src", "JobFramework.Comp.Cli", "bin", "Release", "net10.0", "comp.dll");
        File.Exists(cli).ShouldBeTrue($"{cli}: build the solution in Release first");
        var start = new ProcessStartInfo("dotnet", [cli, .. args]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.ShouldBe(0, output);
    }
}
