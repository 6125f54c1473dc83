namespace JobFramework.Comp.Api.Http;

/// <summary>
/// Every endpoint declares the query parameters it reads; anything else (a <c>?dryRun=true</c> the service
/// does not have, an <c>asOf</c> in the URL where the body carries the date) or a repeated parameter is a 400
/// naming it, before the handler runs — a caller must never believe a parameter took effect when it was ignored.
/// </summary>
public static class QueryContract
{
    public static RouteHandlerBuilder AcceptsQuery(this RouteHandlerBuilder endpoint, params string[] names) =>
        endpoint.WithMetadata(new AcceptedQuery(names)).AddEndpointFilter(async (context, next) =>
        {
            var errors = QueryParameters.Unknown(context.HttpContext.Request, names);
            return errors.Count > 0 ? ApiProblems.Invalid(errors) : await next(context).ConfigureAwait(false);
        });
}

/// <summary>Endpoint metadata: the query parameters an endpoint reads (empty: none).</summary>
public sealed record AcceptedQuery(IReadOnlyList<string> Names);
