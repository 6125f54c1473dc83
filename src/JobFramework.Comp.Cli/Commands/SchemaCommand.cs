using System.CommandLine;
using JobFramework.Comp.Model;
using JobFramework.Comp.Releases;

namespace JobFramework.Comp.Cli.Commands;

/// <summary>
/// <c>comp rules schema &lt;release&gt;</c>: the JSON Schema of an employee as that release reads it — built-in
/// fields, its families, tracks, regions and skills, and its declared attributes — for editors, HR systems and API clients.
/// With <c>--workflow name</c>: the schema of a request to evaluate that workflow (employee, as-of date, its inputs).
/// </summary>
internal static class SchemaCommand
{
    public static Command Create(CliConsole console)
    {
        var release = new Argument<string>("release") { Description = "The release (approved or draft)." };
        var output = new Option<string?>("--out", "-o") { Description = "Write the schema to this file instead of printing it." };
        var workflow = new Option<string?>("--workflow") { Description = "The schema of a request to evaluate this workflow instead: the employee, the as-of date and the workflow's declared inputs." };
        var rules = CommonOptions.Rules();
        var command = new Command("schema", "Print the JSON Schema of an employee record as a release reads it (its declared attributes included), or of a workflow's request.") { release, output, workflow, rules };
        command.SetAction(result =>
        {
            var found = DiffCommand.Find(console, ReleaseCatalog.Load(result.GetValue(rules)!), result.GetValue(release)!);
            if (found is null)
            {
                return ExitCodes.CannotRun;
            }

            string? workflowName = result.GetValue(workflow);
            var definition = workflowName is null ? null : found.FindWorkflow(workflowName);
            if (workflowName is not null && definition is null)
            {
                console.Error.WriteLine(found.UnknownWorkflow(workflowName));
                return ExitCodes.CannotRun;
            }

            string schema = definition is null ? EmployeeSchema.Generate(found.Framework, found.Id) : EmployeeSchema.GenerateWorkflowRequest(found.Framework, found.Id, definition);
            if (result.GetValue(output) is { } path)
            {
                File.WriteAllText(path, schema);
                console.Out.WriteLine(definition is null ? $"employee schema of {found.Id}: {path}" : $"schema of a {definition.Name} request in {found.Id}: {path}");
            }
            else
            {
                console.Out.Write(schema);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
