using System.CommandLine;
using JobFramework.Comp.Audit;
using JobFramework.Comp.Releases;

namespace JobFramework.Comp.Cli.Audit;

/// <summary>
/// What every batch command over a roster does around its pass: refuse to record with a draft, check the roster is
/// there, and — with <c>--audit</c> — open the log, hand the pass a recorder, close it, and say how to finish after
/// a log failure (run again: decisions already recorded are not recorded twice).
/// </summary>
internal static class AuditedBatch
{
    /// <param name="results">What the pass writes, for the failure message ("Placements", "Results").</param>
    public static int Run(
        CliConsole console, ParseResult result, Option<string?> audit, Option<string> table, CompiledRelease release, DateOnly asOf,
        string rosterPath, string results, Func<DecisionRecorder?, int> pass)
    {
        if (!release.Manifest.IsApproved && AuditStoreOptions.Requested(result, audit))
        {
            console.Error.WriteLine($"Release {release.Id} is a draft: drafts never make decisions, so nothing can be recorded. Preview it without --audit.");
            return ExitCodes.CannotRun;
        }

        if (!File.Exists(rosterPath))
        {
            console.Error.WriteLine($"Roster '{rosterPath}' does not exist.");
            return ExitCodes.CannotRun;
        }

        if (!AuditStoreOptions.Requested(result, audit))
        {
            return pass(null);
        }

        try
        {
            var log = AuditStoreOptions.Open(result.GetValue(audit), result.GetValue(table)!, mustExist: false);
            var recorder = new DecisionRecorder(log, release, asOf, "cli:" + Environment.UserName);
            try
            {
                return pass(recorder);
            }
            finally
            {
                recorder.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
        }
        catch (AuditStoreException e)
        {
            console.Error.WriteLine($"audit log failed: {e.Message}");
            console.Error.WriteLine($"{results} already written to the output were recorded; run the same command again to finish — decisions already recorded are not recorded twice.");
            return ExitCodes.CannotRun;
        }
    }
}
