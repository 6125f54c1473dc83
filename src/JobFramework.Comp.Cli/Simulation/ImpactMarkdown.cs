using System.Text;
using JobFramework.Comp.Governance;
using static JobFramework.Comp.Cli.Simulation.ImpactFormat;

namespace JobFramework.Comp.Cli.Simulation;

/// <summary>The impact report as Markdown: what a comp analyst pastes into the council's review.</summary>
internal static class ImpactMarkdown
{
    public static string Render(ImpactReport report)
    {
        var md = new StringBuilder();
        md.Append($"# Impact of {report.To} against {report.From}\n\n");
        md.Append($"Releases: `{report.From}` ({report.FromHash}) → `{report.To}` ({report.ToHash})\n\n");
        md.Append("| | count |\n|---|---:|\n");
        md.Append($"| employees in the roster | {N(report.Rows)} |\n");
        md.Append($"| change band position | {N(report.PositionChanges)} |\n");
        md.Append($"| become eligible for the next level | {N(report.BecameEligible)} |\n");
        md.Append($"| stop being eligible | {N(report.StoppedBeingEligible)} |\n");
        md.Append($"| rejected by {report.From} / by {report.To} | {N(report.InvalidBefore)} / {N(report.InvalidAfter)} |\n");
        md.Append($"| unreadable rows | {N(report.Unreadable)} |\n\n");

        md.Append("## Band position\n\n| from \\ to | below | within | above |\n|---|---:|---:|---:|\n");
        for (int from = 0; from < 3; from++)
        {
            md.Append($"| {Positions[from]} | {N(report.Transitions[from, 0])} | {N(report.Transitions[from, 1])} | {N(report.Transitions[from, 2])} |\n");
        }

        md.Append("\n## Cost to bring everyone to band minimum\n\n| currency | employees below (before → after) | cost before | cost after | change |\n|---|---:|---:|---:|---:|\n");
        foreach (var cost in report.Costs)
        {
            md.Append($"| {cost.Currency} | {N(cost.BelowBefore)} → {N(cost.BelowAfter)} | {Amount(cost.Before)} | {Amount(cost.After)} | {Signed(cost.Change)} |\n");
        }

        md.Append("\n## Most affected groups\n\n| group | employees | position changes | eligibility changes |\n|---|---:|---:|---:|\n");
        foreach (var group in report.MostAffected(10))
        {
            md.Append($"| {Dimension(group.Dimension)} {group.Key} | {N(group.Employees)} | {N(group.PositionChanged)} | {N(group.EligibilityChanged)} |\n");
        }

        foreach (var dimension in new[] { "level", "region", "family" })
        {
            md.Append($"\n## By {dimension}\n\n| {dimension} | employees | below | within | above | eligible | average compa-ratio |\n|---|---:|---:|---:|---:|---:|---:|\n");
            foreach (var group in report.Groups.Where(g => g.Dimension == dimension))
            {
                md.Append($"| {group.Key} | {N(group.Employees)} | {Shift(group.PositionsBefore[0], group.PositionsAfter[0])} | {Shift(group.PositionsBefore[1], group.PositionsAfter[1])} | {Shift(group.PositionsBefore[2], group.PositionsAfter[2])} | {Shift(group.EligibleBefore, group.EligibleAfter)} | {Compa(group.AverageCompaBefore)} → {Compa(group.AverageCompaAfter)} |\n");
            }
        }

        if (report.Examples.Count > 0)
        {
            md.Append($"\n## Examples (first {report.Examples.Count} employees who change)\n\n| employee | position | before | after |\n|---|---|---|---|\n");
            foreach (var example in report.Examples)
            {
                md.Append($"| {example.Id} | {example.Family} {example.Track} L{example.Level} {example.Region} | {Outcome(example.Before)} | {Outcome(example.After)} |\n");
            }
        }

        return md.ToString();
    }
}
