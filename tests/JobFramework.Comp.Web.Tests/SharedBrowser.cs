using Microsoft.Playwright;

namespace JobFramework.Comp.Web.Tests;

/// <summary>
/// One headless Debian chromium for every site of the page collection: each site is a service process of its own, but
/// a browser each made three on a 2-core machine already running the other test projects, and sign-ins timed out.
/// Sites take it when they start and give it back when they stop; the last one out closes it.
/// </summary>
internal static class SharedBrowser
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static IPlaywright? _playwright;
    private static IBrowser? _browser;
    private static int _users;
    private static readonly List<IBrowserContext> Sessions = [];

    /// <summary>Remembers a session so that <see cref="CloseSessionsAsync"/> closes it when its test ends.</summary>
    public static void Track(IBrowserContext session)
    {
        lock (Sessions)
        {
            Sessions.Add(session);
        }
    }

    /// <summary>Closes every session opened since the last call (tests in the page collection run one at a time).</summary>
    public static async Task CloseSessionsAsync()
    {
        IBrowserContext[] open;
        lock (Sessions)
        {
            open = [.. Sessions];
            Sessions.Clear();
        }

        foreach (var session in open)
        {
            await session.CloseAsync();
        }
    }

    public static async Task<IBrowser> AcquireAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_browser is null)
            {
                _playwright = await Playwright.CreateAsync();
                _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
                {
                    ExecutablePath = PageSite.ChromiumPath,
                    Headless = true,
                    // As root in a sandbox without a network: no setuid sandbox, no GPU, no calls home.
                    Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
                });
            }

            _users++;
            return _browser;
        }
        finally
        {
            Gate.Release();
        }
    }

    public static async Task ReleaseAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (--_users == 0 && _browser is not null)
            {
                await _browser.DisposeAsync();
                _playwright?.Dispose();
                (_browser, _playwright) = (null, null);
            }
        }
        finally
        {
            Gate.Release();
        }
    }
}
