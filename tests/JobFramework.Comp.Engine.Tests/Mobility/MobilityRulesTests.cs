using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Engine.Tests.Support;
using JobFramework.Comp.Mobility;
using JobFramework.Comp.Testing;

namespace JobFramework.Comp.Engine.Tests.Mobility;

/// <summary>
/// Broken mobility rules are load errors at the file, line and column of the mistake, with the release
/// rejected whole: unknown ids (with a suggestion), self-referencing and cyclic paths, impossible settings.
/// </summary>
public class MobilityRulesTests
{
    private const string File = "mobility.json";

    private static Diagnostic SingleError(TempRelease copy)
    {
        var result = copy.Load();
        result.Release.ShouldBeNull();
        return result.Diagnostics.Where(d => d.IsError).ShouldHaveSingleItem();
    }

    [Fact]
    public void A_path_to_itself_is_an_error_at_its_target()
    {
        using var copy = new TempRelease();
        copy.Replace(File, "{ \"from\": \"audit-ic3\", \"to\": \"compliance-ic3\"", "{ \"from\": \"audit-ic3\", \"to\": \"audit-ic3\"");

        var error = SingleError(copy);

        (error.Code, error.Message).ShouldBe((Codes.MobilityPath, "The career path from 'audit-ic3' leads to 'audit-ic3' itself."));
        error.Location.File.ShouldEndWith("mobility.json");
        error.Location.Line.ShouldBe(copy.LineOf(File, "\"to\": \"audit-ic3\""));
    }

    [Fact]
    public void Named_paths_that_lead_back_to_their_start_are_a_cycle_error_naming_the_roles()
    {
        using var copy = new TempRelease();
        copy.Replace(File, "    { \"from\": \"audit-ic4\", \"to\": \"compliance-ic4\",",
            "    { \"from\": \"compliance-ic3\", \"to\": \"audit-ic3\", \"reason\": \"back again\" },\n    { \"from\": \"audit-ic4\", \"to\": \"compliance-ic4\",");

        var error = SingleError(copy);

        (error.Code, error.Message).ShouldBe((Codes.MobilityPath, "Named career paths lead back to where they start: audit-ic3 -> compliance-ic3 -> audit-ic3."));
        error.Location.Line.ShouldBe(copy.LineOf(File, "\"from\": \"compliance-ic3\""));
    }

    [Theory]
    [InlineData("\"to\": \"risk-ic3\"", "\"to\": \"risk-ic33\"", Codes.UnknownId, "Unknown role 'risk-ic33'.")]
    [InlineData("\"requires\": [\"ml-foundations\"]", "\"requires\": [\"ml-foundation\"]", Codes.UnknownId, "Unknown training 'ml-foundation'.")]
    [InlineData("    \"tableau\": [", "    \"tablaeu\": [", Codes.UnknownId, "Unknown skill 'tablaeu'")]
    [InlineData("{ \"kind\": \"course\", \"title\": \"Writing audit findings\"", "{ \"kind\": \"webinar\", \"title\": \"Writing audit findings\"", Codes.OutOfRange, "Unknown learning step kind 'webinar'")]
    [InlineData("\"title\": \"Writing audit findings\", \"effortHours\": 8", "\"title\": \"Writing audit findings\", \"effortHours\": -8", Codes.OutOfRange, "effortHours must be above 0 and at most 10000, not -8.")]
    [InlineData("\"transferableShare\": 0.5", "\"transferableShare\": 1.5", Codes.OutOfRange, "transferableShare must be above 0 and at most 1")]
    public void Broken_mobility_rules_name_the_mistake_and_where_it_is(string old, string replacement, string code, string message)
    {
        using var copy = new TempRelease();
        copy.Replace(File, old, replacement);

        var error = SingleError(copy);

        error.Code.ShouldBe(code);
        error.Message.ShouldStartWith(message);
        error.Location.File.ShouldEndWith("mobility.json");
        error.Location.Line.ShouldBe(copy.LineOf(File, replacement.Split('\n')[0].Trim()));
    }

    [Fact]
    public void A_depth_limit_over_six_is_rejected()
    {
        using var copy = new TempRelease();
        copy.Replace(File, "\"maxDepth\": 4", "\"maxDepth\": 9");

        SingleError(copy).Location.Line.ShouldBe(copy.LineOf(File, "\"maxDepth\": 9"));
    }

    private const string AuditReportingSteps = "    \"audit-reporting\": [\n      { \"kind\": \"course\", \"title\": \"Writing audit findings\", \"effortHours\": 8 }\n    ],\n";

    [Fact]
    public void A_required_skill_without_learning_steps_is_a_governance_warning_naming_the_roles()
    {
        using var copy = new TempRelease();
        copy.Replace(File, AuditReportingSteps, "");

        var result = copy.Load();

        result.Release.ShouldNotBeNull();
        var warning = result.Diagnostics.ShouldHaveSingleItem();
        (warning.Code, warning.Severity).ShouldBe((Codes.Governance, Severity.Warning));
        warning.Message.ShouldBe("Skill 'audit-reporting' is a core skill of 2 role(s) (audit-ic3, audit-ic4) but has no learning step: a gap in it would come without next steps.");
        warning.Location.Line.ShouldBe(copy.LineOf(File, "\"learning\": {"));
    }

    [Fact]
    public void Governance_can_make_a_missing_learning_pathway_an_error()
    {
        using var copy = new TempRelease();
        copy.Replace(File, AuditReportingSteps, "");
        copy.Replace("framework.json", "\"focusBands\": \"error\"", "\"focusBands\": \"error\",\n    \"learningPathways\": \"error\"");

        SingleError(copy).Code.ShouldBe(Codes.Governance);
    }

    [Fact]
    public void A_release_without_mobility_rules_still_has_the_level_and_track_moves()
    {
        using var copy = new TempRelease();
        System.IO.File.Delete(copy.PathOf(File));
        System.IO.File.Delete(copy.PathOf("tests/mobility.cases.json"));

        var release = copy.Load().Release.ShouldNotBeNull();

        release.Mobility.Rules.Paths.ShouldBeEmpty();
        release.Mobility.MovesFrom("audit-ic3").Select(e => e.To.Id).ShouldBe(["audit-ic4"]);
        release.Mobility.MovesFrom("eng-ic5").Select(e => (e.To.Id, e.Kind)).ShouldBe([("eng-ic6", MoveKind.Vertical), ("eng-m5", MoveKind.TrackSwitch)]);
    }

    [Fact]
    public void A_wrong_mobility_expectation_in_a_rule_test_reports_the_field_and_both_values()
    {
        using var copy = new TempRelease();
        copy.Replace("tests/mobility.cases.json", "\"blockedBy\": [\"requires:risk-analysis-foundations\"],", "\"blockedBy\": [],");
        var release = copy.Load().Release.ShouldNotBeNull();

        var failure = RuleTestRunner.Run(release).SelectMany(r => r.Failures).ShouldHaveSingleItem();

        failure.Field.ShouldBe("mobility.risk-ic3.blockedBy");
        (failure.Expected, failure.Actual).ShouldBe(("[]", "[requires:risk-analysis-foundations]"));
    }
}
