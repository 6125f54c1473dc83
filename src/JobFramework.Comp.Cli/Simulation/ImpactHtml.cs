using System.Globalization;
using System.Net;
using System.Text;
using JobFramework.Comp.Governance;
using static JobFramework.Comp.Cli.Simulation.ImpactFormat;

namespace JobFramework.Comp.Cli.Simulation;

/// <summary>
/// The impact report as one self-contained HTML page (no script, no external file) holding everything the
/// Markdown report holds — counts, band-position transitions, cost to band minimum, most affected groups, the
/// tables by level, region and family with average compa-ratio — and charts drawn as inline SVG that scale to
/// the page: band positions before and after by level and by region, average compa-ratio by region, and the
/// cost to band minimum with one bar pair per currency (currencies never add up).
/// </summary>
internal static class ImpactHtml
{
    private static readonly string[] Colours = ["#d9534f", "#5cb85c", "#f0ad4e"];

    public static string Render(ImpactReport report)
    {
        var html = new StringBuilder();
        string title = $"Impact of {report.To} against {report.From}";
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>").Append(E(title)).Append("</title>\n");
        html.Append("<style>body{font-family:system-ui,sans-serif;margin:1.5rem;color:#222;max-width:64rem}table{border-collapse:collapse;margin:1rem 0}")
            .Append("td,th{border:1px solid #ccc;padding:.25rem .6rem;text-align:right}th:first-child,td:first-child{text-align:left}")
            .Append("svg{max-width:100%;height:auto}svg text{font-size:12px}.wide{overflow-x:auto}</style></head><body>\n");
        html.Append("<h1>").Append(E(title)).Append("</h1>\n");
        html.Append("<p>").Append(E($"{report.From} ({report.FromHash}) → {report.To} ({report.ToHash})")).Append("</p>\n<table>");
        Row(html, "employees in the roster", N(report.Rows));
        Row(html, "change band position", N(report.PositionChanges));
        Row(html, "become eligible for the next level", N(report.BecameEligible));
        Row(html, "stop being eligible", N(report.StoppedBeingEligible));
        Row(html, $"rejected by {report.From} / by {report.To}", $"{N(report.InvalidBefore)} / {N(report.InvalidAfter)}");
        Row(html, "unreadable rows", N(report.Unreadable));
        html.Append("</table>\n");

        html.Append("<h2>Band position</h2>\n<table><tr><th>from \\ to</th><th>below</th><th>within</th><th>above</th></tr>");
        for (int from = 0; from < 3; from++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{Positions[from]}</td><td>{N(report.Transitions[from, 0])}</td><td>{N(report.Transitions[from, 1])}</td><td>{N(report.Transitions[from, 2])}</td></tr>");
        }

        html.Append("</table>\n<h3>By level, before and after</h3>\n");
        PositionChart(html, report, "level");
        html.Append("<h3>By region, before and after</h3>\n");
        PositionChart(html, report, "region");
        html.Append("<h3>Average compa-ratio by region, before and after</h3>\n");
        CompaChart(html, report, "region");

        html.Append("<h2>Cost to bring everyone to band minimum</h2>\n<p>One pair of bars per currency, each scaled on its own.</p>\n");
        CostChart(html, report);
        html.Append("<table><tr><th>currency</th><th>employees below (before → after)</th><th>cost before</th><th>cost after</th><th>change</th></tr>");
        foreach (var cost in report.Costs)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(cost.Currency)}</td><td>{N(cost.BelowBefore)} → {N(cost.BelowAfter)}</td><td>{Amount(cost.Before)}</td><td>{Amount(cost.After)}</td><td>{Signed(cost.Change)}</td></tr>");
        }

        html.Append("</table>\n<h2>Most affected groups</h2>\n<table><tr><th>group</th><th>employees</th><th>position changes</th><th>eligibility changes</th></tr>");
        foreach (var group in report.MostAffected(10))
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(Dimension(group.Dimension) + " " + group.Key)}</td><td>{N(group.Employees)}</td><td>{N(group.PositionChanged)}</td><td>{N(group.EligibilityChanged)}</td></tr>");
        }

        html.Append("</table>\n");
        foreach (var dimension in new[] { "level", "region", "family" })
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2>By {dimension}</h2>\n<div class=\"wide\"><table><tr><th>{dimension}</th><th>employees</th><th>below</th><th>within</th><th>above</th><th>eligible</th><th>average compa-ratio</th></tr>");
            foreach (var group in report.Groups.Where(g => g.Dimension == dimension))
            {
                html.Append(CultureInfo.InvariantCulture,
                    $"<tr><td>{E(group.Key)}</td><td>{N(group.Employees)}</td><td>{Shift(group.PositionsBefore[0], group.PositionsAfter[0])}</td><td>{Shift(group.PositionsBefore[1], group.PositionsAfter[1])}</td><td>{Shift(group.PositionsBefore[2], group.PositionsAfter[2])}</td><td>{Shift(group.EligibleBefore, group.EligibleAfter)}</td><td>{Compa(group.AverageCompaBefore)} → {Compa(group.AverageCompaAfter)}</td></tr>");
            }

            html.Append("</table></div>\n");
        }

        if (report.Examples.Count > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2>Examples (first {report.Examples.Count} employees who change)</h2>\n<div class=\"wide\"><table><tr><th>employee</th><th>position</th><th>before</th><th>after</th></tr>");
            foreach (var example in report.Examples)
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(example.Id)}</td><td>{E($"{example.Family} {example.Track} L{example.Level} {example.Region}")}</td><td>{E(Outcome(example.Before))}</td><td>{E(Outcome(example.After))}</td></tr>");
            }

            html.Append("</table></div>\n");
        }

        return html.Append("</body></html>\n").ToString();
    }

    // One pair of stacked bars (before, after) per group: the share below, within and above band. The legend has
    // its own row, inside the picture's width.
    private static void PositionChart(StringBuilder html, ImpactReport report, string dimension)
    {
        var groups = report.Groups.Where(g => g.Dimension == dimension).ToList();
        const int barWidth = 420, rowHeight = 34, left = 90, width = left + barWidth + 20;
        int legend = (groups.Count * rowHeight) + 12;
        int height = legend + 40;
        Open(html, width, height, $"band position by {dimension}, before and after");
        for (int i = 0; i < groups.Count; i++)
        {
            int y = i * rowHeight;
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 20}\">{E(groups[i].Key)}</text>");
            Stack(html, left, y + 4, barWidth, groups[i].PositionsBefore);
            Stack(html, left, y + 18, barWidth, groups[i].PositionsAfter);
        }

        for (int p = 0; p < 3; p++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<rect x=\"{left + (p * 90)}\" y=\"{legend}\" width=\"10\" height=\"10\" fill=\"{Colours[p]}\"/><text x=\"{left + (p * 90) + 14}\" y=\"{legend + 10}\">{Positions[p]}</text>");
        }

        html.Append(CultureInfo.InvariantCulture, $"<text x=\"{left}\" y=\"{legend + 28}\">upper bar: before; lower bar: after</text></svg>\n");
    }

    // Average compa-ratio per group as bars on a common 0–1.5 scale, with the mid (1.0) marked.
    private static void CompaChart(StringBuilder html, ImpactReport report, string dimension)
    {
        var groups = report.Groups.Where(g => g.Dimension == dimension).ToList();
        const int barWidth = 360, rowHeight = 40, left = 90, width = left + barWidth + 140;
        const double top = 1.5;
        int height = (groups.Count * rowHeight) + 24;
        Open(html, width, height, $"average compa-ratio by {dimension}, before and after");
        double mid = left + (barWidth / top);
        html.Append(CultureInfo.InvariantCulture, $"<line x1=\"{mid:0.#}\" y1=\"0\" x2=\"{mid:0.#}\" y2=\"{height - 18}\" stroke=\"#555\" stroke-dasharray=\"3,3\"/><text x=\"{mid - 20:0.#}\" y=\"{height - 4}\">mid 1.0</text>");
        for (int i = 0; i < groups.Count; i++)
        {
            int y = i * rowHeight;
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 20}\">{E(groups[i].Key)}</text>");
            Bar(html, left, y + 4, barWidth, (double)(groups[i].AverageCompaBefore ?? 0) / top, "#999", "before " + Compa(groups[i].AverageCompaBefore));
            Bar(html, left, y + 20, barWidth, (double)(groups[i].AverageCompaAfter ?? 0) / top, "#337ab7", "after " + Compa(groups[i].AverageCompaAfter));
        }

        html.Append("</svg>\n");
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
        const int barWidth = 360, rowHeight = 40, left = 60, width = left + barWidth + 200;
        Open(html, width, Math.Max(1, report.Costs.Count) * rowHeight, "cost to band minimum per currency");
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

    // A picture that scales down to its container and never wider than drawn.
    private static void Open(StringBuilder html, int width, int height, string label) =>
        html.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" role=\"img\" aria-label=\"{E(label)}\">");

    private static void Bar(StringBuilder html, int x, int y, int width, double share, string colour, string label) =>
        html.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{y}\" width=\"{Math.Max(1, width * Math.Min(1, share)):0.#}\" height=\"12\" fill=\"{colour}\"/><text x=\"{x + (width * Math.Min(1, share)) + 6:0.#}\" y=\"{y + 11}\">{E(label)}</text>");

    private static void Row(StringBuilder html, string label, string value) =>
        html.Append("<tr><td>").Append(E(label)).Append("</td><td>").Append(E(value)).Append("</td></tr>");

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
