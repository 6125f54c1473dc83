using Microsoft.AspNetCore.Diagnostics;

namespace JobFramework.Comp.Api.Http;

/// <summary>
/// Turns the framework's own refusals of a request (a body over the server's limit, a query value that does
/// not bind) into problem+json with their status — in every environment, so a client mistake is never a 500
/// page in Development or a bare 400 in Production. Every other exception is a bug and stays a 500.
/// </summary>
public sealed class BadRequestHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad || httpContext.Response.HasStarted)
        {
            return false;
        }

        httpContext.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = bad.StatusCode, Title = "The request could not be read.", Detail = bad.Message },
        }).ConfigureAwait(false);
    }
}
