using System.Globalization;
using JobFramework.Comp.Api.Hosting;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Releases;

namespace JobFramework.Comp.Api.Http;

/// <summary>
/// Checks on a GET endpoint's query string: unknown or repeated parameters, whole numbers, the as-of date
/// and the release in effect on it — each mistake an <see cref="InputError"/> naming the parameter.
/// </summary>
public static class QueryParameters
{
    public static List<InputError> Unknown(HttpRequest request, params string[] known)
    {
        var errors = new List<InputError>();
        foreach (var (name, values) in request.Query)
        {
            if (!known.Contains(name, StringComparer.Ordinal))
            {
                errors.Add(new InputError(name, known.Length == 0 ? "is not a parameter here; this endpoint takes none" : $"is not a parameter here; use {string.Join(", ", known)}"));
            }
            else if (values.Count > 1)
            {
                errors.Add(new InputError(name, "is given more than once"));
            }
        }

        return errors;
    }

    /// <summary>The parameter's text, or null when it is absent or empty.</summary>
    public static string? Value(string? text) => string.IsNullOrEmpty(text) ? null : text;

    public static int? Number(string name, string? text, List<InputError> errors)
    {
        if (Value(text) is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value <= 99)
        {
            return value;
        }

        errors.Add(new InputError(name, "must be a whole number from 1 to 99"));
        return null;
    }

    /// <summary>The release in effect on <paramref name="asOf"/> (default today, UTC), or null with the reason added to the errors.</summary>
    public static CompiledRelease? Release(string? asOf, ReleaseSet releases, TimeProvider time, List<InputError> errors) =>
        Release(asOf, releases, time, errors, out _);

    /// <summary>The same, with the date it was looked up for (for an evaluator that reads dated constants).</summary>
    public static CompiledRelease? Release(string? asOf, ReleaseSet releases, TimeProvider time, List<InputError> errors, out DateOnly date)
    {
        date = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (Value(asOf) is not null && !DateOnly.TryParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            errors.Add(new InputError("asOf", "must be a date in the form YYYY-MM-DD"));
            return null;
        }

        var release = releases.InEffectOn(date, out var reason);
        if (release is null)
        {
            errors.Add(new InputError("asOf", reason!));
        }

        return release;
    }
}
