using System.CommandLine;
using System.Globalization;
using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Releases;
using JobFramework.Comp.Testing;

namespace JobFramework.Comp.Cli.Commands;

/// <summary><c>comp rules …</c>: the comp team's checks and governance before anything goes live.</summary>
internal static class RulesCommands
{
    public static Command Create(CliConsole console)
    {
        var rules = new Command("rules", "Validate, test, compare, simulate, draft and approve rule releases.");
        rules.Subcommands.Add(Validate(console));
        rules.Subcommands.Add(Test(console));
        rules.Subcommands.Add(DiffCommand.Create(console));
        rules.Subcommands.Add(SimulateCommand.Create(console));
        rules.Subcommands.Add(TableCommand.Create(console));
        rules.Subcommands.Add(SchemaCommand.Create(console));
        rules.Subcommands.Add(GovernanceCommands.Draft(console));
        rules.Subcommands.Add(GovernanceCommands.Approve(console, TimeProvider.System));
        return rules;
    }

    private static Argument<string> PathArgument() => new("path")
    {
        Description = "Rules folder (holding releases/<id>/) or one release folder.",
        DefaultValueFactory = _ => "rules",
    };

    private static Command Validate(CliConsole console)
    {
        var path = PathArgument();
        var command = new Command("validate", "Load and compile every release; print every diagnostic with file:line:column. Exit 1 on any error.") { path };
        command.SetAction(result =>
        {
            var catalog = LoadCatalog(console, result.GetValue(path)!, errorsOnly: false);
            if (catalog is null)
            {
                return ExitCodes.CannotRun;
            }

            foreach (var release in catalog.Releases)
            {
                var m = release.Manifest;
                string status = m.IsApproved ? "approved" : string.Create(CultureInfo.InvariantCulture, $"draft, {m.ApprovalsOf(release.ContentHash)} of {m.RequiredApprovals} approval(s)");
                console.Out.WriteLine($"{console.Good("ok")} {release.Id} ({status}, effective {m.EffectiveFrom:yyyy-MM-dd}, {release.ContentHash})");
                PrintEngines(console, release);
            }

            // The approvers file is checked with the releases, so a broken one is found before anyone needs to approve.
            string folder = result.GetValue(path)!;
            var policy = new DiagnosticBag();
            if (File.Exists(Path.Combine(folder, ApproverPolicy.FileName)))
            {
                ApproverPolicy.Load(folder, policy);
                foreach (var diagnostic in policy.Sorted())
                {
                    console.Out.WriteLine(diagnostic);
                }
            }

            int errors = catalog.Diagnostics.Count(d => d.IsError) + policy.Items.Count(d => d.IsError);
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{catalog.Releases.Count} release(s) valid, {errors} error(s), {catalog.Diagnostics.Count(d => !d.IsError)} warning(s)"));
            return errors > 0 ? ExitCodes.Problems : ExitCodes.Ok;
        });
        return command;
    }

    // Which engine runs each workflow; for one RulesEngine runs, every reason the typed compiler does not.
    private static void PrintEngines(CliConsole console, CompiledRelease release)
    {
        foreach (var workflow in release.WorkflowDefinitions)
        {
            console.Out.WriteLine($"   workflow {workflow.Name}: {(workflow.Engine == Evaluation.WorkflowEngines.Typed ? "typed compiler" : workflow.Engine)}");
            foreach (string reason in workflow.NotNative)
            {
                console.Out.WriteLine($"      not native: {reason}");
            }
        }
    }

    private static Command Test(CliConsole console)
    {
        var path = PathArgument();
        var failedOnly = new Option<bool>("--failed-only") { Description = "Print only the failing cases (and the count)." };
        var command = new Command("test", "Run the rule test cases of every release; report each difference. Exit 1 on any failure.") { path, failedOnly };
        command.SetAction(result =>
        {
            var catalog = LoadCatalog(console, result.GetValue(path)!, errorsOnly: true);
            if (catalog is null)
            {
                return ExitCodes.CannotRun;
            }

            int passed = 0, failed = 0;
            foreach (var release in catalog.Releases)
            {
                foreach (var outcome in RuleTestRunner.Run(release))
                {
                    if (outcome.Passed)
                    {
                        passed++;
                        if (!result.GetValue(failedOnly))
                        {
                            console.Out.WriteLine($"{console.Good("pass")} {release.Id}: {outcome.Case.Name}");
                        }

                        continue;
                    }

                    failed++;
                    console.Out.WriteLine($"{console.Bad("FAIL")} {release.Id}: {outcome.Case.Name}");
                    foreach (var failure in outcome.Failures)
                    {
                        console.Out.WriteLine("  " + failure);
                    }
                }
            }

            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rule tests: {passed} passed, {failed} failed"));
            return failed > 0 || catalog.HasErrors ? ExitCodes.Problems : ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Loads every release under a folder and prints its diagnostics; null when the folder is missing.</summary>
    private static ReleaseCatalog? LoadCatalog(CliConsole console, string folder, bool errorsOnly)
    {
        if (!Directory.Exists(folder))
        {
            console.Error.WriteLine($"Rules folder '{folder}' does not exist.");
            return null;
        }

        var catalog = ReleaseCatalog.Load(folder);
        foreach (var diagnostic in catalog.Diagnostics.Where(d => d.IsError || !errorsOnly))
        {
            console.Out.WriteLine(diagnostic);
        }

        return catalog;
    }
}
