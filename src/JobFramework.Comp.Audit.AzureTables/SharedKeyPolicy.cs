using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;

namespace JobFramework.Comp.Audit.AzureTables;

/// <summary>
/// Signs each attempt of a request with the Table service's SharedKey scheme: HMAC-SHA256 (with the account
/// key) of VERB, Content-MD5, Content-Type, the date and the canonicalized resource (account + path, plus
/// <c>?comp=</c> when present). Runs per retry, because the date is part of the signature.
/// </summary>
internal sealed class SharedKeyPolicy(string accountName, byte[] accountKey) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message)
    {
        var request = message.Request;
        string date = DateTimeOffset.UtcNow.ToString("r", CultureInfo.InvariantCulture);
        request.Headers.SetValue("x-ms-date", date);
        request.Headers.TryGetValue("Content-Type", out var contentType);
        request.Headers.TryGetValue("Content-MD5", out var contentMd5);
        var uri = request.Uri.ToUri();
        string resource = "/" + accountName + uri.AbsolutePath;
        string? comp = Comp(uri.Query);
        if (comp is not null)
        {
            resource += "?comp=" + comp;
        }

        string toSign = string.Join('\n', request.Method.Method, contentMd5 ?? "", contentType ?? "", date, resource);
        string signature = Convert.ToBase64String(HMACSHA256.HashData(accountKey, Encoding.UTF8.GetBytes(toSign)));
        request.Headers.SetValue("Authorization", $"SharedKey {accountName}:{signature}");
    }

    private static string? Comp(string query)
    {
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            if (pair.StartsWith("comp=", StringComparison.OrdinalIgnoreCase))
            {
                return Uri.UnescapeDataString(pair[5..]);
            }
        }

        return null;
    }
}
