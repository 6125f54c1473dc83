using System.Xml.Linq;
using JobFramework.Comp.Engine.Tests.Support;
using JobFramework.Comp.Mobility;
using JobFramework.Comp.Mobility.Rendering;

namespace JobFramework.Comp.Engine.Tests.Mobility;

/// <summary>The mobility map of a role: what is reachable within k moves, each move's reasons, and its pictures.</summary>
public class MobilityMapTests
{
    private static MobilityMap Map(string role, int depth)
    {
        var result = MobilityMap.From(Samples.Release.Mobility, role, depth);
        result.Errors.ShouldBeEmpty();
        return result.Value!;
    }

    [Fact]
    public void A_data_analysts_first_moves_are_the_named_paths_and_the_level_up()
    {
        var map = Map("data-ic3", 1);

        map.Nodes.Select(n => (n.Role.Id, n.Depth)).ShouldBe([("data-ic3", 0), ("data-ic3-bi", 1), ("data-ic3-engineering", 1), ("data-ic4", 1), ("eng-ic3-ml", 1)]);
        map.Edges.Select(e => (e.To.Id, e.Reasons.Single().Kind)).ShouldBe(
            [("data-ic3-bi", MoveReasonKind.ExplicitPath), ("data-ic3-engineering", MoveReasonKind.ExplicitPath), ("data-ic4", MoveReasonKind.NextLevel), ("eng-ic3-ml", MoveReasonKind.ExplicitPath)]);
        map.Edges.Single(e => e.To.Id == "eng-ic3-ml").Path!.RequiredTrainings.ShouldBe(["ml-foundations"]);
    }

    [Fact]
    public void Deeper_maps_add_the_next_ring_and_the_moves_back_on_shared_skills()
    {
        var map = Map("data-ic3", 2);

        map.Nodes.Where(n => n.Depth == 2).Select(n => n.Role.Id).ShouldBe(["data-ic5", "eng-ic4"]);
        var back = map.Edges.Single(e => e.From.Id == "data-ic3-engineering" && e.To.Id == "data-ic3");
        back.Reasons.ShouldHaveSingleItem().Text.ShouldBe("shares 2 of 3 core skills: SQL, Statistics");
        back.Kind.ShouldBe(MoveKind.Lateral);
        map.Nodes.Where(n => n.Role.Id.StartsWith("data-ic3", StringComparison.Ordinal)).Select(n => n.Cluster).Distinct().ShouldHaveSingleItem();
    }

    [Fact]
    public void The_other_track_is_one_move_away_at_the_aligned_level()
    {
        var map = Map("eng-ic5", 1);

        var across = map.Edges.Single(e => e.To.Id == "eng-m5");
        across.Kind.ShouldBe(MoveKind.TrackSwitch);
        across.Reasons.ShouldHaveSingleItem().Kind.ShouldBe(MoveReasonKind.AlignedTrack);
    }

    [Theory]
    [InlineData("data-ic3", 0, "depth", "depth must be 1 to 4 (the rules' maxDepth), not 0.")]
    [InlineData("data-ic3", 5, "depth", "depth must be 1 to 4 (the rules' maxDepth), not 5.")]
    [InlineData("data-ic33", 2, "role", "Unknown role 'data-ic33'. Did you mean 'data-ic3'?")]
    public void An_unknown_role_or_a_depth_over_the_limit_is_an_error_not_a_partial_map(string role, int depth, string field, string message)
    {
        var result = MobilityMap.From(Samples.Release.Mobility, role, depth);

        result.Value.ShouldBeNull();
        result.Errors.ShouldHaveSingleItem().ShouldBe(new Comp.Evaluation.InputError(field, message));
    }

    [Fact]
    public void The_dot_export_draws_each_move_with_its_reason()
    {
        string dot = MapDot.Render(Map("data-ic3", 1), Samples.Release.Framework);

        dot.ShouldStartWith("digraph \"mobility data-ic3\" {\n  rankdir=LR;\n");
        dot.ShouldContain("  \"data-ic3\" -> \"eng-ic3-ml\" [label=\"named path\", color=\"#1b7f3b\", fontcolor=\"#1b7f3b\", tooltip=\"data-ic3 → eng-ic3-ml: named career path: Statistics and Python are the ground machine learning stands on\"];\n");
        dot.ShouldContain("  \"data-ic3\" [label=\"Data Analyst\\ndata-ic3 · IC3\"");
        dot.Split('\n').Count(l => l.Contains(" -> ", StringComparison.Ordinal)).ShouldBe(4);
    }

