using Microsoft.Playwright;

namespace JobFramework.Comp.Web.Tests;

/// <summary>
/// The service as a user reaches it: a separate process started as <c>dotnet run</c> starts it (Development,
/// the sample rules, the sample snapshot seeded into a fresh people database, a fresh audit log), and Debian's
/// Chromium driven by Playwright, headless. The pages evaluate on 2026-11-30 so what they show is fixed
/// whatever day the tests run. Screenshots go to TestResults/screenshots (the README shows copies).
/// </summary>
public class PageSite : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string AsOf = "2026-11-30";

    private readonly string _folder = Directory.CreateTempSubdirectory("comp-pages-").FullName;
    private ServiceProcess? _service;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress => _service!.BaseAddress;

    public static string Screenshots => Path.Combine(Repository.Root, "TestResults", "screenshots");

    public virtual async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: run scripts/install-browser.sh (scripts/test.sh does) to install Debian's chromium.");
        }

        _service = await ServiceProcess.StartAsync(Path.Combine(_folder, "audit.db"), PrepareRules(_folder), development: true, settings:
        [
            "--Comp:People:Store=" + Path.Combine(_folder, "people.db"),
            "--Comp:WatchRules=false",
            .. PeopleSettings(),
        ]);
        Browser = await SharedBrowser.AcquireAsync();
        Directory.CreateDirectory(Screenshots);
    }

    /// <summary>Which roster the service seeds and the date its pages are as of: the sample people on <see cref="AsOf"/>, unless a derived site says otherwise.</summary>
    protected virtual IEnumerable<string> PeopleSettings() =>
        ["--Comp:People:SeedSnapshot=" + Repository.Sample("people.csv"), "--Comp:People:AsOf=" + AsOf];

    /// <summary>The rules folder the service loads: the sample rules, unless a derived site prepares its own in <paramref name="folder"/>.</summary>
    protected virtual string PrepareRules(string folder) => Repository.Rules;

    /// <summary>A fresh browser session (its own cookies), at a desktop size or the given one.</summary>
    public async Task<IPage> OpenAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            AcceptDownloads = true,
        });
        // A loaded CI machine (the other test projects run beside these) can take seconds over a first render.
        SharedBrowser.Track(context);
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        return await context.NewPageAsync();
    }

    /// <summary>A fresh session signed in through the development sign-in page as the identity with that name.</summary>
    public async Task<IPage> SignInAsync(string name, int width = 1280, int height = 900)
    {
        var page = await OpenAsync(width, height);
        await page.GotoAsync("/signin");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in as " + name }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/signin", StringComparison.Ordinal));
        return page;
    }

    /// <summary>The whole page as a JPEG (small enough for the README to show copies of).</summary>
    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + ".jpg"), FullPage = true, Type = ScreenshotType.Jpeg, Quality = 70 });

    public virtual async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await SharedBrowser.ReleaseAsync();
        }

        _service?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}

/// <summary>
/// Every page test in one collection, run one after another, the three sites sharing one browser: two services and two browsers at once, beside the
/// other test projects on a 2-core machine, made page loads slow enough to time out.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PageSiteCollection : ICollectionFixture<PageSite>, ICollectionFixture<DraftSite>, ICollectionFixture<TransparencySite>
{
    public const string Name = "pages";
}
