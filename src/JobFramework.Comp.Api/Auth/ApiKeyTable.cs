using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.Extensions.Primitives;

namespace JobFramework.Comp.Api.Auth;

/// <summary>
/// The configured API keys (<c>Comp:ApiKeys:&lt;name&gt;</c> with <c>Sha256</c> and <c>Roles</c>), read once
/// and again whenever configuration reloads — not walked on every request. Holds hashes only.
/// </summary>
public sealed class ApiKeyTable
{
    private volatile Entry[] _entries;

    public ApiKeyTable(IConfiguration configuration)
    {
        _entries = Read(configuration);
        ChangeToken.OnChange(configuration.GetReloadToken, () => _entries = Read(configuration));
    }

    /// <summary>The caller whose key hashes to <paramref name="hash"/>, compared in constant time; null when none does.</summary>
    public ClaimsIdentity? Find(ReadOnlySpan<byte> hash, string authenticationType)
    {
        foreach (var entry in _entries)
        {
            if (CryptographicOperations.FixedTimeEquals(hash, entry.Hash))
            {
                var claims = new List<Claim> { new(ClaimTypes.Name, entry.Name) };
                claims.AddRange(entry.Roles.Select(r => new Claim(ClaimTypes.Role, r)));
                return new ClaimsIdentity(claims, authenticationType);
            }
        }

        return null;
    }

    private static Entry[] Read(IConfiguration configuration) =>
        [.. configuration.GetSection("Comp:ApiKeys").GetChildren()
            .Where(key => key["Sha256"] is { Length: 64 } hex && hex.All(Uri.IsHexDigit))
            .Select(key => new Entry(key.Key, Convert.FromHexString(key["Sha256"]!), [.. key.GetSection("Roles").GetChildren().Select(r => r.Value ?? "")]))];

    private sealed record Entry(string Name, byte[] Hash, string[] Roles);
}
