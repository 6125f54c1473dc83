using JobFramework.Comp.Mobility;
using JobFramework.Comp.Releases;

namespace JobFramework.Comp.Cli.Commands;

/// <summary>
/// Move options as a person reads them: each option with why it is allowed or blocked, readiness, every skill
/// gap with its learning steps, required trainings, and the pay effect in the target band.
/// </summary>
internal static class MobilityPrinter
{
    public static void Print(CliConsole console, CompiledRelease release, MobilityAdvice advice)
    {
        var output = console.Out;
        var current = advice.CurrentRole;
        output.WriteLine($"Employee {advice.EmployeeId}: {current.Title} ({current.Id})   release {release.Id} ({release.ContentHash[..19]}…)");
        if (advice.Options.Count == 0)
        {
            output.WriteLine("No moves: the rules define no path, level step or shared-skills move from this role.");
            return;
        }

        foreach (var option in advice.Options)
        {
            output.WriteLine();
            output.WriteLine($"{option.Rank}. {option.Target.Title} ({option.Target.Id}) — {MoveWords.Kind(option.Kind)}, {Status(console, option)}");
            output.WriteLine($"   ranked: {option.RankedBecause}");
            foreach (var reason in option.AllowedBy)
            {
                output.WriteLine($"   allowed: {reason.Text}");
            }

            foreach (var block in option.BlockedBy)
            {
                output.WriteLine($"   {(block.ClosedByLearning ? "to learn" : "blocked")} ({block.Rule}): {block.Message}");
            }

            output.WriteLine($"   readiness: {option.Readiness.Held} of {option.Readiness.Required} core skills at the required proficiency ({(option.Readiness.Share * 100).ToString("0", System.Globalization.CultureInfo.InvariantCulture)}%)");
            foreach (var gap in option.Gaps)
            {
                output.WriteLine($"   gap: {gap.SkillName} ({gap.Skill}) needs {gap.Required} ({gap.RequiredLabel}), has {gap.Held} ({gap.HeldLabel})");
                foreach (var step in gap.Steps)
                {
                    output.WriteLine($"        - {step.Kind}: {step.Title}, about {step.EffortHours} h");
                }

                if (gap.Steps.Count == 0)
                {
                    output.WriteLine("        (the rules list no learning step for this skill)");
                }
            }

            foreach (var training in option.Trainings)
            {
                output.WriteLine($"   training: {training.Training.Title} ({training.Training.Id}, about {training.Training.EffortHours} h) — {(training.Completed ? "completed" : "required, not yet completed")}");
            }

            output.WriteLine($"   effort: about {option.EffortHours} h of learning (every step of every gap, and the required trainings)");
            output.WriteLine("   band: " + (option.Band?.Describe() ?? "no band to compare in this region"));
            output.WriteLine("   pay: " + MoveWords.Pay(option.Pay));
        }
    }

    private static string Status(CliConsole console, MoveOption option) => option.Status switch
    {
        MoveStatus.Open => console.Good("OPEN now"),
        MoveStatus.ReachableWithLearning => console.Warn($"REACHABLE WITH LEARNING (about {option.EffortHours} h)"),
        _ => console.Bad("BLOCKED"),
    };
}
