using System.Globalization;
using System.Security;
using System.Text;
using JobFramework.Comp.Framework;

namespace JobFramework.Comp.Mobility.Rendering;

/// <summary>
/// A mobility map as a self-contained SVG (no scripts, fonts or links): one column per distance from the
/// origin, roles by id within a column, moves coloured by their strongest reason with every reason in the
/// edge's tooltip, and a legend. Laid out here rather than by Graphviz so an HR portal needs nothing installed.
/// </summary>
public static class MapSvg
{
    private const int NodeWidth = 220;
    private const int NodeHeight = 48;
    private const int ColumnGap = 120;
    private const int RowGap = 20;
    private const int Margin = 20;
    private const int Top = 56;
    private const int LegendHeight = 40;

    public static string Render(MobilityMap map, JobFrameworkModel framework) => Render(map, framework, link: null);

    /// <summary>
    /// The map with each role a link (<paramref name="link"/> gives its address, or null for none): a picture whose
    /// boxes are links is a group of links rather than an image, as assistive technology expects.
    /// </summary>
    public static string Render(MobilityMap map, JobFrameworkModel framework, Func<Role, string?>? link)
    {
        var columns = map.Nodes.GroupBy(n => n.Depth).ToDictionary(g => g.Key, g => g.ToArray());
        var place = new Dictionary<string, (int X, int Y)>(StringComparer.Ordinal);
        foreach (var (depth, nodes) in columns)
        {
            for (int row = 0; row < nodes.Length; row++)
            {
                place[nodes[row].Role.Id] = (Margin + (depth * (NodeWidth + ColumnGap)), Top + (row * (NodeHeight + RowGap)));
            }
        }

        int width = Math.Max(560, (2 * Margin) + (columns.Count * NodeWidth) + ((columns.Count - 1) * ColumnGap) + 60);
        int height = Top + (columns.Values.Max(c => c.Length) * (NodeHeight + RowGap)) + LegendHeight;
        var svg = new StringBuilder();
        // No fixed size: the picture scales to its container (a phone, a portal column) and keeps its proportions.
        svg.Append(Inv($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" viewBox=\"0 0 {width} {height}\" preserveAspectRatio=\"xMinYMin meet\" style=\"max-width:{width}px;height:auto\" font-family=\"Helvetica, Arial, sans-serif\" role=\"{(link is null ? "img" : "group")}\">\n"));
        svg.Append("<title>").Append(Escape($"Mobility map of {map.Origin.Title} ({map.Origin.Id}), {map.Depth} {(map.Depth == 1 ? "move" : "moves")} deep")).Append("</title>\n");
        Markers(svg, map);
        svg.Append(Inv($"<text x=\"{Margin}\" y=\"28\" font-size=\"16\" font-weight=\"bold\">")).Append(Escape($"Mobility map: {map.Origin.Title} ({map.Origin.Id})")).Append("</text>\n");
        foreach (var edge in map.Edges)
        {
            Edge(svg, edge, place[edge.From.Id], place[edge.To.Id]);
        }

        foreach (var node in map.Nodes)
        {
            Node(svg, node, place[node.Role.Id], framework, link?.Invoke(node.Role));
        }

        Legend(svg, map, height - LegendHeight + 20);
        return svg.Append("</svg>\n").ToString();
    }

    private static void Markers(StringBuilder svg, MobilityMap map)
    {
        svg.Append("<defs>\n");
        foreach (var (kind, colour, _) in MapStyle.Legend(map))
        {
            svg.Append(Inv($"<marker id=\"arrow-{MobilityJson.Name(kind)}\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"{colour}\"/></marker>\n"));
        }

        svg.Append("</defs>\n");
    }

