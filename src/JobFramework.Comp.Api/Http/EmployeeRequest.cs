using System.Text;
using System.Text.Json;
using JobFramework.Comp.Api.Hosting;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Releases;

namespace JobFramework.Comp.Api.Http;

/// <summary>
/// A decision request about one employee — <c>{"employee": {...}, "asOf": "YYYY-MM-DD", ...}</c> — read, with
/// the approved release in effect on its date. <typeparamref name="T"/> is whatever else the endpoint accepts
/// (eligibility's target).
/// </summary>
public sealed record EmployeeRequest<T>(CompiledRelease Release, DateOnly AsOf, Employee Employee, T Extra, string? IdempotencyKey);

/// <summary>
/// Reads an <see cref="EmployeeRequest{T}"/> for the decision endpoints, so they refuse the same mistakes the
/// same way: a bad <c>Idempotency-Key</c>, the body's own problems (size, type, encoding, syntax, repeated
/// properties), unknown properties, a bad date, a missing employee, no release in effect, and the employee's
/// fields (named <c>employee.…</c>).
/// </summary>
public static class EmployeeRequests
{
    public static async Task<(EmployeeRequest<T>? Request, IResult? Problem)> ReadAsync<T>(
        HttpRequest request, ReleaseSet releases, long maxBytes, TimeProvider time, string[] extraProperties, Func<JsonElement, List<InputError>, T> readExtra, CancellationToken cancellationToken)
    {
        var (idempotencyKey, document, problem) = await ReadBodyAsync(request, maxBytes, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return (null, problem);
        }

        using (document)
        {
            return FromBody(document!.RootElement, releases, time, idempotencyKey, extraProperties, readExtra);
        }
    }

    /// <summary>The request's <c>Idempotency-Key</c> and JSON body, or the problem with either: the first step of every decision request.</summary>
    public static async Task<(string? IdempotencyKey, JsonDocument? Document, IResult? Problem)> ReadBodyAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        var keyErrors = new List<InputError>();
        string? idempotencyKey = IdempotencyKeys.Read(request, keyErrors);
        if (keyErrors.Count > 0)
        {
            return (null, null, ApiProblems.Invalid(keyErrors));
        }

        var (document, problem) = await RequestBody.ReadJsonAsync(request, maxBytes, cancellationToken).ConfigureAwait(false);
        return (idempotencyKey, document, problem);
    }

    /// <summary>The same checks on a body already read (the workflow endpoint reads it first to see which kind of request it is).</summary>
    public static (EmployeeRequest<T>? Request, IResult? Problem) FromBody<T>(
        JsonElement body, ReleaseSet releases, TimeProvider time, string? idempotencyKey, string[] extraProperties, Func<JsonElement, List<InputError>, T> readExtra)
    {
        var errors = RequestBody.UnknownProperties(body, "", ["employee", "asOf", .. extraProperties]);
        if (errors.Count > 0)
        {
            return (null, ApiProblems.Invalid(errors));
        }

        var asOf = RequestBody.AsOf(body, "asOf", errors, time);
        var extra = readExtra(body, errors);
        if (!body.TryGetProperty("employee", out var employeeJson))
        {
            errors.Add(new InputError("employee", "is required: the employee snapshot to decide on"));
        }

        if (errors.Count > 0)
        {
            return (null, ApiProblems.Invalid(errors));
        }

        var release = releases.InEffectOn(asOf!.Value, out var reason);
        if (release is null)
        {
            return (null, ApiProblems.Invalid("asOf", reason!));
        }

        var read = EmployeeReader.Read(Encoding.UTF8.GetBytes(employeeJson.GetRawText()), release.Framework);
        return read.Succeeded
            ? (new EmployeeRequest<T>(release, asOf.Value, read.Value!, extra, idempotencyKey), null)
            : (null, ApiProblems.Invalid(read.Errors.Select(e => e with { Field = e.Field == "$" ? "employee" : "employee." + e.Field })));
    }
}
