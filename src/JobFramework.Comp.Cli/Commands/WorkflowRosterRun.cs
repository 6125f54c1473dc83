using System.CommandLine;
using System.Globalization;
using System.Text;
using JobFramework.Comp.Cli.Audit;
using JobFramework.Comp.Cli.Roster;
using JobFramework.Comp.People.Roster;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Releases;

namespace JobFramework.Comp.Cli.Commands;

/// <summary>
/// <c>comp evaluate &lt;workflow&gt; --roster</c>: streams a roster through a named workflow. Bad rows go to the errors
/// file with their line and reason while the rest are evaluated; with <c>--audit</c> a result is written only after
/// its decision is recorded, and running the same command again records only what is missing.
/// </summary>
internal static class WorkflowRosterRun
{
    public static int Start(
        CliConsole console, ParseResult result, CompiledRelease release, DateOnly asOf, WorkflowDefinition workflow, Model.AttributeValues inputs,
        string rosterPath, string outPath, string? errorsPath, Option<string?> audit, Option<string> table) =>
        AuditedBatch.Run(console, result, audit, table, release, asOf, rosterPath, "Results",
            recorder => Run(console, release, asOf, workflow, inputs, rosterPath, outPath, errorsPath ?? outPath + ".errors.csv", recorder));

    /// <summary>Evaluates every row of the roster; the benchmark calls it directly to time it beside its anchor.</summary>
    internal static int Run(
        CliConsole console, CompiledRelease release, DateOnly asOf, WorkflowDefinition workflow, Model.AttributeValues inputs,
        string rosterPath, string outPath, string errorsPath, DecisionRecorder? recorder)
    {
        foreach (var file in new[] { outPath, errorsPath })
        {
            if (Path.GetDirectoryName(Path.GetFullPath(file)) is { } folder)
            {
                Directory.CreateDirectory(folder);
            }
        }

        long evaluated = 0, passed = 0, rejected = 0;
        bool headerOk = true;
        using (var input = new FileStream(rosterPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16))
        using (var text = new StreamReader(input, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, 1 << 16))
        using (var results = new WorkflowCsvWriter(new StreamWriter(outPath, false, new UTF8Encoding(false), 1 << 16), workflow, release.Id))
        using (var errors = new RejectedRowsWriter(new StreamWriter(errorsPath, false, new UTF8Encoding(false))))
        {
            var rows = ReadAhead.Of(RosterReader.Read(rosterPath, text, release.Framework, problem =>
                {
                    headerOk = false;
                    console.Error.WriteLine($"{rosterPath}:1: {problem}");
                }));
            var evaluator = new Evaluator(release) { AsOf = asOf };
            var sink = new RecordedOutput<(Employee Employee, WorkflowDecision Decision)>(r => results.Write(r.Employee, r.Decision), static (log, r) => log.Workflow(r.Employee, r.Decision), recorder);

            // With nothing recorded the table needs only each verdict, so the explanations are not built; a recorded
            // decision is explained in full, and written only once the log has it.
            Func<Employee, (IReadOnlyList<InputError> Problems, bool Passed)> evaluate = recorder is null
                ? employee =>
                {
                    var verdict = evaluator.EvaluateVerdict(workflow.Name, employee, inputs);
                    if (verdict.Value is { } value)
                    {
                        results.Write(employee, value);
                    }

                    return (verdict.Errors, verdict.Value?.Passed == true);
                }
                : employee =>
                {
                    var decision = evaluator.Evaluate(workflow.Name, employee, inputs);
                    if (decision.Value is not { } value)
                    {
                        return (decision.Errors, false);
                    }

                    return sink.TryWrite((employee, value), out var tooLarge) ? ([], value.Passed) : ([tooLarge!], false);
                };

            void EvaluateAll(Action? onRow)
            {
                foreach (var row in rows)
                {
                    var (problems, met) = row.Employee is null ? (row.Errors, false) : evaluate(row.Employee);
                    if (problems.Count == 0)
                    {
                        evaluated++;
                        passed += met ? 1 : 0;
                    }
                    else
                    {
                        rejected++;
                        foreach (var problem in problems)
                        {
                            errors.Write(row.Line, row.Id, problem);
                        }
                    }

                    onRow?.Invoke();
                }

                sink.Flush();
            }

            RosterProgress.Run(console, input, $"Evaluating {workflow.Name}", EvaluateAll, () => evaluated + rejected);
        }

        if (!headerOk)
        {
            return ExitCodes.CannotRun;
        }

        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"evaluated {workflow.Name} for {evaluated} employee(s) with release {release.Id}: {passed} met every rule, {evaluated - passed} did not; {rejected} row(s) rejected"));
        console.Out.WriteLine($"results: {outPath}");
        if (rejected > 0)
        {
            console.Out.WriteLine($"rejected rows: {errorsPath}");
        }

        if (recorder is not null)
        {
            console.Out.WriteLine(recorder.Summary());
        }

        return rejected > 0 ? ExitCodes.Problems : ExitCodes.Ok;
    }
}
