namespace JobFramework.Comp.Api.People;

/// <summary>The pages' roles beyond being a person in the roster (a manager is whoever has reports in the latest snapshot).</summary>
public static class PageRoles
{
    public const string HrPartner = "hr-partner";
    public const string CompAdmin = Auth.Roles.CompAdmin;

    public static readonly string[] All = [HrPartner, CompAdmin];
}
