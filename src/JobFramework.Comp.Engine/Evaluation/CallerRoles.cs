namespace JobFramework.Comp.Evaluation;

/// <summary>
/// The roles callers of the service hold. A workflow names the ones allowed to evaluate it over HTTP
/// (<c>AllowedRoles</c>), so the names are part of the rule language and checked at load.
/// </summary>
public static class CallerRoles
{
    public const string ReviewTooling = "review-tooling";
    public const string Payroll = "payroll";
    public const string CompAdmin = "comp-admin";
    public const string Auditor = "auditor";

    public static readonly string[] All = [ReviewTooling, Payroll, CompAdmin, Auditor];
}
