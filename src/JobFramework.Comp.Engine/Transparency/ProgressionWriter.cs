using System.Globalization;
using System.Net;
using System.Text;
using JobFramework.Comp.Evaluation;

namespace JobFramework.Comp.Transparency;

/// <summary>
/// Writes <see cref="ProgressionCriteria"/> as Markdown (for wikis and diffs) or as a standalone HTML page. Both say
/// the same things in the same order, in plain and gender-neutral words ("a person", never "he" or "she").
/// </summary>
public static class ProgressionWriter
{
    public static string ToMarkdown(ProgressionCriteria document)
    {
        var md = new StringBuilder();
        md.Append(CultureInfo.InvariantCulture, $"# Progression criteria: {document.Family.Name}, {document.Track.Name} track\n\n");
        md.Append(CultureInfo.InvariantCulture, $"{Provenance(document)}\n");
        foreach (var step in document.Steps)
        {
            md.Append(CultureInfo.InvariantCulture, $"\n## {step.From.Code} {step.From.Title} → {step.To.Code} {step.To.Title}\n\n");
            if (step.Expectation is { } expected)
            {
                md.Append(CultureInfo.InvariantCulture, $"What {step.To.Code} expects — scope: {expected.Scope} Impact: {expected.Impact} Behaviours: {expected.Behaviours}\n\n");
            }

            md.Append("A person moves up when every criterion is met:\n\n");
            int number = 1;
            foreach (var criterion in step.Criteria)
            {
                WriteCriterion(md, criterion, $"{number++.ToString(CultureInfo.InvariantCulture)}. ", "   ");
            }

            if (step.TargetRole is null)
            {
                md.Append(CultureInfo.InvariantCulture, $"\n{NoRole(document, step)}\n");
            }

            if (step.Skills.Count > 0)
            {
                md.Append(CultureInfo.InvariantCulture, $"\nSkills of {step.TargetRole!.Title} ({step.To.Code}):\n\n| Skill | Proficiency | What it looks like |\n|---|---|---|\n");
                foreach (var skill in step.Skills)
                {
                    md.Append(CultureInfo.InvariantCulture, $"| {skill.Name} | {skill.Proficiency} {skill.Label} | {skill.Indicator ?? "—"} |\n");
                }
            }

            if (step.Bands.Count > 0)
            {
                md.Append(CultureInfo.InvariantCulture, $"\nPay band of {step.To.Code} (base pay a year):\n\n| Region | Minimum | Maximum |\n|---|---:|---:|\n");
                foreach (var band in step.Bands)
                {
                    md.Append(CultureInfo.InvariantCulture, $"| {band.Region.Name} | {band.Band.Min.ToDisplayString()} | {band.Band.Max.ToDisplayString()} |\n");
                }
            }
        }

        return md.ToString();
    }

    public static string ToHtml(ProgressionCriteria document)
    {
        var html = new StringBuilder();
        string title = $"Progression criteria: {document.Family.Name}, {document.Track.Name} track";
        html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{E(title)}</title>\n<style>{Style}</style>\n</head>\n<body>\n<main>\n<h1>{E(title)}</h1>\n<p>{E(Provenance(document))}</p>\n");
        foreach (var step in document.Steps)
        {
            html.Append(CultureInfo.InvariantCulture, $"<section>\n<h2>{E(step.From.Code)} {E(step.From.Title)} → {E(step.To.Code)} {E(step.To.Title)}</h2>\n");
            if (step.Expectation is { } expected)
            {
                html.Append(CultureInfo.InvariantCulture, $"<dl><dt>Scope</dt><dd>{E(expected.Scope)}</dd><dt>Impact</dt><dd>{E(expected.Impact)}</dd><dt>Behaviours</dt><dd>{E(expected.Behaviours)}</dd></dl>\n");
            }

            html.Append("<p>A person moves up when every criterion is met:</p>\n<ol>\n");
            foreach (var criterion in step.Criteria)
            {
                WriteCriterion(html, criterion);
            }

            html.Append("</ol>\n");
            if (step.TargetRole is null)
            {
                html.Append(CultureInfo.InvariantCulture, $"<p>{E(NoRole(document, step))}</p>\n");
            }

            if (step.Skills.Count > 0)
            {
                html.Append(CultureInfo.InvariantCulture, $"<table><caption>Skills of {E(step.TargetRole!.Title)} ({E(step.To.Code)})</caption>\n<thead><tr><th scope=\"col\">Skill</th><th scope=\"col\">Proficiency</th><th scope=\"col\">What it looks like</th></tr></thead>\n<tbody>\n");
                foreach (var skill in step.Skills)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(skill.Name)}</td><td>{skill.Proficiency} {E(skill.Label)}</td><td>{E(skill.Indicator ?? "—")}</td></tr>\n");
                }

                html.Append("</tbody></table>\n");
            }

