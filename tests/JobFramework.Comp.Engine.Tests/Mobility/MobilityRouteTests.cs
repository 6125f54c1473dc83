using JobFramework.Comp.Engine.Tests.Support;
using JobFramework.Comp.Mobility;

namespace JobFramework.Comp.Engine.Tests.Mobility;

/// <summary>The fewest moves from a role to another: what the career explorer's map shows when a role is clicked.</summary>
public class MobilityRouteTests
{
    private static MobilityGraph Graph => Samples.Release.Mobility;

    [Fact]
    public void Two_levels_up_is_two_level_ups()
    {
        var route = MobilityRoute.Find(Graph, "data-ic3", "data-ic5", 4)!;

        route.Select(m => (m.From.Id, m.To.Id, m.Kind)).ShouldBe([("data-ic3", "data-ic4", MoveKind.Vertical), ("data-ic4", "data-ic5", MoveKind.Vertical)]);
    }

    [Fact]
    public void A_route_across_families_is_a_chain_of_allowed_moves_as_short_as_the_map_says()
    {
        var route = MobilityRoute.Find(Graph, "data-ic3", "eng-ic4", 4)!;

        // The map puts eng-ic4 two moves out; the route is that long, starts here, ends there, and each move follows on.
        MobilityMap.From(Graph, "data-ic3", 2).Value!.Nodes.Single(n => n.Role.Id == "eng-ic4").Depth.ShouldBe(2);
        route.Count.ShouldBe(2);
        route[0].From.Id.ShouldBe("data-ic3");
        route[^1].To.Id.ShouldBe("eng-ic4");
        route[1].From.Id.ShouldBe(route[0].To.Id);
        route.ShouldAllBe(m => Graph.MovesFrom(m.From.Id).Contains(m));
        MobilityRoute.Find(Graph, "data-ic3", "eng-ic4", 4)!.ShouldBe(route);
    }

    [Fact]
    public void No_route_within_the_limit_or_to_an_unknown_role_is_none_and_the_same_role_is_no_move()
    {
        MobilityRoute.Find(Graph, "data-ic3", "data-ic5", 1).ShouldBeNull();
        MobilityRoute.Find(Graph, "data-ic3", "no-such-role", 4).ShouldBeNull();
        MobilityRoute.Find(Graph, "data-ic3", "data-ic3", 4)!.ShouldBeEmpty();
    }
}
