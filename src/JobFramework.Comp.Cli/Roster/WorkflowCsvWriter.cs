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
        Write(employee, decision.Workflow, decision.Passed, Unmet(decision.Criteria), decision.Outputs);

    /// <summary>The same row from a verdict without explanations (a roster evaluated with nothing recorded).</summary>
    public void Write(Employee employee, WorkflowVerdict verdict) =>
        Write(employee, verdict.Workflow, verdict.Passed, verdict.Unmet, verdict.Outputs);

    private void Write(Employee employee, string workflow, bool passed, IEnumerable<string> unmet, IReadOnlyList<ComputedOutput> outputs)
    {
        _csv.Field(employee.Id);
        _csv.Field(workflow);
        _csv.Field(passed ? "true" : "false");
        _csv.Field(string.Join(";", unmet));
        foreach (var output in outputs)
        {
            _csv.Field(output.Value?.FormatAmount() ?? "");
        }

        _csv.Field(outputs.Select(o => o.Value?.Currency?.Code).FirstOrDefault(c => c is not null) ?? "");
        _csv.Field(string.Join("; ", outputs.Where(o => o.Error is not null).Select(o => o.Name + ": " + o.Error)));
        _csv.Field(_release);
        _csv.EndLine();
    }

    public void Dispose() => _csv.Dispose();

    private static IEnumerable<string> Unmet(IEnumerable<CriterionResult> criteria) =>
        criteria.SelectMany(c => c.Outcome == RuleOutcome.Unmet ? [c.Rule] : Unmet(c.Children));
}
