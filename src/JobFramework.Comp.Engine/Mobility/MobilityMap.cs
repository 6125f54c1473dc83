using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Framework;

namespace JobFramework.Comp.Mobility;

/// <summary>A role on a mobility map: how many moves from the origin, and its shared-skills cluster.</summary>
public sealed record MapNode(Role Role, int Depth, string Cluster);

/// <summary>
/// The roles reachable from one role within <see cref="Depth"/> moves, nearest first (then by id), and every
/// move between them that the walk followed, each with its reasons.
/// </summary>
public sealed record MobilityMap(Role Origin, int Depth, IReadOnlyList<MapNode> Nodes, IReadOnlyList<MoveEdge> Edges)
{
    /// <summary>
    /// Walks the graph breadth first. An unknown role or a depth outside 1 to the rules' maxDepth is an error
    /// naming the field, never a partial map.
    /// </summary>
    public static EvaluationResult<MobilityMap> From(MobilityGraph graph, string roleId, int depth)
    {
        var origin = graph.Framework.FindRole(roleId);
        if (origin is null)
        {
            return EvaluationResult<MobilityMap>.Fail("role", Messages.UnknownRole(roleId, Json.ObjectReader.Suggest(roleId, graph.Framework.Roles.Select(r => r.Id))));
        }

        int max = graph.Rules.Settings.MaxDepth;
        if (depth < 1 || depth > max)
        {
            return EvaluationResult<MobilityMap>.Fail("depth", Messages.DepthOutOfRange(depth, max));
        }

        var depthOf = new Dictionary<string, int>(StringComparer.Ordinal) { [origin.Id] = 0 };
        var nodes = new List<MapNode> { new(origin, 0, graph.ClusterOf(origin.Id)) };
        var edges = new List<MoveEdge>();
        for (int index = 0; index < nodes.Count; index++)
        {
            var node = nodes[index];
            if (node.Depth == depth)
            {
                break;
            }

            foreach (var edge in graph.MovesFrom(node.Role.Id))
            {
                if (!depthOf.ContainsKey(edge.To.Id))
                {
                    depthOf[edge.To.Id] = node.Depth + 1;
                    nodes.Add(new MapNode(edge.To, node.Depth + 1, graph.ClusterOf(edge.To.Id)));
                }

                edges.Add(edge);
            }
        }

        var ordered = nodes.OrderBy(n => n.Depth).ThenBy(n => n.Role.Id, StringComparer.Ordinal).ToArray();
        return EvaluationResult<MobilityMap>.Ok(new MobilityMap(origin, depth, ordered, edges));
    }
}
