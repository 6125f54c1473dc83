using JobFramework.Comp.Evaluation;

namespace JobFramework.Comp.Api.Http;

/// <summary>
/// The <c>Idempotency-Key</c> header of a single-decision request: optional, one value, 1–200 visible ASCII
/// characters (the form the IETF draft and common APIs use: a UUID or similar) — checked before anything
/// is evaluated, since the audit log stores and indexes it.
/// </summary>
public static class IdempotencyKeys
{
    public const string Header = "Idempotency-Key";
    public const int MaxLength = 200;

    /// <summary>The key (null when absent), or an error naming the header.</summary>
    public static string? Read(HttpRequest request, List<InputError> errors)
    {
        if (!request.Headers.TryGetValue(Header, out var values))
        {
            return null;
        }

        if (values.Count != 1)
        {
            errors.Add(new InputError(Header, "is given more than once; send one key per request"));
            return null;
        }

        string key = values[0] ?? "";
        if (key.Length is 0 or > MaxLength || key.Any(c => c is < '!' or > '~'))
        {
            errors.Add(new InputError(Header, $"must be 1 to {MaxLength} visible ASCII characters (a UUID, say)"));
            return null;
        }

        return key;
    }
}
