using JobFramework.Comp.Evaluation;

namespace JobFramework.Comp.Api.Auth;

/// <summary>The callers' roles (the engine's <see cref="CallerRoles"/>, which workflows name); every endpoint names the ones it serves.</summary>
public static class Roles
{
    public const string ReviewTooling = CallerRoles.ReviewTooling;
    public const string Payroll = CallerRoles.Payroll;
    public const string CompAdmin = CallerRoles.CompAdmin;
    public const string Auditor = CallerRoles.Auditor;

    public static readonly string[] All = CallerRoles.All;

    /// <summary>Whether the caller may see the rules' own text and diagnostics (comp admins and auditors).</summary>
    public static bool MayReadRules(System.Security.Claims.ClaimsPrincipal user) => user.IsInRole(CompAdmin) || user.IsInRole(Auditor);
}
