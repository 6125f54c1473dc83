using System.CommandLine;
using JobFramework.Comp.Audit;
using JobFramework.Comp.Cli.Audit;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Releases;

namespace JobFramework.Comp.Cli.Commands;

/// <summary>
/// The steps <c>comp eligibility</c> and <c>comp mobility</c> share: pick the release, refuse to record with a
/// draft, read the employee file, report its errors, and record the decision before anything is printed.
/// </summary>
internal static class EmployeeDecisionSteps
{
    /// <summary>The release, as-of date and employee file a decision about one employee is made with.</summary>
    public sealed record Input(CompiledRelease Release, DateOnly AsOf, string File, EvaluationResult<Employee> Employee);

    /// <summary>The input, or null with the reason written and <paramref name="exitCode"/> set.</summary>
    public static Input? Load(CliConsole console, ParseResult result, Option<string> rules, Option<string?> asOf, Option<string?> releaseId, Option<string?> audit, Option<string> employee, out int exitCode) =>
        Load(console, result, rules, asOf, releaseId, audit, result.GetValue(employee)!, out exitCode);

    /// <summary>The input for the employee file <paramref name="file"/>, or null with the reason written and <paramref name="exitCode"/> set.</summary>
    public static Input? Load(CliConsole console, ParseResult result, Option<string> rules, Option<string?> asOf, Option<string?> releaseId, Option<string?> audit, string file, out int exitCode)
    {
        exitCode = ExitCodes.CannotRun;
        var release = CommonOptions.SelectRelease(console, result.GetValue(rules)!, result.GetValue(asOf), result.GetValue(releaseId), TimeProvider.System, out var asOfDate);
        return release is null ? null : ForRelease(console, result, release, asOfDate, audit, file, out exitCode);
    }

    /// <summary>The input for an employee file under a release already selected, or null with the reason written.</summary>
    public static Input? ForRelease(CliConsole console, ParseResult result, CompiledRelease release, DateOnly asOfDate, Option<string?> audit, string file, out int exitCode)
    {
        exitCode = ExitCodes.CannotRun;
        if (RefusesDraftRecording(console, result, release, audit))
        {
            return null;
        }

        if (!File.Exists(file))
        {
            console.Error.WriteLine($"Employee file '{file}' does not exist.");
            return null;
        }

        exitCode = ExitCodes.Ok;
        return new Input(release, asOfDate, file, EmployeeReader.Read(File.ReadAllBytes(file), release.Framework));
    }

    /// <summary>True (the reason written) when <c>--audit</c> asks to record a decision of a draft: drafts never make decisions.</summary>
    public static bool RefusesDraftRecording(CliConsole console, ParseResult result, CompiledRelease release, Option<string?> audit)
    {
        if (release.Manifest.IsApproved || !AuditStoreOptions.Requested(result, audit))
        {
            return false;
        }

        console.Error.WriteLine($"Release {release.Id} is a draft: drafts never make decisions, so nothing can be recorded. Preview it without --audit.");
        return true;
    }

    /// <summary>Writes each input error against the employee file; the exit code for invalid input.</summary>
    public static int Refuse(CliConsole console, string file, IEnumerable<InputError> errors)
    {
        foreach (var error in errors)
        {
            console.Error.WriteLine($"{file}: {error}");
        }

        return ExitCodes.Problems;
    }

    /// <summary>
    /// Records the decision when <c>--audit</c> asks for it (its id, or null when not asked). False when the log
    /// cannot take it: then no decision may be given, and the reason is written.
    /// </summary>
    public static bool TryRecord(CliConsole console, ParseResult result, Option<string?> audit, Option<string> table, Input input, Func<DecisionRecorder, DecisionDraft> draft, out string? decisionId) =>
        TryRecord(console, result, audit, table, input.Release, input.AsOf, draft, out decisionId);

    /// <summary>As above, for a decision made with <paramref name="release"/> as of <paramref name="asOf"/> about no employee file (a RulesEngine workflow's subject).</summary>
    public static bool TryRecord(CliConsole console, ParseResult result, Option<string?> audit, Option<string> table, CompiledRelease release, DateOnly asOf, Func<DecisionRecorder, DecisionDraft> draft, out string? decisionId)
    {
        decisionId = null;
        if (!AuditStoreOptions.Requested(result, audit))
        {
            return true;
        }

        try
        {
            var recorder = new DecisionRecorder(AuditStoreOptions.Open(result.GetValue(audit), result.GetValue(table)!, mustExist: false), release, asOf, "cli:" + Environment.UserName);
            try
            {
                decisionId = recorder.RecordAsync([draft(recorder)]).GetAwaiter().GetResult()[0].Record.DecisionId;
                return true;
            }
            finally
            {
                recorder.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
        }
        catch (AuditStoreException e)
        {
            // No decision without its record: say why and print nothing else.
            console.Error.WriteLine($"audit log failed, no decision given: {e.Message}");
            return false;
        }
    }
}
