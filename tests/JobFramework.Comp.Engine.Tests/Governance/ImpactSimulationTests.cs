using JobFramework.Comp.Engine.Tests.Support;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Governance;

namespace JobFramework.Comp.Engine.Tests.Governance;

/// <summary>The impact of a known change on a handful of employees, every figure exact.</summary>
public class ImpactSimulationTests
{
    // US level 3 minimum 100500 -> 110500: the 108000 engineer falls below band and costs 2500 to bring up.
    private static ImpactReport Simulate(params string[] employees)
    {
        using var copy = new TempRelease();
        copy.Replace("tables/bands.json", "[\"-\", 3, \"us\", \"USD\", 100500", "[\"-\", 3, \"us\", \"USD\", 110500");
        copy.Replace("workflows/level-up.json", "employee.rating >= 3", "employee.rating >= 4");
        var simulation = new ImpactSimulation(Samples.Release, copy.Load().Release!);
        foreach (var json in employees)
        {
            simulation.Add(Samples.Employee(json));
        }

        return simulation.Report();
    }

    private const string EngineerUs = """{ "id": "U1", "family": "engineering", "track": "ic", "level": 3, "region": "us", "baseSalary": 108000 }""";
    private const string EngineerUsHigh = """{ "id": "U2", "family": "engineering", "track": "ic", "level": 3, "region": "us", "baseSalary": 120000 }""";
    private const string AnalystSg = """{ "id": "S1", "family": "data", "track": "ic", "level": 3, "region": "sg", "baseSalary": 80000 }""";
    // The sample's upskilled engineer (eligible for IC5) with a rating of 3: the draft's bar of 4 stops her.
    private const string Upskilled = """
        { "id": "E1002", "family": "engineering", "track": "ic", "level": 4, "region": "us", "baseSalary": 152000, "rating": 3,
          "monthsInLevel": 14, "scope": 5, "mentorship": 3, "certifications": ["cloud-infrastructure-path"],
          "skills": { "programming": 4, "system-design": 4, "code-review": 4, "cloud-infrastructure": 3, "kubernetes": 3, "mentoring": 3 } }
        """;

    [Fact]
    public void Report_CountsTransitionsEligibilityAndCostExactly()
    {
        var report = Simulate(EngineerUs, EngineerUsHigh, AnalystSg, Upskilled);

        report.Rows.ShouldBe(4);
        report.PositionChanges.ShouldBe(1);
        report.Transitions[(int)BandPosition.Within, (int)BandPosition.Below].ShouldBe(1);
        report.Transitions[(int)BandPosition.Within, (int)BandPosition.Within].ShouldBe(2);
        report.Transitions[(int)BandPosition.Below, (int)BandPosition.Below].ShouldBe(1);
        report.Costs.Select(c => (c.Currency, c.Before, c.BelowBefore, c.After, c.BelowAfter)).ShouldBe(
            [("SGD", 15000m, 1, 15000m, 1), ("USD", 0m, 0, 2500m, 1)]);
        report.Costs.Single(c => c.Currency == "USD").Change.ShouldBe(2500m);
    }

    [Fact]
    public void Report_NamesWhoStopsBeingEligibleAndTheMostAffectedGroups()
    {
        var report = Simulate(EngineerUs, EngineerUsHigh, AnalystSg, Upskilled);

        report.BecameEligible.ShouldBe(0);
        report.StoppedBeingEligible.ShouldBe(1);
        report.Examples.Select(e => e.Id).ShouldBe(["U1", "E1002"]);
        report.MostAffected(3).Select(g => $"{g.Dimension}:{g.Key}:{g.Affected}").ShouldBe(["family:engineering:2", "region:us:2", "level:ic L3:1"]);
        var level3 = report.Groups.Single(g => g.Dimension == "level" && g.Key == "ic L3");
        level3.PositionsBefore.ShouldBe([1L, 2L, 0L]);
        level3.PositionsAfter.ShouldBe([2L, 1L, 0L]);
    }

    [Fact]
    public void Report_AnEmployeeOneReleaseRejects_IsCountedOnThatSideOnly()
    {
        var report = Simulate("""{ "id": "X", "family": "data", "track": "ic", "level": 3, "region": "mars", "baseSalary": 1 }""");

        (report.InvalidBefore, report.InvalidAfter, report.PositionChanges).ShouldBe((1L, 1L, 0L));
    }
}
