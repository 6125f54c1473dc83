using System.Security.Claims;
using JobFramework.Comp.People.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace JobFramework.Comp.Api.People;

/// <summary>
/// Sign-in for the pages: a session cookie (HTTP-only, SameSite=Strict, Secure outside Development, 8 hours
/// sliding) issued by the development sign-in page. The claims carry who the person is in the roster and their
/// page roles; <see cref="ViewerOf"/> turns them into the <see cref="Viewer"/> every access check takes.
/// </summary>
public static class PeopleSignIn
{
    public const string Scheme = "People";
    public const string CookieScheme = "PeopleCookie";
    public const string Policy = "SignedIn";
    public const string PersonClaim = "comp:person";
    public const string HrFamilyClaim = "comp:hr-family";
    public const string HrRegionClaim = "comp:hr-region";
    public const string SignInPath = "/signin";
    public const string SignOutPath = "/signout";
    public const string DeniedPath = "/denied";

    public static void AddTo(AuthenticationBuilder authentication, IServiceCollection services)
    {
        // The pages' scheme: the platform's principal where App Service authentication is in front (Azure),
        // the session cookie of the development sign-in everywhere else.
        authentication.AddPolicyScheme(Scheme, "Pages", options => options.ForwardDefaultSelector = context =>
            context.RequestServices.GetRequiredService<IConfiguration>().GetValue<bool>(Auth.PlatformPrincipalAuthentication.EnabledSetting)
                ? PlatformPageAuthentication.SchemeName
                : CookieScheme);
        authentication.AddScheme<AuthenticationSchemeOptions, PlatformPageAuthentication>(PlatformPageAuthentication.SchemeName, null);
        authentication.AddCookie(CookieScheme, options =>
        {
            options.LoginPath = SignInPath;
            options.LogoutPath = SignOutPath;
            options.AccessDeniedPath = DeniedPath;
            options.Cookie.Name = "comp.session";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
        });
        services.AddOptions<CookieAuthenticationOptions>(CookieScheme).Configure<IHostEnvironment>((options, environment) =>
            options.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always);
        services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy.AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser());
    }

    /// <summary>The principal a development identity signs in as.</summary>
    public static ClaimsPrincipal PrincipalOf(PageIdentity identity)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, identity.Name), new(ClaimTypes.NameIdentifier, identity.Id) };
        if (identity.Person is { Length: > 0 } person)
        {
            claims.Add(new Claim(PersonClaim, person));
        }

        claims.AddRange(identity.Roles.Where(r => PageRoles.All.Contains(r, StringComparer.Ordinal)).Select(r => new Claim(ClaimTypes.Role, r)));
        claims.AddRange(identity.HrFamilies.Select(f => new Claim(HrFamilyClaim, f)));
        claims.AddRange(identity.HrRegions.Select(r => new Claim(HrRegionClaim, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme, ClaimTypes.Name, ClaimTypes.Role));
    }

    /// <summary>Whether the user signed in to the pages (not an API caller), and through the platform rather than the development sign-in.</summary>
    public static bool IsPageUser(ClaimsPrincipal user, out bool throughPlatform)
    {
        string? type = user.Identity is { IsAuthenticated: true } identity ? identity.AuthenticationType : null;
        throughPlatform = type == PlatformPageAuthentication.SchemeName;
        return type is Scheme or PlatformPageAuthentication.SchemeName;
    }

    /// <summary>Who a signed-in user is for the access rules.</summary>
    public static Viewer ViewerOf(ClaimsPrincipal user) => new(
        user.Identity?.Name ?? "",
        user.FindFirstValue(PersonClaim),
        user.IsInRole(PageRoles.CompAdmin),
        user.IsInRole(PageRoles.HrPartner)
            ? new HrScope([.. user.FindAll(HrFamilyClaim).Select(c => c.Value)], [.. user.FindAll(HrRegionClaim).Select(c => c.Value)])
            : null);

    /// <summary>
    /// <c>POST /signout</c>: ends the session and returns to the sign-in page. A form post with the anti-forgery
    /// token (the pages' header has one), so another site cannot sign a user out; the token is bound to the
    /// signed-in user, so the endpoint authenticates the session first (without one it goes to sign-in).
    /// </summary>
    public static void MapSignOut(IEndpointRouteBuilder app) =>
        app.MapPost(SignOutPath, async Task<IResult> (HttpContext context, Microsoft.AspNetCore.Antiforgery.IAntiforgery antiforgery) =>
        {
            // The endpoint reads no form, so nothing else would check the token.
            if (!await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
            {
                return Http.ApiProblems.Invalid("__RequestVerificationToken", "the form's anti-forgery token is missing or invalid: sign out from the page");
            }

            await context.SignOutAsync(CookieScheme).ConfigureAwait(false);
            return TypedResults.LocalRedirect(SignInPath);
        }).RequireAuthorization(Policy).ExcludeFromDescription();
}
