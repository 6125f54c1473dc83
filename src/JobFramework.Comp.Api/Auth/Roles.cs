namespace JobFramework.Comp.Api.Auth;

/// <summary>The callers' roles; every endpoint names the ones it serves.</summary>
public static class Roles
{
    public const string ReviewTooling = "review-tooling";
    public const string Payroll = "payroll";
    public const string CompAdmin = "comp-admin";
    public const string Auditor = "auditor";

    public static readonly string[] All = [ReviewTooling, Payroll, CompAdmin, Auditor];
}
