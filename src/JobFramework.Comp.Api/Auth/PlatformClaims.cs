using System.Text;
using System.Text.Json;

namespace JobFramework.Comp.Api.Auth;

/// <summary>
/// The claims App Service authentication passes in <c>X-MS-CLIENT-PRINCIPAL</c> (base64 JSON: <c>name_typ</c>,
/// <c>role_typ</c> and <c>claims</c> of <c>typ</c>/<c>val</c>), read once for both the API's and the pages' schemes.
/// </summary>
public sealed record PlatformClaims(string NameType, string RoleType, IReadOnlyList<(string Type, string Value)> Claims)
{
    /// <summary>The caller's name: the first claim of the name type, or null.</summary>
    public string? Name => Claims.FirstOrDefault(c => c.Type == NameType).Value is { Length: > 0 } name ? name : null;

    /// <summary>The value of the first claim of <paramref name="type"/> (case ignored), or null.</summary>
    public string? Find(string type) => Claims.FirstOrDefault(c => string.Equals(c.Type, type, StringComparison.OrdinalIgnoreCase)).Value;

    /// <summary>The app roles the caller holds among <paramref name="known"/> (the role type, or plain <c>roles</c>).</summary>
    public IEnumerable<string> RolesAmong(IReadOnlyCollection<string> known) =>
        Claims.Where(c => (c.Type == RoleType || c.Type == "roles") && known.Contains(c.Value, StringComparer.Ordinal)).Select(c => c.Value);

    /// <summary>The claims in the header; null when the header is not what the platform sends.</summary>
    public static PlatformClaims? Read(string header)
    {
        try
        {
            using var json = JsonDocument.Parse(Convert.FromBase64String(header));
            var root = json.RootElement;
            string roleType = root.TryGetProperty("role_typ", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString()! : "roles";
            string nameType = root.TryGetProperty("name_typ", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : "name";
            var claims = root.GetProperty("claims").EnumerateArray().Select(c => (Type: c.GetProperty("typ").GetString() ?? "", Value: c.GetProperty("val").GetString() ?? "")).ToList();
            return new PlatformClaims(nameType, roleType, claims);
        }
        catch (Exception e) when (e is FormatException or JsonException or KeyNotFoundException or InvalidOperationException or DecoderFallbackException)
        {
            return null;
        }
    }
}
