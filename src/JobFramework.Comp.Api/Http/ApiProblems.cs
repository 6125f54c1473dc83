using JobFramework.Comp.Evaluation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace JobFramework.Comp.Api.Http;

/// <summary>RFC 9457 problem details for the service's client errors, with the field path of each problem.</summary>
public static class ApiProblems
{
    public static ProblemHttpResult Invalid(IEnumerable<InputError> errors) => TypedResults.Problem(
        title: "The request is not valid.",
        detail: string.Join("; ", errors.Select(e => e.ToString())),
        statusCode: StatusCodes.Status400BadRequest,
        extensions: new Dictionary<string, object?>
        {
            ["errors"] = errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
        });

    public static ProblemHttpResult Invalid(string field, string message) => Invalid([new InputError(field, message)]);

    public static ProblemHttpResult Status(int status, string title, string detail) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: status);

    public static ProblemHttpResult AuditUnavailable(string detail) =>
        Status(StatusCodes.Status503ServiceUnavailable, "The audit log is unavailable; no decision was made.", detail);

    public static ProblemHttpResult NotFound(string detail) => Status(StatusCodes.Status404NotFound, "Not found.", detail);
}
