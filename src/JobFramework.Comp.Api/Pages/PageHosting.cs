using JobFramework.Comp.Api.People;
using Microsoft.Extensions.FileProviders;

namespace JobFramework.Comp.Api.Pages;

/// <summary>
/// The web pages in the standalone service: server-rendered Razor components (no WebAssembly, no client
/// framework), their stylesheet served from the assembly (so the pages look the same whatever folder the
/// service starts in), anti-forgery on every form, and sign-out.
/// </summary>
public static class PageHosting
{
    /// <summary>Middleware the pages need after authentication: their assets, then anti-forgery validation of form posts.</summary>
    public static void Use(WebApplication app)
    {
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = "/assets",
            FileProvider = new EmbeddedFileProvider(typeof(PageHosting).Assembly, "JobFramework.Comp.Api.Pages.Assets"),
        });
        app.UseAntiforgery();
    }

    public static void Map(WebApplication app)
    {
        // A page that answers 404 or 403 writes its own explanation: the API's problem+json status pages stay out of it.
        var pages = app.MapRazorComponents<App>();
        pages.ExcludeFromDescription();
        pages.Add(endpoint =>
        {
            var render = endpoint.RequestDelegate!;
            endpoint.RequestDelegate = context =>
            {
                if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } statusPages)
                {
                    statusPages.Enabled = false;
                }

                return render(context);
            };
        });
        PeopleSignIn.MapSignOut(app);
        Comp.BandExport.Map(app);
    }
}
