using JobFramework.Comp.Audit;

namespace JobFramework.Comp.Audit.AzureTables;

/// <summary>
/// Where the Table service is and how to sign for it, from an Azure Storage connection string:
/// <c>UseDevelopmentStorage=true</c> (Azurite on 127.0.0.1:10002), an account name and key (SharedKey), or
/// a <c>TableEndpoint</c> without a key (Microsoft Entra ID through Azure.Identity — managed identity in
/// Azure, the developer's login locally). Errors say which setting is wrong and where to get it; the key is
/// never echoed.
/// </summary>
public sealed record TableConnection(Uri Endpoint, string AccountName, byte[]? AccountKey)
{
    /// <summary>Azurite's well-known development account (public, documented; not a secret).</summary>
    public const string DevelopmentAccount = "devstoreaccount1";

    public const string DevelopmentKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly string[] Settings =
        ["UseDevelopmentStorage", "DevelopmentStorageProxyUri", "DefaultEndpointsProtocol", "AccountName", "AccountKey", "EndpointSuffix", "TableEndpoint", "BlobEndpoint", "QueueEndpoint", "FileEndpoint"];

    public bool UsesSharedKey => AccountKey is not null;

    /// <summary>Whether a <c>--audit</c> value is a connection string (Name=Value settings) rather than a SQLite file path.</summary>
    public static bool LooksLikeConnectionString(string value) =>
        value.Contains('=', StringComparison.Ordinal) && !File.Exists(value);

    public static TableConnection Parse(string connectionString)
    {
        var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            int equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw Bad($"'{Redact(part)}' is not a Name=Value setting");
            }

            string name = part[..equals].Trim();
            if (!Settings.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                string? suggestion = Diagnostics.Spelling.Suggest(name, Settings);
                throw Bad($"unknown setting '{name}'" + (suggestion is null ? "" : $" (did you mean {suggestion}?)"));
            }

            settings[name] = part[(equals + 1)..].Trim();
        }

        if (settings.TryGetValue("UseDevelopmentStorage", out var development) && development.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            return new TableConnection(new Uri("http://127.0.0.1:10002/" + DevelopmentAccount), DevelopmentAccount, Convert.FromBase64String(DevelopmentKey));
        }

        settings.TryGetValue("AccountName", out var account);
        Uri endpoint;
        if (settings.TryGetValue("TableEndpoint", out var tableEndpoint))
        {
            if (!Uri.TryCreate(tableEndpoint, UriKind.Absolute, out endpoint!) || (endpoint.Scheme != Uri.UriSchemeHttps && endpoint.Scheme != Uri.UriSchemeHttp))
            {
                throw Bad($"TableEndpoint '{tableEndpoint}' is not an http(s) URL such as https://<account>.table.core.windows.net");
            }

            account ??= AccountFromEndpoint(endpoint);
        }
        else
        {
            if (string.IsNullOrEmpty(account))
            {
                throw Bad("it names no AccountName and no TableEndpoint; copy the connection string from the portal (Storage account → Access keys) or use UseDevelopmentStorage=true for Azurite");
            }

            string protocol = settings.GetValueOrDefault("DefaultEndpointsProtocol", "https");
            string suffix = settings.GetValueOrDefault("EndpointSuffix", "core.windows.net");
            endpoint = new Uri($"{protocol}://{account}.table.{suffix}");
        }

        if (string.IsNullOrEmpty(account))
        {
            throw Bad($"cannot tell the account name from TableEndpoint '{endpoint}'; add AccountName=<name>");
        }

        byte[]? key = null;
        if (settings.TryGetValue("AccountKey", out var keyText))
        {
            try
            {
                key = Convert.FromBase64String(keyText);
            }
            catch (FormatException)
            {
                throw Bad("AccountKey is not base64; copy it again from the portal (Storage account → Access keys → key1)");
            }
        }

        return new TableConnection(endpoint, account, key);
    }

    /// <summary>The account of an endpoint: the host's first label in Azure, the first path segment for Azurite and other path-style hosts.</summary>
    private static string? AccountFromEndpoint(Uri endpoint)
    {
        string path = endpoint.AbsolutePath.Trim('/');
        if (path.Length > 0)
        {
            return path.Split('/')[0];
        }

        int dot = endpoint.Host.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 && !char.IsDigit(endpoint.Host[0]) ? endpoint.Host[..dot] : null;
    }

    private static string Redact(string part) =>
        part.StartsWith("AccountKey", StringComparison.OrdinalIgnoreCase) ? "AccountKey=…" : part;

    private static AuditStoreException Bad(string problem) =>
        new($"the Table Storage connection string is not usable: {problem}");
}
