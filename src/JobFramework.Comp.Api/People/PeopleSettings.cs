namespace JobFramework.Comp.Api.People;

/// <summary>
/// The web pages' people settings (section <c>Comp:People</c>): where roster snapshots are kept, a snapshot to
/// import at start when the store has none (the sample data locally), and the development sign-in.
/// </summary>
public sealed class PeopleSettings
{
    public const string Section = "Comp:People";

    /// <summary>The snapshot store: a SQLite file path, or an Azure Storage connection string (Table Storage).</summary>
    public string Store { get; set; } = "people.db";

    /// <summary>The table snapshots are kept in, when <see cref="Store"/> is Table Storage.</summary>
    public string Table { get; set; } = "people";

    /// <summary>A snapshot file imported at start when the store holds none (null: start empty).</summary>
    public string? SeedSnapshot { get; set; }

    /// <summary>
    /// The date the pages evaluate on (YYYY-MM-DD): the release in effect then, and the date a seed snapshot
    /// describes. Empty means today (UTC); a comp team sets it to preview the pages under next cycle's release.
    /// </summary>
    public DateOnly? AsOf { get; set; }

    /// <summary>Offer the development sign-in page with <see cref="Identities"/>; honoured only in the Development environment.</summary>
    public bool DevelopmentSignIn { get; set; }

    /// <summary>The development identities, one per kind of user.</summary>
    public List<PageIdentity> Identities { get; set; } = [];

    /// <summary>Behind App Service authentication: the Entra ID claim that names the roster person.</summary>
    public string PersonClaim { get; set; } = "employeeid";

    /// <summary>Behind App Service authentication: each HR partner's scope, by their name in the principal.</summary>
    public Dictionary<string, HrScopeSettings> HrScopes { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

/// <summary>The families and regions an HR partner looks after (empty: all).</summary>
public sealed class HrScopeSettings
{
    public List<string> Families { get; set; } = [];

    public List<string> Regions { get; set; } = [];
}

/// <summary>
/// Someone who can sign in to the pages in development: a name, the roster person they are (none for a comp
/// admin outside the roster), their page roles (hr-partner, comp-admin) and, for an HR partner, the families
/// and regions they look after.
/// </summary>
public sealed class PageIdentity
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Person { get; set; }

    public string Description { get; set; } = "";

    public List<string> Roles { get; set; } = [];

    public List<string> HrFamilies { get; set; } = [];

    public List<string> HrRegions { get; set; } = [];
}
