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

    public void Write(Employee employee, WorkflowDecision decision)
    {
        _csv.Field(employee.Id);
        _csv.Field(decision.Workflow);
        _csv.Field(decision.Passed ? "true" : "false");
        _csv.Field(string.Join(";", Unmet(decision.Criteria)));
        foreach (var output in decision.Outputs)
        {
            _csv.Field(output.Value?.FormatAmount() ?? "");
        }

        _csv.Field(decision.Outputs.Select(o => o.Value?.Currency?.Code).FirstOrDefault(c => c is not null) ?? "");
        _csv.Field(string.Join("; ", decision.Outputs.Where(o => o.Error is not null).Select(o => o.Name + ": " + o.Error)));
        _csv.Field(_release);
        _csv.EndLine();
    }

    public void Dispose() => _csv.Dispose();

    private static IEnumerable<string> Unmet(IEnumerable<CriterionResult> criteria) =>
        criteria.SelectMany(c => c.Outcome == RuleOutcome.Unmet ? [c.Rule] : Unmet(c.Children));
}
