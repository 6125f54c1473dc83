using System.CommandLine;
using System.Globalization;
using System.Text;
using JobFramework.Comp.Audit;
using JobFramework.Comp.Cli.Audit;
using JobFramework.Comp.Cli.Roster;
using JobFramework.Comp.People.Roster;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Releases;

namespace JobFramework.Comp.Cli.Commands;

/// <summary>
/// <c>comp place --roster r.csv --out p.csv</c>: streams a roster through band placement. Bad rows go to
/// the errors file with their line and reason while the rest are placed; exit 1 says some rows failed.
/// <c>comp place --employee e.json</c> places one employee and says where they stand.
/// </summary>
internal static class PlaceCommand
{
    public static Command Create(CliConsole console)
    {
        var roster = new Option<string?>("--roster") { Description = "Roster file: CSV with a header, or JSON Lines (.jsonl)." };
        var output = new Option<string?>("--out") { Description = "With --roster: the placements CSV to write." };
        var employee = new Option<string?>("--employee") { Description = "JSON file with one employee snapshot, to place on its own." };
        var json = new Option<bool>("--json") { Description = "With --employee: print the placement as JSON." };
        var errors = new Option<string?>("--errors") { Description = "Rejected rows CSV (default: <out>.errors.csv)." };
        var rules = CommonOptions.Rules();
        var asOf = CommonOptions.AsOf();
        var releaseId = CommonOptions.Release();
        var audit = AuditStoreOptions.Audit();
        var table = AuditStoreOptions.Table();
        var command = new Command("place", "Place every employee of a roster in their pay band (compa-ratio, range penetration, position, amount to minimum).")
        {
            roster, output, errors, employee, json, rules, asOf, releaseId, audit, table,
        };
        command.SetAction(result =>
        {
            if ((result.GetValue(employee) is null) == (result.GetValue(roster) is null) || (result.GetValue(roster) is not null && result.GetValue(output) is null))
            {
                console.Error.WriteLine("Give either --roster r.csv with --out placements.csv, or --employee e.json.");
                return ExitCodes.CannotRun;
            }

            if (result.GetValue(employee) is { } employeeFile)
            {
                return PlaceOne(console, result, rules, asOf, releaseId, audit, table, employeeFile, result.GetValue(json));
            }

            var release = CommonOptions.SelectRelease(console, result.GetValue(rules)!, result.GetValue(asOf), result.GetValue(releaseId), TimeProvider.System, out var asOfDate);
            if (release is null)
            {
                return ExitCodes.CannotRun;
            }

            string outPath = result.GetValue(output)!;
            string errorsPath = result.GetValue(errors) ?? outPath + ".errors.csv";
            return AuditedBatch.Run(console, result, audit, table, release, asOfDate, result.GetValue(roster)!, "Placements",
                recorder => Run(console, release, result.GetValue(roster)!, outPath, errorsPath, recorder));
        });
        return command;
    }

    private static int PlaceOne(CliConsole console, ParseResult result, Option<string> rules, Option<string?> asOf, Option<string?> releaseId, Option<string?> audit, Option<string> table, string file, bool json)
    {
        var input = EmployeeDecisionSteps.Load(console, result, rules, asOf, releaseId, audit, file, out int exitCode);
        if (input is null)
        {
            return exitCode;
        }

        var placed = input.Employee.Succeeded ? new Evaluator(input.Release) { AsOf = input.AsOf }.Place(input.Employee.Value!) : EvaluationResult<Placement>.Fail(input.Employee.Errors);
        if (!placed.Succeeded)
        {
            return EmployeeDecisionSteps.Refuse(console, input.File, placed.Errors);
        }

        var person = input.Employee.Value!;
        if (!EmployeeDecisionSteps.TryRecord(console, result, audit, table, input, r => r.Placement(person, placed.Value), out string? decisionId))
        {
            return ExitCodes.CannotRun;
        }

        if (json)
        {
            using var document = System.Text.Json.JsonDocument.Parse(DecisionPayloads.Output(placed.Value));
            console.Out.WriteLine(System.Text.Json.JsonSerializer.Serialize(
                new { decisionId, release = new { id = input.Release.Id, contentHash = input.Release.ContentHash }, employeeId = person.Id, placement = document.RootElement },
                DecisionJson.Options));
            return ExitCodes.Ok;
        }

        var placement = placed.Value;
        console.Out.WriteLine($"Employee {person.Id}: {person.Family} / {person.Track} level {person.Level} in {person.Region}   release {input.Release.Id}");
        console.Out.WriteLine("Band: " + BandText.Describe(placement.Band));
        var facts = new List<string> { $"salary {placement.Salary.ToDisplayString()}", $"{placement.Position.ToString().ToLowerInvariant()} band" };
        if (placement.CompaRatio is { } compa)
        {
            facts.Add(string.Create(CultureInfo.InvariantCulture, $"compa-ratio {compa}"));
        }

        if (placement.RangePenetration is { } penetration)
        {
            facts.Add(string.Create(CultureInfo.InvariantCulture, $"range penetration {penetration}"));
        }

        if (placement.Position == BandPosition.Below)
        {
            facts.Add($"{placement.AmountToMinimum.ToDisplayString()} to the minimum");
        }

        console.Out.WriteLine(string.Join(", ", facts));
        if (decisionId is not null)
        {
            console.Out.WriteLine($"decision {decisionId} recorded");
        }

        return ExitCodes.Ok;
    }

