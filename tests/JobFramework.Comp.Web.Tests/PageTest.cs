namespace JobFramework.Comp.Web.Tests;

/// <summary>
/// Every page test closes the browser sessions it opened when it ends: the sites share one chromium, and sessions
/// left open (a renderer process each) piled up over the collection until page loads on the 2-core machine timed out.
/// </summary>
public abstract class PageTest : IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => SharedBrowser.CloseSessionsAsync();
}
