using Azure.Core;
using Azure.Data.Tables;

namespace JobFramework.Comp.Audit.AzureTables;

/// <summary>
/// The SDK's client options as an audit write path wants them: Azure.Core's exponential retry (408, 429, 500, 502,
/// 503, 504, connection failures and timeouts) with a few quick attempts and a per-attempt timeout well under a
/// request's budget, and no logging or telemetry of request bodies (decisions carry personal data).
/// </summary>
public static class AuditTableOptions
{
    public static TableClientOptions Create()
    {
        var options = new TableClientOptions();
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.MaxRetries = 4;
        options.Retry.Delay = TimeSpan.FromMilliseconds(200);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(5);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(20);
        options.Diagnostics.IsLoggingEnabled = false;
        options.Diagnostics.IsTelemetryEnabled = false;
        options.Diagnostics.IsDistributedTracingEnabled = false;
        return options;
    }
}
