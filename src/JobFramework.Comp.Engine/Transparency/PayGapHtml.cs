using System.Globalization;
using System.Net;
using System.Text;

namespace JobFramework.Comp.Transparency;

/// <summary>
/// The pay-gap report as one standalone HTML page: per region the headline gaps, the quartile chart (share of women
/// and men in each pay quartile) and per category the gap with its flag and a bar splitting it into what each
/// objective factor explains and the unexplained remainder. Charts are inline SVG with text equivalents beside them.
/// </summary>
internal static class PayGapHtml
{
    private const string Women = "#7a3e9d";
    private const string Men = "#1f6f8b";
    private const string Other = "#9aa3ad";
    private static readonly string[] FactorColours = ["#2e7d32", "#8d6e00", "#5d4037", "#00695c"];

    public static string Write(PayGapReport report) =>
        new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Pay-gap report</title>\n<style>")
            .Append("body{font:16px/1.5 system-ui,sans-serif;color:#1b1f24;margin:0}main{max-width:64rem;margin:0 auto;padding:1rem}")
            .Append("table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #c9ced6;padding:.3rem .6rem;text-align:left}td.n{text-align:right}")
            .Append("caption{text-align:left;font-weight:600}.flag{color:#a4161a;font-weight:700}.key span{display:inline-block;width:.8rem;height:.8rem;margin:0 .3rem 0 1rem}")
            .Append("</style>\n</head>\n<body>\n<main>\n<h1>Pay-gap report</h1>\n")
            .Append(Sections(report))
            .Append("</main>\n</body>\n</html>\n").ToString();

    /// <summary>The report without the page around it: what the comp pages show inside their own layout.</summary>
    public static string Sections(PayGapReport report)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<p>Snapshot of {report.TakenOn:yyyy-MM-dd}{(report.Snapshot is null ? "" : $" ({E(report.Snapshot)})")}, release {E(report.ReleaseId)} (content {E(report.ContentHash)}). ")
            .Append(CultureInfo.InvariantCulture, $"A gap is (men − women) / men: positive when men are paid more. Categories whose mean gap in total pay is {report.ThresholdPct}% or more either way are flagged for a joint pay assessment (Art. 10). ")
            .Append(CultureInfo.InvariantCulture, $"Figures for groups of fewer than {report.MinimumGroupSize} women or men are withheld.</p>\n");
        foreach (var unit in report.Units)
        {
            Unit(html, unit, report);
        }

