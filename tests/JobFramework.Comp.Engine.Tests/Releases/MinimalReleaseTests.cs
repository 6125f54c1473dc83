using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Engine.Tests.Support;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Mobility;

namespace JobFramework.Comp.Engine.Tests.Releases;

/// <summary>
/// No filler: a release that only prices positions — a manifest, a framework and a band table — needs no skills,
/// roles, mobility rules or level-up workflow; a feature that needs them says so when it is used.
/// </summary>
public sealed class MinimalReleaseTests : IDisposable
{
    private readonly TempRelease _copy = new TempRelease().BandsOnly();

    public void Dispose() => _copy.Dispose();

    private const string Engineer = """{ "id": "P1", "family": "engineering", "track": "ic", "level": 3, "region": "us", "baseSalary": 118000 }""";

    [Fact]
    public void A_release_of_bands_alone_loads_and_places()
    {
        var result = _copy.Load();
        result.Errors.ShouldBeEmpty();

        var placement = new Evaluator(result.Release!).Place(Samples.Employee(Engineer));

        placement.Errors.ShouldBeEmpty();
        placement.Value.CompaRatio.ShouldBe(0.9402m);
    }

    [Fact]
    public void Eligibility_and_mobility_say_what_the_release_lacks()
    {
        var release = _copy.Load().Release!;
        var evaluator = new Evaluator(release);

        var eligibility = evaluator.CheckEligibility(Samples.Employee(Engineer));
        eligibility.Errors.ShouldHaveSingleItem().ShouldBe(new InputError("workflow", Messages.NoLevelUpWorkflow(release.Id)));
        MobilityAdvisor.Advise(evaluator, Samples.Employee(Engineer)).Errors.ShouldHaveSingleItem().Field.ShouldBe("level");
    }
}
