namespace JobFramework.Comp.Api.Auth;

/// <summary>The callers' roles; every endpoint names the ones it serves.</summary>
public static class Roles
{
    public const string ReviewTooling = "review-tooling";
    public const string Payroll = "payroll";
    public const string CompAdmin = "comp-admin";
    public const string Auditor = "auditor";

    public static readonly string[] All = [ReviewTooling, Payroll, CompAdmin, Auditor];

    /// <summary>Whether the caller may see the rules' own text and diagnostics (comp admins and auditors).</summary>
    public static bool MayReadRules(System.Security.Claims.ClaimsPrincipal user) => user.IsInRole(CompAdmin) || user.IsInRole(Auditor);
}
