using JobFramework.Comp.Api.Hosting;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace JobFramework.Comp.Functions;

/// <summary>
/// Daily at 00:05 UTC: names the release in effect today and says when a new one took effect; fails (so the platform
/// records a failed run and alerts) when no release is in effect.
/// </summary>
public sealed partial class ReleaseActivationFunction(ReleaseSet releases, TimeProvider time, ILogger<ReleaseActivationFunction> log)
{
    [Function(ReleaseActivation.FunctionName)]
    public ReleaseActivation.Outcome Run([TimerTrigger(ReleaseActivation.Schedule)] TimerInfo timer)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var outcome = ReleaseActivation.Check(releases, today);
        foreach (string line in outcome.Logs)
        {
            Logged(log, line);
        }

        return outcome.InEffect ? outcome : throw new InvalidOperationException(outcome.Logs[0]);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Line}")]
    private static partial void Logged(ILogger logger, string line);
}
