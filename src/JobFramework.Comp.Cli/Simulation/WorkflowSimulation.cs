using System.Globalization;
using System.Text;
using System.Text.Json;
using JobFramework.Comp.Cli.Roster;
using JobFramework.Comp.People.Roster;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Governance;
using JobFramework.Comp.Releases;

namespace JobFramework.Comp.Cli.Simulation;

/// <summary>
/// <c>comp rules simulate … --workflow merit</c>: a named workflow over the roster under each release that has it —
/// how many meet every rule, and what its money outputs add up to per currency (the cost of the merit cycle before
/// and after). The roster is read once per release, with that release's declared attributes. Writes
/// <c>workflow-&lt;name&gt;.json</c> beside the impact report.
/// </summary>
internal static class WorkflowSimulation
{
    public static int Run(CliConsole console, CompiledRelease before, CompiledRelease after, string name, string[] inputs, string? asOfText, string rosterPath, string folder)
    {
        var asOf = after.Manifest.EffectiveFrom > before.Manifest.EffectiveFrom ? after.Manifest.EffectiveFrom : before.Manifest.EffectiveFrom;
        if (asOfText is not null && !DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out asOf))
        {
            console.Error.WriteLine($"--as-of: '{asOfText}' is not a date YYYY-MM-DD.");
            return ExitCodes.CannotRun;
        }

        if (before.FindWorkflow(name) is null && after.FindWorkflow(name) is null)
        {
            console.Error.WriteLine(after.UnknownWorkflow(name));
            return ExitCodes.CannotRun;
        }

        var sides = new List<WorkflowTotals?>();
        foreach (var release in new[] { before, after })
        {
            if (release.FindWorkflow(name) is not { } workflow)
            {
                console.Out.WriteLine($"{name} under {release.Id}: the release has no such workflow");
                sides.Add(null);
                continue;
            }

            var arguments = WorkflowArguments.FromText(workflow, inputs);
            if (!arguments.Succeeded)
            {
                foreach (var error in arguments.Errors)
                {
                    console.Error.WriteLine($"--input ({release.Id}): {error}");
                }

                return ExitCodes.Problems;
            }

            var totals = Evaluate(console, release, workflow, arguments.Value!, asOf, rosterPath);
            if (totals is null)
            {
                return ExitCodes.CannotRun;
            }

            Print(console, totals);
            sides.Add(totals);
        }

        string path = Path.Combine(folder, $"workflow-{name}.json");
        File.WriteAllText(path, Json(name, asOf, sides[0], sides[1]), new UTF8Encoding(false));
        console.Out.WriteLine($"workflow report: {path}");
        return ExitCodes.Ok;
    }

    private static WorkflowTotals? Evaluate(CliConsole console, CompiledRelease release, WorkflowDefinition workflow, Model.AttributeValues inputs, DateOnly asOf, string rosterPath)
    {
        var totals = new WorkflowTotals(release.Id, workflow, asOf);
        var evaluator = new Evaluator(release) { AsOf = asOf };
        bool headerOk = true;
        using var text = new StreamReader(rosterPath, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, new FileStreamOptions { BufferSize = 1 << 16 });
        var rows = ReadAhead.Of(RosterReader.Read(rosterPath, text, release.Framework, problem =>
            {
                headerOk = false;
                console.Error.WriteLine($"{rosterPath}:1 ({release.Id}): {problem}");
            }));
        foreach (var row in rows)
        {
            var decision = row.Employee is null ? null : evaluator.Evaluate(workflow.Name, row.Employee, inputs);
            if (decision is { Succeeded: true })
            {
                totals.Add(decision.Value!);
            }
            else
            {
                totals.AddRejected();
            }
        }

        return headerOk ? totals : null;
    }

    // merit under 2027-h2 (as of 2027-09-01): 20 evaluated, 19 met every rule, 0 rejected
    //   meritIncrease: 60,655.00 GBP, 30,231.00 USD
    //   meritPct: average 3.1
    private static void Print(CliConsole console, WorkflowTotals totals)
    {
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{totals.Workflow.Name} under {totals.Release} (as of {totals.AsOf:yyyy-MM-dd}): {totals.Evaluated} evaluated, {totals.Passed} met every rule, {totals.Rejected} rejected"));
        foreach (var output in totals.Workflow.Outputs)
        {
            if (output.Type == "money")
            {
                var sums = totals.MoneyTotal(output.Name);
                console.Out.WriteLine($"  {output.Name}: {(sums.Count == 0 ? "(none)" : string.Join(", ", sums.Select(s => ImpactFormat.Amount(s.Value) + " " + s.Key)))}");
            }
            else
            {
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {output.Name}: average {totals.Average(output.Name)?.ToString(CultureInfo.InvariantCulture) ?? "(none)"}"));
            }
        }
    }

    private static string Json(string name, DateOnly asOf, WorkflowTotals? before, WorkflowTotals? after)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("workflow", name);
            json.WriteString("asOf", asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Side(json, "before", before);
            Side(json, "after", after);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Side(Utf8JsonWriter json, string name, WorkflowTotals? totals)
    {
        if (totals is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        json.WriteString("release", totals.Release);
        json.WriteNumber("evaluated", totals.Evaluated);
        json.WriteNumber("passed", totals.Passed);
        json.WriteNumber("rejected", totals.Rejected);
        json.WriteNumber("outputErrors", totals.OutputErrors);
        json.WriteStartObject("outputs");
        foreach (var output in totals.Workflow.Outputs)
        {
            json.WriteStartObject(output.Name);
            if (output.Type == "money")
            {
                json.WriteStartObject("totals");
                foreach (var (currency, sum) in totals.MoneyTotal(output.Name))
                {
                    json.WriteString(currency, sum.ToString("0.00##", CultureInfo.InvariantCulture));
                }

                json.WriteEndObject();
            }
            else if (totals.Average(output.Name) is { } average)
            {
                json.WriteNumber("average", average);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }
}
