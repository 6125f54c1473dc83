using Microsoft.AspNetCore.Authorization;

namespace JobFramework.Comp.Api.Auth;

/// <summary>Endpoint metadata: which roles may call it (any one of them).</summary>
public static class RoleRequirements
{
    public static RouteHandlerBuilder RequireRoles(this RouteHandlerBuilder endpoint, params string[] roles) =>
        endpoint.RequireAuthorization(new AuthorizeAttribute { Roles = string.Join(',', roles) });
}
