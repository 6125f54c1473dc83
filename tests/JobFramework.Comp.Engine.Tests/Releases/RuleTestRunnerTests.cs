using JobFramework.Comp.Engine.Tests.Support;
using JobFramework.Comp.Testing;

namespace JobFramework.Comp.Engine.Tests.Releases;

public class RuleTestRunnerTests
{
    [Fact]
    public void Run_SampleReleaseCases_AllPass()
    {
        var results = RuleTestRunner.Run(Samples.Release);
        results.Count.ShouldBe(26);
        results.Where(r => !r.Passed).SelectMany(r => r.Failures).ShouldBeEmpty();
    }

    [Fact]
    public void Run_WrongExpectation_ReportsFileLineFieldAndBothValues()
    {
        using var copy = new TempRelease();
        copy.Replace("tests/placement.cases.json", "\"compaRatio\": 0.9402", "\"compaRatio\": 0.9403");
        var release = copy.Load().Release.ShouldNotBeNull();
        var failure = RuleTestRunner.Run(release).SelectMany(r => r.Failures).Single();
        failure.Case.ShouldBe("Software engineer IC3 in the US sits inside the band");
        failure.Field.ShouldBe("placement.compaRatio");
        (failure.Expected, failure.Actual).ShouldBe(("0.9403", "0.9402"));
        failure.File.ShouldEndWith("tests/placement.cases.json");
        failure.Line.ShouldBe(copy.LineOf("tests/placement.cases.json", "\"name\": \"Software engineer IC3") - 1);
    }

    [Fact]
    public void A_case_pinning_a_band_row_number_is_refused_with_what_to_write_instead()
    {
        using var copy = new TempRelease();
        copy.Replace("tests/placement.cases.json", "\"compaRatio\": 0.9402", "\"bandRow\": 21, \"compaRatio\": 0.9402");

        var error = copy.Load().Diagnostics.Single(d => d.IsError);

        error.Message.ShouldBe(Comp.Diagnostics.Messages.BandRowNotAnExpectation);
        error.Location.File.ShouldEndWith("tests/placement.cases.json");
        error.Location.Line.ShouldBe(copy.LineOf("tests/placement.cases.json", "\"bandRow\": 21"));
    }
}
