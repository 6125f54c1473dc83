using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Releases;

namespace JobFramework.Comp.Cli.Commands;

/// <summary>A named workflow's decision for people: the inputs used, each rule met or not, the skill gaps, each output and how it was reached.</summary>
internal static class WorkflowPrinter
{
    public static void Print(CliConsole console, CompiledRelease release, Employee employee, WorkflowDecision decision)
    {
        var output = console.Out;
        output.WriteLine($"Employee {employee.Id}: {employee.Family} / {employee.Track} level {employee.Level} in {employee.Region}");
        output.WriteLine($"Workflow: {decision.Workflow}   release {release.Id} ({release.ContentHash[..19]}…)");
        if (decision.Inputs.Declared.Count > 0)
        {
            output.WriteLine("Inputs: " + string.Join(", ", decision.Inputs.Declared.Select(i => i.Name + " = " + Model.AttributeValue.Display(i.Kind, decision.Inputs[i.Slot]))));
        }

        output.WriteLine(decision.Passed ? console.Good("EVERY RULE MET") : console.Bad("NOT EVERY RULE MET"));
        foreach (var criterion in decision.Criteria)
        {
            EligibilityPrinter.Print(console, criterion, "  ");
        }

        EligibilityPrinter.PrintGaps(output, release, decision.Gaps);
        if (decision.Outputs.Count > 0)
        {
            output.WriteLine("Computed:");
            foreach (var computed in decision.Outputs)
            {
                EligibilityPrinter.Print(output, computed);
            }
        }
    }
}
