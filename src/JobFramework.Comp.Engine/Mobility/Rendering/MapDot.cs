using System.Text;
using JobFramework.Comp.Framework;

namespace JobFramework.Comp.Mobility.Rendering;

/// <summary>A mobility map as Graphviz DOT: roles as boxes ranked left to right by distance, moves labelled with their reasons.</summary>
public static class MapDot
{
    public static string Render(MobilityMap map, JobFrameworkModel framework)
    {
        var dot = new StringBuilder();
        dot.Append("digraph ").Append(Quote("mobility " + map.Origin.Id)).Append(" {\n");
        dot.Append("  rankdir=LR;\n");
        dot.Append("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fillcolor=\"").Append(MapStyle.NodeFill).Append("\"];\n");
        dot.Append("  edge [fontname=\"Helvetica\", fontsize=10];\n");
        foreach (var depth in map.Nodes.GroupBy(n => n.Depth))
        {
            dot.Append("  { rank=same;");
            foreach (var node in depth)
            {
                dot.Append(' ').Append(Quote(node.Role.Id));
            }

            dot.Append(" }\n");
        }

        foreach (var node in map.Nodes)
        {
            dot.Append("  ").Append(Quote(node.Role.Id)).Append(" [label=")
                .Append(Quote(node.Role.Title + "\n" + node.Role.Id + " · " + MapStyle.LevelCode(framework, node.Role)))
                .Append(", tooltip=").Append(Quote("cluster " + node.Cluster + ", " + node.Depth + (node.Depth == 1 ? " move" : " moves") + " away"));
            if (node.Depth == 0)
            {
                dot.Append(", fillcolor=\"").Append(MapStyle.OriginFill).Append("\", penwidth=2");
            }

            dot.Append("];\n");
        }

        foreach (var edge in map.Edges)
        {
            dot.Append("  ").Append(Quote(edge.From.Id)).Append(" -> ").Append(Quote(edge.To.Id))
                .Append(" [label=").Append(Quote(MapStyle.Label(edge)))
                .Append(", color=\"").Append(MapStyle.Colour(edge)).Append("\", fontcolor=\"").Append(MapStyle.Colour(edge)).Append('"')
                .Append(MapStyle.Dashed(edge) ? ", style=dashed" : "")
                .Append(", tooltip=").Append(Quote(MapStyle.Tooltip(edge))).Append("];\n");
        }

        return dot.Append("}\n").ToString();
    }

    // DOT strings: quotes and backslashes escaped, line breaks as \n (centred lines in a label).
    private static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";
}
