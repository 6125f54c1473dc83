using System.Text;

namespace JobFramework.Comp.Api.Tests.BadInput;

/// <summary>
/// One careless or hostile request: where it goes, as whom, what it sends, and what the service must answer —
/// the status and the field (or text) the problem must name.
/// </summary>
public sealed record BadRequest(
    string Mistake,
    HttpMethod Method,
    string Path,
    string? Role,
    byte[]? Body,
    string? ContentType,
    int Status,
    string Named,
    IReadOnlyDictionary<string, string>? Headers = null)
{
    public override string ToString() => $"{Method} {Path}: {Mistake}";

    public HttpRequestMessage ToMessage(string? key)
    {
        var message = new HttpRequestMessage(Method, Path);
        if (Body is not null)
        {
            message.Content = new ByteArrayContent(Body);
            if (ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }
        }

        if (key is not null)
        {
            message.Headers.Add(Auth.ApiKeyAuthentication.Header, key);
        }

        foreach (var (name, value) in Headers ?? new Dictionary<string, string>())
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        return message;
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
