namespace JobFramework.Comp.Api.Hosting;

/// <summary>The service's settings (section <c>Comp</c>): where the rules and the audit log are, and request limits.</summary>
public sealed class ServiceSettings
{
    public const string Section = "Comp";

    /// <summary>Rules folder holding releases/&lt;id&gt;/.</summary>
    public string Rules { get; set; } = "rules";

    /// <summary>A SQLite file path or an Azure Storage connection string.</summary>
    public string AuditStore { get; set; } = "audit.db";

    public string AuditTable { get; set; } = "decisions";

    /// <summary>Largest single-decision request body.</summary>
    public long MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>Largest placements batch body (streamed, so memory does not grow with it).</summary>
    public long MaxBatchBytes { get; set; } = 512L * 1024 * 1024;
}
