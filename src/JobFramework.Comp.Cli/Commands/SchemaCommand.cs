using System.CommandLine;
using JobFramework.Comp.Model;
using JobFramework.Comp.Releases;

namespace JobFramework.Comp.Cli.Commands;

/// <summary>
/// <c>comp rules schema &lt;release&gt;</c>: the JSON Schema of an employee as that release reads it — built-in
/// fields, its families, tracks, regions and skills, and its declared attributes — for editors, HR systems and API clients.
/// </summary>
internal static class SchemaCommand
{
    public static Command Create(CliConsole console)
    {
        var release = new Argument<string>("release") { Description = "The release (approved or draft)." };
        var output = new Option<string?>("--out", "-o") { Description = "Write the schema to this file instead of printing it." };
        var rules = CommonOptions.Rules();
        var command = new Command("schema", "Print the JSON Schema of an employee record as a release reads it (its declared attributes included).") { release, output, rules };
        command.SetAction(result =>
        {
            var found = DiffCommand.Find(console, ReleaseCatalog.Load(result.GetValue(rules)!), result.GetValue(release)!);
            if (found is null)
            {
                return ExitCodes.CannotRun;
            }

            string schema = EmployeeSchema.Generate(found.Framework, found.Id);
            if (result.GetValue(output) is { } path)
            {
                File.WriteAllText(path, schema);
                console.Out.WriteLine($"employee schema of {found.Id}: {path}");
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