    /// <summary>Places the roster; with a <paramref name="recorder"/>, a placement is written only after its decision is recorded.</summary>
    internal static int Run(CliConsole console, CompiledRelease release, string rosterPath, string outPath, string errorsPath, DecisionRecorder? recorder)
    {
        foreach (var file in new[] { outPath, errorsPath })
        {
            string? folder = Path.GetDirectoryName(Path.GetFullPath(file));
            if (folder is not null)
            {
                Directory.CreateDirectory(folder);
            }
        }

        var summary = new PlacementSummary();
        bool headerOk = true;
        using (var input = new FileStream(rosterPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16))
        using (var text = new StreamReader(input, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, 1 << 16))
        using (var placements = new PlacementCsvWriter(new StreamWriter(outPath, false, new UTF8Encoding(false), 1 << 16), release.Id))
        using (var rejected = new RejectedRowsWriter(new StreamWriter(errorsPath, false, new UTF8Encoding(false))))
        {
            var rows = ReadAhead.Of(RosterReader.Read(rosterPath, text, release.Framework, problem =>
                {
                    headerOk = false;
                    console.Error.WriteLine($"{rosterPath}:1: {problem}");
                }));
            var evaluator = new Evaluator(release);
            var sink = new RecordedOutput<(Employee Employee, Placement Placement)>(p => placements.Write(p.Employee, p.Placement), static (r, p) => r.Placement(p.Employee, p.Placement), recorder);
            void PlaceAll(Action? onRow)
            {
                foreach (var row in rows)
                {
                    PlaceRow(evaluator, row, sink, rejected, summary);
                    onRow?.Invoke();
                }

                sink.Flush();
            }

            RosterProgress.Run(console, input, "Placing roster", PlaceAll, () => summary.Placed + summary.Rejected);
        }

        if (!headerOk)
        {
            return ExitCodes.CannotRun;
        }

        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"placed {summary.Placed} employee(s) with release {release.Id}: {summary.Below} below, {summary.Within} within, {summary.Above} above band; {summary.Rejected} row(s) rejected"));
        console.Out.WriteLine($"placements: {outPath}");
        if (summary.Rejected > 0)
        {
            console.Out.WriteLine($"rejected rows: {errorsPath}");
        }

        if (recorder is not null)
        {
            console.Out.WriteLine(recorder.Summary());
        }

        return summary.Rejected > 0 ? ExitCodes.Problems : ExitCodes.Ok;
    }

    private static void PlaceRow(Evaluator evaluator, RosterRow row, RecordedOutput<(Employee Employee, Placement Placement)> placements, RejectedRowsWriter rejected, PlacementSummary summary)
    {
        var prepared = row.Employee is null ? null : evaluator.Prepare(row.Employee);
        var errors = prepared?.Errors ?? row.Errors;
        InputError? error = null;
        if (errors.Count == 0 && evaluator.TryPlaceValidated(prepared!.Value!, out var placement, out error)
            && placements.TryWrite((prepared.Value!, placement), out error))
        {
            summary.Count(placement.Position);
            return;
        }

        summary.Rejected++;
        foreach (var problem in errors.Count > 0 ? errors : [error!])
        {
            rejected.Write(row.Line, row.Id, problem);
        }
    }

    private sealed class PlacementSummary
    {
        public long Placed;
        public long Rejected;
        public long Below;
        public long Within;
        public long Above;

        public void Count(BandPosition position)
        {
            Placed++;
            _ = position switch
            {
                BandPosition.Below => Below++,
                BandPosition.Above => Above++,
                _ => Within++,
            };
        }
    }
}
