namespace JobFramework.Comp.Mobility;

/// <summary>The fewest moves from one role to another that the mobility rules allow, each move with its reasons.</summary>
public static class MobilityRoute
{
    /// <summary>
    /// The shortest route from <paramref name="fromRoleId"/> to <paramref name="toRoleId"/> within
    /// <paramref name="maxMoves"/> moves (breadth first; among equally short routes, the first by the graph's own
    /// move order, so the answer is the same every time); empty when they are the same role, null when there is none.
    /// </summary>
    public static IReadOnlyList<MoveEdge>? Find(MobilityGraph graph, string fromRoleId, string toRoleId, int maxMoves)
    {
        if (fromRoleId == toRoleId)
        {
            return [];
        }

        var cameBy = new Dictionary<string, MoveEdge>(StringComparer.Ordinal);
        var frontier = new List<string> { fromRoleId };
        var seen = new HashSet<string>(StringComparer.Ordinal) { fromRoleId };
        for (int depth = 0; depth < maxMoves && frontier.Count > 0; depth++)
        {
            var next = new List<string>();
            foreach (var roleId in frontier)
            {
                foreach (var move in graph.MovesFrom(roleId))
                {
                    if (!seen.Add(move.To.Id))
                    {
                        continue;
                    }

                    cameBy[move.To.Id] = move;
                    if (move.To.Id == toRoleId)
                    {
                        return Walk(cameBy, fromRoleId, toRoleId);
                    }

                    next.Add(move.To.Id);
                }
            }

            frontier = next;
        }

        return null;
    }

    private static List<MoveEdge> Walk(Dictionary<string, MoveEdge> cameBy, string from, string to)
    {
        var route = new List<MoveEdge>();
        for (string at = to; at != from; at = cameBy[at].From.Id)
        {
            route.Add(cameBy[at]);
        }

        route.Reverse();
        return route;
    }
}