    private static void Node(StringBuilder svg, MapNode node, (int X, int Y) at, JobFrameworkModel framework, string? href)
    {
        string fill = node.Depth == 0 ? MapStyle.OriginFill : MapStyle.NodeFill;
        string description = $"{node.Role.Id}: {node.Role.Title}, cluster {node.Cluster}, {node.Depth} {(node.Depth == 1 ? "move" : "moves")} away";
        if (href is not null)
        {
            // Named by its visible text (title and id), as a link's name must contain what it shows.
            svg.Append("<a href=\"").Append(Escape(href)).Append("\">");
        }

        svg.Append(Inv($"<g><title>")).Append(Escape(description)).Append("</title>");
        svg.Append(Inv($"<rect x=\"{at.X}\" y=\"{at.Y}\" width=\"{NodeWidth}\" height=\"{NodeHeight}\" rx=\"8\" fill=\"{fill}\" stroke=\"#40557a\" stroke-width=\"{(node.Depth == 0 ? 2 : 1)}\"/>"));
        svg.Append(Inv($"<text x=\"{at.X + (NodeWidth / 2)}\" y=\"{at.Y + 20}\" font-size=\"13\" text-anchor=\"middle\">")).Append(Escape(Fit(node.Role.Title, 30))).Append("</text>");
        svg.Append(Inv($"<text x=\"{at.X + (NodeWidth / 2)}\" y=\"{at.Y + 38}\" font-size=\"11\" fill=\"#555\" text-anchor=\"middle\">"))
            .Append(Escape(node.Role.Id + " · " + MapStyle.LevelCode(framework, node.Role))).Append("</text></g>").Append(href is null ? "" : "</a>").Append('\n');
    }

    // Forward moves run from a box's right side (upper port) to the next column's left side; moves within a
    // column bow out to the right (middle port); moves back to a nearer column leave the left side and come in
    // at the right side's lower port, so arrows into a box never sit on the moves leaving it.
    private static void Edge(StringBuilder svg, MoveEdge edge, (int X, int Y) from, (int X, int Y) to)
    {
        int upper = NodeHeight * 3 / 10;
        int middle = NodeHeight / 2;
        int lower = NodeHeight * 7 / 10;
        string path = to.X > from.X
            ? Inv($"M{from.X + NodeWidth},{from.Y + upper} C{from.X + NodeWidth + (ColumnGap / 2)},{from.Y + upper} {to.X - (ColumnGap / 2)},{to.Y + middle} {to.X},{to.Y + middle}")
            : to.X == from.X
                ? Inv($"M{from.X + NodeWidth},{from.Y + middle} C{from.X + NodeWidth + 50},{from.Y + middle} {to.X + NodeWidth + 50},{to.Y + middle} {to.X + NodeWidth},{to.Y + middle}")
                : Inv($"M{from.X},{from.Y + lower} C{from.X - (ColumnGap / 2)},{from.Y + lower} {to.X + NodeWidth + (ColumnGap / 2)},{to.Y + lower} {to.X + NodeWidth},{to.Y + lower}");
        svg.Append("<g><title>").Append(Escape(MapStyle.Tooltip(edge))).Append("</title>");
        svg.Append(Inv($"<path d=\"{path}\" fill=\"none\" stroke=\"{MapStyle.Colour(edge)}\" stroke-width=\"1.6\"{(MapStyle.Dashed(edge) ? " stroke-dasharray=\"5,4\"" : "")} marker-end=\"url(#arrow-{MobilityJson.Name(MapStyle.Strongest(edge))})\"/></g>\n"));
    }

    private static void Legend(StringBuilder svg, MobilityMap map, int y)
    {
        int x = Margin;
        foreach (var (kind, colour, dashed) in MapStyle.Legend(map))
        {
            svg.Append(Inv($"<line x1=\"{x}\" y1=\"{y}\" x2=\"{x + 30}\" y2=\"{y}\" stroke=\"{colour}\" stroke-width=\"2\"{(dashed ? " stroke-dasharray=\"5,4\"" : "")}/>"));
            svg.Append(Inv($"<text x=\"{x + 36}\" y=\"{y + 4}\" font-size=\"11\">{MapStyle.Short(kind)}</text>\n"));
            x += 130;
        }
    }

    // A box holds about 30 characters of its title; longer titles end in an ellipsis (the tooltip has them whole).
    private static string Fit(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    internal static string Escape(string text) => SecurityElement.Escape(text);
}
