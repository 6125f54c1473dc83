using JobFramework.Comp.Evaluation;

namespace JobFramework.Comp.Cli.Roster;

/// <summary>
/// Writes a workflow's results CSV: id, workflow, passed, the unmet rules, one column per output (the amount; money
/// in its currency's minor units), the currency of the money outputs, any output errors, and the release.
/// </summary>
internal sealed class WorkflowCsvWriter : IDisposable
{
    private static readonly string[] Leading = ["id", "workflow", "passed", "unmet"];
    private static readonly string[] Trailing = ["currency", "outputErrors", "release"];

    private readonly CsvLineWriter _csv;
    private readonly string _release;

    public WorkflowCsvWriter(TextWriter writer, WorkflowDefinition workflow, string release)
    {
        _csv = new CsvLineWriter(writer);
        _release = release;
        foreach (var column in Leading.Concat(workflow.Outputs.Select(o => o.Name)).Concat(Trailing))
        {
            _csv.Field(column);
        }

        _csv.EndLine();
    }

    public void Write(Employee employee, WorkflowDecision decision) =>
        Write(employee, decision.Workflow, decision.Passed, decision.UnmetRules(), decision.Outputs);

    /// <summary>The same row from a verdict without explanations (a roster evaluated with nothing recorded).</summary>
    public void Write(Employee employee, WorkflowVerdict verdict) =>
        Write(employee, verdict.Workflow, verdict.Passed, verdict.Unmet, verdict.Outputs);

    // A million rows go through here: plain loops, and text joined only when there is more than one piece.
    private void Write(Employee employee, string workflow, bool passed, IReadOnlyList<string> unmet, IReadOnlyList<ComputedOutput> outputs)
    {
        _csv.Field(employee.Id);
        _csv.Field(workflow);
        _csv.Field(passed ? "true" : "false");
        _csv.Field(unmet.Count switch { 0 => "", 1 => unmet[0], _ => string.Join(';', unmet) });
        string? currency = null;
        List<string>? problems = null;
        foreach (var output in outputs)
        {
            _csv.Field(output.Value?.FormatAmount() ?? "");
            currency ??= output.Value?.Currency?.Code;
            if (output.Error is not null)
            {
                (problems ??= []).Add(output.Name + ": " + output.Error);
            }
        }

        _csv.Field(currency ?? "");
        _csv.Field(problems is null ? "" : string.Join("; ", problems));
        _csv.Field(_release);
        _csv.EndLine();
    }

    public void Dispose() => _csv.Dispose();
}