        return html.ToString();
    }

    private static void Unit(StringBuilder html, UnitGap unit, PayGapReport report)
    {
        html.Append(CultureInfo.InvariantCulture, $"<section>\n<h2>{E(unit.Region.Name)} ({E(unit.Region.Currency.Code)})</h2>\n");
        if (unit.Withheld)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{unit.People.Total} people: too few women or men to show figures.</p>\n</section>\n");
            return;
        }

        html.Append(CultureInfo.InvariantCulture, $"<p>{unit.People.Women} women, {unit.People.Men} men, {unit.People.Others} recorded otherwise.</p>\n")
            .Append("<table><caption>Gaps</caption><thead><tr><th scope=\"col\">Pay</th><th scope=\"col\">Mean gap</th><th scope=\"col\">Median gap</th></tr></thead><tbody>\n");
        foreach (var (name, pair) in new[] { ("Total (basic + variable)", unit.Total), ("Basic", unit.Base), ("Variable (those receiving it)", unit.Variable) })
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{name}</td><td class=\"n\">{Pct(pair.Mean)}</td><td class=\"n\">{Pct(pair.Median)}</td></tr>\n");
        }

        html.Append("</tbody></table>\n")
            .Append(CultureInfo.InvariantCulture, $"<p>Receiving variable pay: {Pct(unit.WomenReceivingVariablePct)} of women, {Pct(unit.MenReceivingVariablePct)} of men.</p>\n");
        Quartiles(html, unit);
        Categories(html, unit, report);
        html.Append("</section>\n");
    }

    private static void Quartiles(StringBuilder html, UnitGap unit)
    {
        const int width = 480, bar = 22;
        var label = string.Join("; ", unit.Quartiles.Select(q => $"quartile {q.Number}: {Pct(q.WomenPct)} women, {Pct(q.MenPct)} men"));
        html.Append(CultureInfo.InvariantCulture, $"<h3>Women and men in each pay quartile (1 = lowest paid)</h3>\n<svg role=\"img\" aria-label=\"{E(label)}\" width=\"{width + 40}\" height=\"{(bar + 8) * 4}\" viewBox=\"0 0 {width + 40} {(bar + 8) * 4}\">\n");
        foreach (var q in unit.Quartiles)
        {
            int y = (q.Number - 1) * (bar + 8);
            int women = q.People == 0 ? 0 : width * q.Women / q.People;
            int men = q.People == 0 ? 0 : width * q.Men / q.People;
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 16}\">Q{q.Number}</text>")
                .Append(CultureInfo.InvariantCulture, $"<rect x=\"30\" y=\"{y}\" width=\"{women}\" height=\"{bar}\" fill=\"{Women}\"/>")
                .Append(CultureInfo.InvariantCulture, $"<rect x=\"{30 + women}\" y=\"{y}\" width=\"{men}\" height=\"{bar}\" fill=\"{Men}\"/>")
                .Append(CultureInfo.InvariantCulture, $"<rect x=\"{30 + women + men}\" y=\"{y}\" width=\"{width - women - men}\" height=\"{bar}\" fill=\"{Other}\"/>\n");
        }

        html.Append("</svg>\n")
            .Append(CultureInfo.InvariantCulture, $"<p class=\"key\"><span style=\"background:{Women}\"></span>Women<span style=\"background:{Men}\"></span>Men<span style=\"background:{Other}\"></span>Recorded otherwise</p>\n")
            .Append("<table><caption>Quartiles</caption><thead><tr><th scope=\"col\">Quartile</th><th scope=\"col\">People</th><th scope=\"col\">Women</th><th scope=\"col\">Men</th></tr></thead><tbody>\n");
        foreach (var q in unit.Quartiles)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{q.Number}</td><td class=\"n\">{q.People}</td><td class=\"n\">{Pct(q.WomenPct)}</td><td class=\"n\">{Pct(q.MenPct)}</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
    }

    private static void Categories(StringBuilder html, UnitGap unit, PayGapReport report)
    {
        html.Append("<table><caption>Categories of equal value</caption><thead><tr><th scope=\"col\">Category</th><th scope=\"col\">People</th>")
            .Append("<th scope=\"col\">Basic mean / median</th><th scope=\"col\">Variable mean / median</th><th scope=\"col\">Total mean / median</th><th scope=\"col\">Flag</th>");
        foreach (var factor in report.Factors)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\">Explained by {E(factor.Label)}</th>");
        }

        html.Append("<th scope=\"col\">Unexplained</th></tr></thead><tbody>\n");
        foreach (var c in unit.Categories)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td title=\"{E(c.Category.Basis)}\">{E(c.Category.Name)}</td><td class=\"n\">{c.People.Total}</td>");
            if (c.Withheld)
            {
                html.Append(CultureInfo.InvariantCulture, $"<td colspan=\"{5 + report.Factors.Count}\">Withheld: fewer than {report.MinimumGroupSize} women or men.</td></tr>\n");
                continue;
            }

            html.Append(CultureInfo.InvariantCulture, $"<td class=\"n\">{Pct(c.Base.Mean)} / {Pct(c.Base.Median)}</td><td class=\"n\">{Pct(c.Variable.Mean)} / {Pct(c.Variable.Median)}</td><td class=\"n\">{Pct(c.Total.Mean)} / {Pct(c.Total.Median)}</td>")
                .Append(c.Flagged ? "<td class=\"flag\">≥ threshold</td>" : "<td>—</td>");
            foreach (var share in c.Explained)
            {
                html.Append(CultureInfo.InvariantCulture, $"<td class=\"n\">{Points(share.Points)}</td>");
            }

            html.Append(CultureInfo.InvariantCulture, $"<td class=\"n\">{Points(c.Unexplained)}</td></tr>\n");
        }

        html.Append("</tbody></table>\n<details><summary>Why these jobs are of equal value</summary><dl>\n");
        foreach (var c in unit.Categories)
        {
            html.Append(CultureInfo.InvariantCulture, $"<dt>{E(c.Category.Name)}</dt><dd>{E(c.Category.Basis)}</dd>\n");
        }

        html.Append("</dl></details>\n");
        foreach (var c in unit.Categories.Where(c => !c.Withheld && c.Total.Mean is not null))
        {
            Split(html, c);
        }
    }

    // One bar per category: each factor's points and the unexplained remainder, scaled to the largest magnitude.
    private static void Split(StringBuilder html, CategoryGap c)
    {
        var parts = c.Explained.Select((s, i) => (Label: "explained by " + s.Factor.Label, Points: s.Points ?? 0m, Colour: FactorColours[i % FactorColours.Length]))
            .Append((Label: "unexplained", Points: c.Unexplained ?? 0m, Colour: "#a4161a")).ToList();
        decimal scale = Math.Max(1m, parts.Sum(p => Math.Abs(p.Points)));
        const int width = 480;
        string label = $"{c.Category.Name}: mean gap {Pct(c.Total.Mean)}; " + string.Join("; ", parts.Select(p => $"{p.Label} {Points(p.Points)}"));
        html.Append(CultureInfo.InvariantCulture, $"<figure><figcaption>{E(c.Category.Name)}: mean gap {Pct(c.Total.Mean)}{(c.Flagged ? " (flagged)" : "")}</figcaption>\n<svg role=\"img\" aria-label=\"{E(label)}\" width=\"{width}\" height=\"24\" viewBox=\"0 0 {width} 24\">");
        decimal x = 0;
        foreach (var part in parts)
        {
            decimal w = Math.Abs(part.Points) / scale * width;
            html.Append(CultureInfo.InvariantCulture, $"<rect x=\"{decimal.Round(x, 1)}\" y=\"0\" width=\"{decimal.Round(w, 1)}\" height=\"24\" fill=\"{part.Colour}\"><title>{E(part.Label)}: {Points(part.Points)}</title></rect>");
            x += w;
        }

        html.Append("</svg>\n<p class=\"key\">");
        foreach (var part in parts)
        {
            html.Append(CultureInfo.InvariantCulture, $"<span style=\"background:{part.Colour}\"></span>{E(part.Label)} {Points(part.Points)}");
        }

        html.Append("</p></figure>\n");
    }

    private static string Pct(decimal? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) + "%" : "withheld";

    private static string Points(decimal? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) + " pts" : "—";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
