using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace JobFramework.Comp.Api.Auth;

/// <summary>
/// API keys for running the service outside Azure: the caller sends <c>X-Api-Key</c>; configuration holds
/// only each key's SHA-256 (section <c>Comp:ApiKeys:&lt;name&gt;</c> with <c>Sha256</c> and <c>Roles</c>), so
/// neither the configuration nor a log line can leak a usable key. In Azure, function keys guard the edge
/// and Entra ID claims carry the same roles.
/// </summary>
public sealed class ApiKeyAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyTable keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var presented) || presented.Count != 1 || string.IsNullOrEmpty(presented[0]))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(presented[0]!), hash);
        if (keys.Find(hash, SchemeName) is { } identity)
        {
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
        }

        return Task.FromResult(AuthenticateResult.Fail("The API key is not valid."));
    }
}