    [Fact]
    public void The_svg_is_well_formed_self_contained_and_has_a_box_per_role_and_a_line_per_move()
    {
        var map = Map("data-ic3", 2);
        string svg = MapSvg.Render(map, Samples.Release.Framework);

        var document = XDocument.Parse(svg);
        XNamespace ns = "http://www.w3.org/2000/svg";
        document.Root!.Name.ShouldBe(ns + "svg");
        document.Descendants(ns + "rect").Count().ShouldBe(map.Nodes.Count);
        document.Descendants(ns + "path").Count(p => p.Attribute("marker-end") is not null).ShouldBe(map.Edges.Count);
        document.Descendants(ns + "script").ShouldBeEmpty();
        document.Descendants().Attributes().Where(a => a.Name.LocalName == "href").ShouldBeEmpty();
        document.Descendants(ns + "text").Select(t => t.Value).ShouldContain("Machine Learning Engineer");
    }

    [Fact]
    public void The_html_page_holds_the_picture_and_a_row_per_move_and_fetches_nothing()
    {
        var map = Map("data-ic3", 2);
        string html = MapHtml.Render(map, Samples.Release.Framework, Samples.Release.Mobility.Rules);

        html.ShouldStartWith("<!DOCTYPE html>");
        html.ShouldContain("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.ShouldContain("<td>Machine learning foundations certificate (about 60 h)</td>");
        html.ShouldNotContain("<td>ml-foundations</td>");
        html.ShouldContain("<svg xmlns=\"http://www.w3.org/2000/svg\"");
        (html.Split("<tr><td>").Length - 1).ShouldBe(map.Edges.Count);
        html.ShouldNotContain("<script");
        html.ShouldNotContain("<link");
        html.ShouldContain("<td>Data Analyst (data-ic3)</td><td>Machine Learning Engineer (eng-ic3-ml)</td><td>named path</td>");
    }

    [Fact]
    public void The_json_export_lists_nodes_nearest_first_and_every_edge_with_its_reasons()
    {
        using var json = System.Text.Json.JsonDocument.Parse(MobilityJson.Map(Map("audit-ic3", 1)));
        var root = json.RootElement;

        root.GetProperty("origin").GetString().ShouldBe("audit-ic3");
        root.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).ShouldBe(["audit-ic3", "audit-ic4", "compliance-ic3", "risk-ic3"]);
        var risk = root.GetProperty("edges").EnumerateArray().Single(e => e.GetProperty("to").GetString() == "risk-ic3");
        risk.GetProperty("requires").EnumerateArray().Select(r => r.GetString()).ShouldBe(["risk-analysis-foundations"]);
        risk.GetProperty("reasons")[0].GetProperty("kind").GetString().ShouldBe("explicitPath");
    }

    [Fact]
    public void The_svg_scales_to_its_container_instead_of_a_fixed_width()
    {
        var root = XDocument.Parse(MapSvg.Render(Map("data-ic3", 2), Samples.Release.Framework)).Root!;

        root.Attribute("width")!.Value.ShouldBe("100%");
        root.Attribute("height").ShouldBeNull();
        root.Attribute("viewBox")!.Value.ShouldStartWith("0 0 ");
    }

    [Fact]
    public void The_legend_lists_only_the_kinds_of_move_the_picture_draws()
    {
        XNamespace ns = "http://www.w3.org/2000/svg";
        string Legend(MobilityMap map) => string.Join(" | ", XDocument.Parse(MapSvg.Render(map, Samples.Release.Framework)).Descendants(ns + "text")
            .Select(t => t.Value).Where(v => v is "named path" or "level up" or "other track" or "shared skills"));

        // The principal engineer's map at depth 1: a level up and the other track, no named path, no shared skills.
        Legend(Map("eng-ic7", 1)).ShouldBe("level up | other track");
        Legend(Map("data-ic3", 1)).ShouldContain("named path");
    }

    [Fact]
    public void A_map_with_links_makes_each_role_a_link_and_the_picture_a_group()
    {
        var map = Map("data-ic3", 1);

        var svg = XDocument.Parse(MapSvg.Render(map, Samples.Release.Framework, role => role.Id == "data-ic4" ? null : "/roles/" + role.Id)).Root!;
        var plain = XDocument.Parse(MapSvg.Render(map, Samples.Release.Framework)).Root!;

        XNamespace ns = "http://www.w3.org/2000/svg";
        svg.Attribute("role")!.Value.ShouldBe("group");
        svg.Descendants(ns + "a").Select(a => a.Attribute("href")!.Value).ShouldBe(["/roles/data-ic3", "/roles/data-ic3-bi", "/roles/data-ic3-engineering", "/roles/eng-ic3-ml"]);
        plain.Attribute("role")!.Value.ShouldBe("img");
        plain.Descendants(ns + "a").ShouldBeEmpty();
    }
}
