using System.Globalization;
using System.Net;
using System.Text;
using JobFramework.Comp.Governance;
using static JobFramework.Comp.Cli.Simulation.ImpactFormat;

namespace JobFramework.Comp.Cli.Simulation;

/// <summary>
/// The impact report as one self-contained HTML page (no script, no external file): the figures of the
/// Markdown report with two charts drawn as inline SVG — band positions before and after by level, and the
/// cost to band minimum per currency.
/// </summary>
internal static class ImpactHtml
{
    private static readonly string[] Colours = ["#d9534f", "#5cb85c", "#f0ad4e"];

    public static string Render(ImpactReport report)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(E($"Impact of {report.To} against {report.From}")).Append("</title>\n");
        html.Append("<style>body{font-family:system-ui,sans-serif;margin:2rem;color:#222}table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ccc;padding:.25rem .6rem;text-align:right}th:first-child,td:first-child{text-align:left}svg text{font-size:12px}</style></head><body>\n");
        html.Append("<h1>").Append(E($"Impact of {report.To} against {report.From}")).Append("</h1>\n");
        html.Append("<p>").Append(E($"{report.From} ({report.FromHash}) → {report.To} ({report.ToHash})")).Append("</p>\n<table>");
        Row(html, "employees in the roster", N(report.Rows));
        Row(html, "change band position", N(report.PositionChanges));
        Row(html, "become eligible for the next level", N(report.BecameEligible));
        Row(html, "stop being eligible", N(report.StoppedBeingEligible));
        Row(html, $"rejected by {report.From} / by {report.To}", $"{N(report.InvalidBefore)} / {N(report.InvalidAfter)}");
        html.Append("</table>\n<h2>Band position by level, before and after</h2>\n");
        PositionChart(html, report);
        html.Append("<h2>Cost to bring everyone to band minimum</h2>\n");
        CostChart(html, report);
        html.Append("<table><tr><th>currency</th><th>below before</th><th>below after</th><th>cost before</th><th>cost after</th><th>change</th></tr>");
        foreach (var cost in report.Costs)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(cost.Currency)}</td><td>{N(cost.BelowBefore)}</td><td>{N(cost.BelowAfter)}</td><td>{Amount(cost.Before)}</td><td>{Amount(cost.After)}</td><td>{Signed(cost.Change)}</td></tr>");
        }

        html.Append("</table>\n<h2>Most affected groups</h2>\n<table><tr><th>group</th><th>employees</th><th>position changes</th><th>eligibility changes</th></tr>");
        foreach (var group in report.MostAffected(10))
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(Dimension(group.Dimension) + " " + group.Key)}</td><td>{N(group.Employees)}</td><td>{N(group.PositionChanged)}</td><td>{N(group.EligibilityChanged)}</td></tr>");
        }

        html.Append("</table>\n");
        if (report.Examples.Count > 0)
        {
            html.Append("<h2>Examples</h2>\n<table><tr><th>employee</th><th>position</th><th>before</th><th>after</th></tr>");
            foreach (var example in report.Examples)
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(example.Id)}</td><td>{E($"{example.Family} {example.Track} L{example.Level} {example.Region}")}</td><td>{E(Outcome(example.Before))}</td><td>{E(Outcome(example.After))}</td></tr>");
            }

            html.Append("</table>\n");
        }

        return html.Append("</body></html>\n").ToString();
    }

    // One pair of stacked bars (before, after) per level: the share below, within and above band.
    private static void PositionChart(StringBuilder html, ImpactReport report)
    {
        var levels = report.Groups.Where(g => g.Dimension == "level").ToList();
        const int barWidth = 420, rowHeight = 34, left = 90;
        int height = (levels.Count * rowHeight) + 30;
        html.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{left + barWidth + 20}\" height=\"{height}\" role=\"img\" aria-label=\"band position by level\">");
        for (int i = 0; i < levels.Count; i++)
        {
            int y = i * rowHeight;
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 20}\">{E(levels[i].Key)}</text>");
            Stack(html, left, y + 4, barWidth, levels[i].PositionsBefore);
            Stack(html, left, y + 18, barWidth, levels[i].PositionsAfter);
        }

        int legend = levels.Count * rowHeight + 12;
        for (int p = 0; p < 3; p++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<rect x=\"{left + (p * 90)}\" y=\"{legend}\" width=\"10\" height=\"10\" fill=\"{Colours[p]}\"/><text x=\"{left + (p * 90) + 14}\" y=\"{legend + 10}\">{Positions[p]}</text>");
        }

        html.Append(CultureInfo.InvariantCulture, $"<text x=\"{left + 290}\" y=\"{legend + 10}\">upper bar: before, lower: after</text></svg>\n");
    }

    private static void Stack(StringBuilder html, int x, int y, int width, long[] counts)
    {
        long total = counts.Sum();
        double offset = x;
        for (int p = 0; p < 3 && total > 0; p++)
        {
            double w = width * counts[p] / (double)total;
            html.Append(CultureInfo.InvariantCulture, $"<rect x=\"{offset:0.#}\" y=\"{y}\" width=\"{w:0.#}\" height=\"12\" fill=\"{Colours[p]}\"><title>{Positions[p]}: {N(counts[p])}</title></rect>");
            offset += w;
        }
    }

    // Per currency, the cost before and after as bars scaled to the larger of the two (currencies do not add up).
    private static void CostChart(StringBuilder html, ImpactReport report)
    {
        const int barWidth = 360, rowHeight = 40, left = 60;
        html.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{left + barWidth + 200}\" height=\"{Math.Max(1, report.Costs.Count) * rowHeight}\" role=\"img\" aria-label=\"cost to band minimum per currency\">");
        for (int i = 0; i < report.Costs.Count; i++)
        {
            var cost = report.Costs[i];
            decimal scale = Math.Max(cost.Before, cost.After);
            int y = i * rowHeight;
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 20}\">{E(cost.Currency)}</text>");
            Bar(html, left, y + 4, barWidth, scale == 0 ? 0 : (double)(cost.Before / scale), "#999", "before " + Amount(cost.Before));
            Bar(html, left, y + 20, barWidth, scale == 0 ? 0 : (double)(cost.After / scale), "#337ab7", "after " + Amount(cost.After));
        }

        html.Append("</svg>\n");
    }

    private static void Bar(StringBuilder html, int x, int y, int width, double share, string colour, string label) =>
        html.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{y}\" width=\"{Math.Max(1, width * share):0.#}\" height=\"12\" fill=\"{colour}\"/><text x=\"{x + (width * share) + 6:0.#}\" y=\"{y + 11}\">{E(label)}</text>");

    private static void Row(StringBuilder html, string label, string value) =>
        html.Append("<tr><td>").Append(E(label)).Append("</td><td>").Append(E(value)).Append("</td></tr>");

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
