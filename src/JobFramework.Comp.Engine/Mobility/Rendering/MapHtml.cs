using System.Text;
using JobFramework.Comp.Framework;

namespace JobFramework.Comp.Mobility.Rendering;

/// <summary>
/// A self-contained HTML page for an HR portal: the map's SVG inline and a table of every move with its
/// reasons, required trainings and shared skills. No scripts, stylesheets or fonts are fetched.
/// </summary>
public static class MapHtml
{
    public static string Render(MobilityMap map, JobFrameworkModel framework, MobilityRules rules)
    {
        string title = $"Mobility map: {map.Origin.Title} ({map.Origin.Id})";
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>").Append(MapSvg.Escape(title)).Append("</title>\n");
        // On a phone the picture shrinks to the screen and the table scrolls sideways inside its own box.
        html.Append("<style>body{font-family:Helvetica,Arial,sans-serif;margin:16px;color:#222}h1{font-size:1.3em}")
            .Append(".moves{overflow-x:auto}table{border-collapse:collapse;margin-top:16px;min-width:600px}")
            .Append("th,td{border:1px solid #ccd;padding:4px 8px;text-align:left;vertical-align:top;font-size:13px}th{background:#eef3fb}</style>\n</head>\n<body>\n");
        html.Append("<h1>").Append(MapSvg.Escape(title)).Append("</h1>\n");
        html.Append("<p>").Append(MapSvg.Escape($"{map.Nodes.Count - 1} roles within {map.Depth} {(map.Depth == 1 ? "move" : "moves")}; {map.Edges.Count} moves.")).Append("</p>\n");
        html.Append(MapSvg.Render(map, framework));
        html.Append("<div class=\"moves\"><table>\n<thead><tr><th>From</th><th>To</th><th>Move</th><th>Why</th><th>Requires</th></tr></thead>\n<tbody>\n");
        foreach (var edge in map.Edges)
        {
            html.Append("<tr><td>").Append(MapSvg.Escape($"{edge.From.Title} ({edge.From.Id})"))
                .Append("</td><td>").Append(MapSvg.Escape($"{edge.To.Title} ({edge.To.Id})"))
                .Append("</td><td>").Append(MapSvg.Escape(MapStyle.Label(edge)))
                .Append("</td><td>").Append(MapSvg.Escape(string.Join("; ", edge.Reasons.Select(r => r.Text))))
                .Append("</td><td>").Append(MapSvg.Escape(MapStyle.Requirements(edge, rules)))
                .Append("</td></tr>\n");
        }

        return html.Append("</tbody>\n</table></div>\n</body>\n</html>\n").ToString();
    }
}
