using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Releases;

namespace JobFramework.Comp.Cli.Commands;

/// <summary>The human-readable eligibility explanation: verdict, target, each criterion, each skill gap.</summary>
internal static class EligibilityPrinter
{
    public static void Print(TextWriter output, CompiledRelease release, Employee employee, EligibilityDecision decision)
    {
        string target = decision.TargetLevelCode ?? ("level " + decision.TargetLevel);
        string role = decision.TargetRoleTitle is null ? "" : $" ({decision.TargetRoleTitle}, role {decision.TargetRoleId})";
        output.WriteLine($"Employee {employee.Id}: {employee.Family} / {employee.Track} level {employee.Level} in {employee.Region}");
        output.WriteLine($"Target: {target}{role}   release {release.Id} ({release.ContentHash[..19]}…)");
        output.WriteLine(decision.Eligible ? "ELIGIBLE" : "NOT ELIGIBLE");
        foreach (var criterion in decision.Criteria)
        {
            Print(output, criterion, "  ");
        }

        if (decision.Gaps.Count > 0)
        {
            output.WriteLine("Skill gaps:");
            var scale = release.Framework.Scale;
            foreach (var gap in decision.Gaps)
            {
                output.WriteLine($"  - {gap.SkillName} ({gap.Skill}): needs proficiency {gap.Required} ({scale.LabelOf(gap.Required)}), has {gap.Held}{(gap.Held > 0 ? " (" + scale.LabelOf(gap.Held) + ")" : " (not held)")}");
            }
        }

        if (decision.TargetBand is { } band)
        {
            output.WriteLine($"Band at target: {band.Min} – {band.Mid} (mid) – {band.Max}, bonus target {band.BonusTargetPct}%, equity {(band.Equity ? "yes" : "no")}");
        }
    }

    private static void Print(TextWriter output, CriterionResult criterion, string indent)
    {
        string mark = criterion.Outcome switch
        {
            RuleOutcome.Met => "[met]  ",
            RuleOutcome.Unmet => "[unmet]",
            RuleOutcome.Error => "[error]",
            _ => "[off]  ",
        };
        output.WriteLine($"{indent}{mark} {criterion.Rule}{(criterion.Message is null ? "" : ": " + criterion.Message)}");
        foreach (var gap in criterion.Gaps)
        {
            output.WriteLine($"{indent}          {Diagnostics.Messages.SkillGap(gap.Skill, gap.Required, gap.Held)}");
        }

        foreach (var child in criterion.Children)
        {
            Print(output, child, indent + "  ");
        }
    }
}
