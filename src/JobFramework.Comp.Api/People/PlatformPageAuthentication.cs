using System.Security.Claims;
using System.Text.Encodings.Web;
using JobFramework.Comp.Api.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace JobFramework.Comp.Api.People;

/// <summary>
/// The pages behind App Service authentication in Azure: the platform signs the person in with Entra ID and passes
/// their claims in <c>X-MS-CLIENT-PRINCIPAL</c>. The roster person is the claim named by
/// <c>Comp:People:PersonClaim</c> (default <c>employeeid</c>, an optional claim Entra ID can issue); the page roles
/// are the app roles hr-partner and comp-admin; an HR partner's scope comes from <c>Comp:People:HrScopes:&lt;name&gt;</c>.
/// Trusted only when <c>Comp:EntraId:Enabled</c> is set (the platform strips the header from outside requests);
/// without a principal the browser goes to the platform's sign-in.
/// </summary>
public sealed class PlatformPageAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IConfiguration configuration, IOptions<PeopleSettings> settings)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "PeoplePlatform";
    public const string LoginPath = "/.auth/login/aad";
    public const string LogoutPath = "/.auth/logout";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!configuration.GetValue<bool>(PlatformPrincipalAuthentication.EnabledSetting) || !Request.Headers.TryGetValue(PlatformPrincipalAuthentication.Header, out var header) || header.Count != 1)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var principal = Decode(header[0]!, settings.Value);
        return Task.FromResult(principal is null
            ? AuthenticateResult.Fail("The platform principal header is not valid.")
            : AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Redirect(LoginPath + "?post_login_redirect_uri=" + Uri.EscapeDataString(OriginalPath + Request.QueryString));
        return Task.CompletedTask;
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.Redirect(PeopleSignIn.DeniedPath);
        return Task.CompletedTask;
    }

    /// <summary>The page identity in the header: name, roster person, page roles and HR scope; null when the header is not what the platform sends.</summary>
    public static ClaimsPrincipal? Decode(string header, PeopleSettings settings)
    {
        if (PlatformClaims.Read(header) is not { Name: { } name } platform)
        {
            return null;
        }

        var identity = new PageIdentity
        {
            Id = name,
            Name = name,
            Person = platform.Find(settings.PersonClaim),
            Roles = [.. platform.RolesAmong(PageRoles.All)],
        };
        if (settings.HrScopes.TryGetValue(name, out var scope))
        {
            identity.HrFamilies = scope.Families;
            identity.HrRegions = scope.Regions;
        }

        var principal = PeopleSignIn.PrincipalOf(identity);
        return new ClaimsPrincipal(new ClaimsIdentity(principal.Claims, SchemeName, ClaimTypes.Name, ClaimTypes.Role));
    }
}
