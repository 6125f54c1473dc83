using Azure.Core;

namespace JobFramework.Comp.Audit.AzureTables;

/// <summary>
/// Pipeline options for <see cref="TableClient"/>: Azure.Core's retry policy (exponential backoff with
/// jitter on 408, 429, 500, 502, 503, 504, connection failures and timeouts) with settings fit for an
/// audit write path — a few quick retries and a per-attempt timeout well under a request's budget.
/// </summary>
public sealed class TableClientOptions : ClientOptions
{
    public TableClientOptions()
    {
        Retry.Mode = RetryMode.Exponential;
        Retry.MaxRetries = 4;
        Retry.Delay = TimeSpan.FromMilliseconds(200);
        Retry.MaxDelay = TimeSpan.FromSeconds(5);
        Retry.NetworkTimeout = TimeSpan.FromSeconds(20);
        Diagnostics.IsLoggingEnabled = false;
        Diagnostics.IsTelemetryEnabled = false;
        Diagnostics.IsDistributedTracingEnabled = false;
    }
}
