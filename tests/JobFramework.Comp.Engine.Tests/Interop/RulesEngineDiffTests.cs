using JobFramework.Comp.Governance;

namespace JobFramework.Comp.Engine.Tests.Interop;

/// <summary><c>comp rules diff</c> sees into the workflows RulesEngine runs: a rule's expression and a parameter's schema changing.</summary>
public sealed class RulesEngineDiffTests
{
    [Fact]
    public void A_changed_rule_and_a_changed_parameter_of_a_RulesEngine_workflow_are_in_the_diff()
    {
        string file = File.ReadAllText(Path.Combine(RulesEngineSample.ReleaseFolder, "workflows", "relocation.json"))
            .Replace("move.distanceKm >= 500", "move.distanceKm >= 800", StringComparison.Ordinal)
            .Replace("\"maxItems\": 12", "\"maxItems\": 20", StringComparison.Ordinal);
        var changed = RulesEngineSample.LoadWith("relocation.json", file).Release.ShouldNotBeNull();

        var rules = ReleaseComparer.Compare(RulesEngineSample.Release, changed).Rules;

        rules.Select(r => r.Id).ShouldBe(["relocation/LongDistance/Far", "relocation/parameters/move"]);
        rules[0].Details.Single().ShouldBe("expression: move.distanceKm >= 500 -> move.distanceKm >= 800");
        rules[1].Kind.ShouldBe(ChangeKind.Changed);
    }
}
