using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace JobFramework.Comp.Api.Auth;

/// <summary>
/// Microsoft Entra ID in Azure: App Service authentication validates the caller's token in front of the
/// Functions host and passes the principal on in <c>X-MS-CLIENT-PRINCIPAL</c> (base64 JSON with the token's
/// claims). The app roles assigned to the caller (claim <c>roles</c>: review-tooling, payroll, comp-admin,
/// auditor) become the same roles the API keys carry. Trusted only when <c>Comp:EntraId:Enabled</c> is set,
/// which the Azure deployment does and where the platform strips the header from outside requests —
/// anywhere else the header is ignored, so nobody can forge it against a local service.
/// </summary>
public sealed class PlatformPrincipalAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IConfiguration configuration)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "EntraId";
    public const string Header = "X-MS-CLIENT-PRINCIPAL";
    public const string EnabledSetting = "Comp:EntraId:Enabled";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!configuration.GetValue<bool>(EnabledSetting) || !Request.Headers.TryGetValue(Header, out var header) || header.Count != 1)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var principal = Decode(header[0]!);
        return Task.FromResult(principal is null
            ? AuthenticateResult.Fail("The platform principal header is not valid.")
            : AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }

    /// <summary>The principal in the header, with our roles only; null when the header is not what the platform sends.</summary>
    public static ClaimsPrincipal? Decode(string header)
    {
        if (PlatformClaims.Read(header) is not { } platform)
        {
            return null;
        }

        var claims = platform.RolesAmong(Roles.All).Select(role => new Claim(ClaimTypes.Role, role)).ToList();
        var named = platform.Claims.FirstOrDefault(c => c.Type == platform.NameType);
        if (named.Type is not null)
        {
            claims.Add(new Claim(ClaimTypes.Name, named.Value));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName, ClaimTypes.Name, ClaimTypes.Role));
    }
}
