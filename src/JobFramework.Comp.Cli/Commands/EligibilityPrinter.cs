using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Releases;

namespace JobFramework.Comp.Cli.Commands;

/// <summary>The human-readable eligibility explanation: verdict, target, each criterion, each skill gap.</summary>
internal static class EligibilityPrinter
{
    public static void Print(CliConsole console, CompiledRelease release, Employee employee, EligibilityDecision decision)
    {
        var output = console.Out;
        string target = decision.TargetLevelCode ?? ("level " + decision.TargetLevel);
        string role = decision.TargetRoleTitle is null ? "" : $" ({decision.TargetRoleTitle}, role {decision.TargetRoleId})";
        output.WriteLine($"Employee {employee.Id}: {employee.Family} / {employee.Track} level {employee.Level} in {employee.Region}");
        output.WriteLine($"Target: {target}{role}   release {release.Id} ({release.ContentHash[..19]}…)");
        output.WriteLine(decision.Eligible ? console.Good("ELIGIBLE") : console.Bad("NOT ELIGIBLE"));
        foreach (var criterion in decision.Criteria)
        {
            Print(console, criterion, "  ");
        }

        PrintGaps(output, release, decision.Gaps);

        if (decision.TargetBand is { } band)
        {
            output.WriteLine("Band at target: " + BandText.Describe(band));
        }

        if (decision.Outputs.Count > 0)
        {
            output.WriteLine("Computed:");
            foreach (var computed in decision.Outputs)
            {
                Print(output, computed);
            }
        }
    }

    internal static void PrintGaps(TextWriter output, CompiledRelease release, IReadOnlyList<SkillGap> gaps)
    {
        if (gaps.Count == 0)
        {
            return;
        }

        output.WriteLine("Skill gaps:");
        var scale = release.Framework.Scale;
        foreach (var gap in gaps)
        {
            output.WriteLine($"  - {gap.SkillName} ({gap.Skill}): needs proficiency {gap.Required} ({scale.LabelOf(gap.Required)}), has {gap.Held}{(gap.Held > 0 ? " (" + scale.LabelOf(gap.Held) + ")" : " (not held)")}");
        }
    }

    // recommendedSalary = 128300.00 USD
    //     max(employee.baseSalary + promotionIncrease, targetBand.min)
    //     employee.baseSalary = 118750.00 USD, promotionIncrease = 9500.00 USD, targetBand.min = 118500.00 USD
    //     128250.00 USD rounded (100 halfUp) to 128300.00 USD
    internal static void Print(TextWriter output, ComputedOutput computed)
    {
        output.WriteLine($"  {computed.Name} = {(computed.Value?.ToString() ?? "(no value)")}");
        output.WriteLine($"      {computed.Expression}");
        if (computed.Inputs.Count > 0)
        {
            output.WriteLine("      " + string.Join(", ", computed.Inputs.Select(i => i.Name + " = " + i.Value + (i.Source is null ? "" : " (" + i.Source + ")"))));
        }

        var rounded = computed.Limit?.Before ?? computed.Value;
        if (computed.Unrounded is { } unrounded && computed.Rounding is not null && unrounded != rounded)
        {
            output.WriteLine($"      {unrounded} rounded ({computed.Rounding}) to {rounded}");
        }

        if (computed.Limit is { } limit)
        {
            output.WriteLine($"      {(limit.Kind == "cap" ? "capped" : "floored")} at {limit.Bound} ({limit.Kind} {limit.Expression}); was {limit.Before}");
        }

        if (computed.Error is not null)
        {
            output.WriteLine($"      error: {computed.Error}");
        }
    }

    internal static void Print(CliConsole console, CriterionResult criterion, string indent)
    {
        var output = console.Out;
        string mark = criterion.Outcome switch
        {
            RuleOutcome.Met => console.Good("[met]") + "  ",
            RuleOutcome.Unmet => console.Bad("[unmet]"),
            RuleOutcome.Error => console.Bad("[error]"),
            _ => "[off]  ",
        };
        output.WriteLine($"{indent}{mark} {criterion.Rule}{(criterion.Message is null ? "" : ": " + criterion.Message)}{(criterion.ActionOutput is null ? "" : " → " + criterion.ActionOutput)}");
        foreach (var gap in criterion.Gaps)
        {
            output.WriteLine($"{indent}          {Diagnostics.Messages.SkillGap(gap.Skill, gap.Required, gap.Held)}");
        }

        foreach (var child in criterion.Children)
        {
            Print(console, child, indent + "  ");
        }
    }
}