            if (step.Bands.Count > 0)
            {
                html.Append(CultureInfo.InvariantCulture, $"<table><caption>Pay band of {E(step.To.Code)} (base pay a year)</caption>\n<thead><tr><th scope=\"col\">Region</th><th scope=\"col\">Minimum</th><th scope=\"col\">Maximum</th></tr></thead>\n<tbody>\n");
                foreach (var band in step.Bands)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(band.Region.Name)}</td><td class=\"n\">{E(band.Band.Min.ToDisplayString())}</td><td class=\"n\">{E(band.Band.Max.ToDisplayString())}</td></tr>\n");
                }

                html.Append("</tbody></table>\n");
            }

            html.Append("</section>\n");
        }

        return html.Append("</main>\n</body>\n</html>\n").ToString();
    }

    /// <summary>A criterion as one line of text: the statement (or the rule's name when it states none) and where the rule is written.</summary>
    public static string Line(StatedCriterion criterion) =>
        $"{criterion.Statement ?? $"{criterion.Rule} (the rule states no criterion in words)"} (rule {criterion.Rule}, {criterion.Location})";

    // A criterion that reads the target role renders "?" without one: say why, rather than leave the reader guessing.
    private static string NoRole(ProgressionCriteria document, ProgressionStep step) =>
        $"Note: the release defines no {document.Family.Name} role at {step.To.Code}, so the criteria that read the role (its skills and expectations, shown as ?) cannot be met there until one is defined.";

    private static string Provenance(ProgressionCriteria document) =>
        string.Create(CultureInfo.InvariantCulture, $"Generated from release {document.ReleaseId} (effective {document.EffectiveFrom:yyyy-MM-dd}, content {document.ContentHash}): the rules that decide eligibility. Every criterion names the rule that applies it.");

    private static void WriteCriterion(StringBuilder md, StatedCriterion criterion, string bullet, string indent)
    {
        md.Append(bullet).Append(Line(criterion)).Append('\n');
        if (criterion.Children.Count > 0)
        {
            md.Append(indent).Append(criterion.AnyOf ? "At least one of:\n" : "All of:\n");
            foreach (var child in criterion.Children)
            {
                WriteCriterion(md, child, indent + "- ", indent + "  ");
            }
        }
    }

    private static void WriteCriterion(StringBuilder html, StatedCriterion criterion)
    {
        html.Append("<li>").Append(E(Line(criterion)));
        if (criterion.Children.Count > 0)
        {
            html.Append(criterion.AnyOf ? "<p>At least one of:</p><ul>\n" : "<p>All of:</p><ul>\n");
            foreach (var child in criterion.Children)
            {
                WriteCriterion(html, child);
            }

            html.Append("</ul>");
        }

        html.Append("</li>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private const string Style = "body{font:16px/1.5 system-ui,sans-serif;color:#1b1f24;margin:0}main{max-width:60rem;margin:0 auto;padding:1rem}"
        + "table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #c9ced6;padding:.3rem .6rem;text-align:left}td.n{text-align:right}"
        + "caption{text-align:left;font-weight:600}dt{font-weight:600}";
}
