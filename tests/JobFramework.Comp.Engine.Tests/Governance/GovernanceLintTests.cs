using System.Text.Json.Nodes;
using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Engine.Tests.Support;

namespace JobFramework.Comp.Engine.Tests.Governance;

/// <summary>Each governance lint on a draft broken in exactly one way: its message, its severity, the file and line it names.</summary>
public class GovernanceLintTests
{
    private const string Ic3Us = "[\"-\", 3, \"us\", \"USD\", 100500, 125500, 150500, 8, false]";
    private const string Ic4Us = "[\"-\", 4, \"us\", \"USD\", 118500, 148000, 177500, 10, true]";

    private static Diagnostic Single(TempRelease copy) =>
        copy.Load().Diagnostics.Where(d => d.Code == Codes.Governance).ShouldHaveSingleItem();

    [Fact]
    public void SampleRelease_PassesEveryLint() =>
        Samples.Release.ShouldNotBeNull();

    [Fact]
    public void MidThatDoesNotRise_IsAnErrorOnTheHigherLevelsRow()
    {
        using var copy = new TempRelease();
        copy.Replace("tables/bands.json", Ic4Us, "[\"-\", 4, \"us\", \"USD\", 118500, 125000, 177500, 10, true]");

        var result = copy.Load();
        var error = result.Diagnostics.ShouldHaveSingleItem();

        result.Release.ShouldBeNull();
        error.Severity.ShouldBe(Severity.Error);
        error.Message.ShouldBe(Messages.MidNotRising("IC4 us", "IC3 us", 125000m, 125500m, "USD"));
        (error.Location.File, error.Location.Line).ShouldBe((copy.PathOf("tables/bands.json"), copy.LineOf("tables/bands.json", "[\"-\", 4, \"us\"")));
    }

    [Fact]
    public void GapBetweenLevels_WarnsByDefault_AndFailsWhenConfiguredAsAnError()
    {
        using var copy = new TempRelease();
        copy.Replace("tables/bands.json", Ic4Us, "[\"-\", 4, \"us\", \"USD\", 118500, 130000, 135000, 10, true]");

        var warning = Single(copy);
        warning.Severity.ShouldBe(Severity.Warning);
        warning.Message.ShouldBe(Messages.BandGap("IC5 us", "IC4 us", 139500m, 135000m, "USD"));
        warning.Location.Line.ShouldBe(copy.LineOf("tables/bands.json", "[\"-\", 5, \"us\""));
        copy.Load().Release.ShouldNotBeNull();

        copy.Replace("framework.json", "\"bandGap\": \"warning\"", "\"bandGap\": \"error\"");
        Single(copy).Severity.ShouldBe(Severity.Error);
        copy.Load().Release.ShouldBeNull();
    }

    [Fact]
    public void HeavyOverlap_IsMeasuredAgainstTheConfiguredShare()
    {
        using var copy = new TempRelease();
        copy.Replace("framework.json", "\"maxOverlapPercent\": 70", "\"maxOverlapPercent\": 10");

        var overlaps = copy.Load().Diagnostics.Where(d => d.Code == Codes.Governance).ToList();

        overlaps.Count.ShouldBeGreaterThan(30);
        overlaps.ShouldAllBe(d => d.Severity == Severity.Warning && d.Message.Contains("governance allows 10%"));
    }

    [Fact]
    public void AlignedLevelsOnDifferentBands_WithoutADeclaredException_AreErrors()
    {
        using var copy = new TempRelease();
        copy.Replace("framework.json", "{ \"track\": \"manager\", \"level\": 8, \"reason\": \"Vice presidents: a 5% premium over IC8 for executive accountability.\" }", "");
        copy.Replace("framework.json", "approved by the council in 2025.\" },", "approved by the council in 2025.\" }");

        var errors = copy.Load().Diagnostics.Where(d => d.Code == Codes.Governance).ToList();

        errors.Count.ShouldBe(5);
        errors[0].Severity.ShouldBe(Severity.Error);
        errors[0].Message.ShouldStartWith("M8 us is paid on band row 6 but its aligned level IC8 us on row 46");
        errors[0].Location.Line.ShouldBe(copy.LineOf("tables/bands.json", "[\"manager\", 8, \"us\""));
    }

    [Fact]
    public void FocusAreaOnItsOwnBand_IsAnError()
    {
        using var copy = new TempRelease();
        var bands = JsonNode.Parse(File.ReadAllText(copy.PathOf("tables/bands.json")))!.AsObject();
        bands["inputs"]!.AsArray().Add(new JsonObject { ["name"] = "focus", ["expression"] = "position.focus" });
        foreach (var row in bands["rows"]!.AsArray())
        {
            row!.AsArray().Insert(3, "-");
        }

        bands["rows"]!.AsArray().Insert(0, new JsonArray("-", 4, "us", "dei", "USD", 125000, 156000, 187000, 10, true));
        File.WriteAllText(copy.PathOf("tables/bands.json"), bands.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));

        var error = Single(copy);

        error.Severity.ShouldBe(Severity.Error);
        error.Message.ShouldBe(Messages.FocusBandsDiffer("dei", "people", 4, "us", 1, 27));
        error.Location.File.ShouldEndWith("tables/bands.json");
    }

    [Fact]
    public void LevelNoRoleDefines_IsUnreachable_AtItsPlaceInFrameworkJson()
    {
        using var copy = new TempRelease();
        copy.Replace("roles.json", "\"title\": \"Distinguished Engineer\",\n      \"family\": \"engineering\",\n      \"track\": \"ic\",\n      \"level\": 8", "\"title\": \"Distinguished Engineer\",\n      \"family\": \"risk\",\n      \"track\": \"ic\",\n      \"level\": 7");

        var result = copy.Load();
        var warning = result.Diagnostics.Single(d => d.Code == Codes.Governance);

        warning.Severity.ShouldBe(Severity.Warning);
        warning.Message.ShouldBe(Messages.UnreachableLevel("ic", 8));
        (warning.Location.File, warning.Location.Line, warning.Location.Pointer).ShouldBe((copy.PathOf("framework.json"), copy.LineOf("framework.json", "\"code\": \"IC8\""), "/tracks/0/levels/7"));
    }

    [Fact]
    public void ALintSwitchedOff_IsNotRun()
    {
        using var copy = new TempRelease();
        copy.Replace("tables/bands.json", Ic4Us, "[\"-\", 4, \"us\", \"USD\", 118500, 125000, 177500, 10, true]");
        copy.Replace("framework.json", "\"midProgression\": \"error\"", "\"midProgression\": \"off\"");

        copy.Load().Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void AnUnknownLintLevel_IsAnErrorNamingTheSetting()
    {
        using var copy = new TempRelease();
        copy.Replace("framework.json", "\"bandGap\": \"warning\"", "\"bandGap\": \"loud\"");

        copy.Load().Diagnostics.ShouldHaveSingleItem().Message.ShouldBe(Messages.LintLevel("bandGap", "loud"));
    }

    [Fact]
    public void DuplicateBandRowUnderFirst_IsAnErrorOnTheRowThatCanNeverMatch()
    {
        using var copy = new TempRelease();
        copy.Replace("tables/bands.json", Ic3Us, Ic3Us + ",\n    [\"-\", 3, \"us\", \"USD\", 104500, 130500, 156500, 8, false]");

        var result = copy.Load();
        var error = result.Diagnostics.Where(d => d.Code == Codes.Governance).ShouldHaveSingleItem();

        result.Release.ShouldBeNull();
        error.Severity.ShouldBe(Severity.Error);
        int first = copy.LineOf("tables/bands.json", Ic3Us);
        error.Message.ShouldBe(Messages.ShadowedRow("bands", first));
        error.Location.Line.ShouldBe(first + 1);
    }

    [Fact]
    public void SpecificRowBelowAGeneralOne_CanNeverMatch_ButAboveItIsFine()
    {
        using var below = new TempRelease();
        below.Replace("tables/bands.json", Ic3Us, Ic3Us + ",\n    [\"manager\", 3, \"us\", \"USD\", 101500, 126500, 151500, 8, false]");
        below.Load().Diagnostics.ShouldContain(d => d.Message == Messages.ShadowedRow("bands", below.LineOf("tables/bands.json", Ic3Us)));

        using var above = new TempRelease();
        above.Replace("tables/bands.json", Ic3Us, "[\"manager\", 3, \"us\", \"USD\", 100500, 125500, 150500, 8, false],\n    " + Ic3Us);
        above.Load().Diagnostics.Where(d => d.Code == Codes.Governance && d.Message.Contains("can never match", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    [Fact]
    public void DeletedBandRow_IsACoverageErrorNamingEachRoleAndTheRegion()
    {
        using var copy = new TempRelease();
        string uk5 = System.IO.File.ReadAllLines(copy.PathOf("tables/bands.json")).Single(l => l.Contains("[\"-\", 5, \"uk\"", StringComparison.Ordinal)).Trim();
        copy.Replace("tables/bands.json", uk5.TrimEnd(',') + ",", "");

        var result = copy.Load();
        var errors = result.Diagnostics.Where(d => d.Code == Codes.Governance).ToList();

        result.Release.ShouldBeNull();
        errors.Select(e => e.Message).ShouldContain(Messages.RoleWithoutBand("eng-ic5", "ic", 5, "", "uk"));
        errors.ShouldAllBe(e => e.Severity == Severity.Error && e.Message.Contains("'uk'", StringComparison.Ordinal));
        errors.Select(e => e.Message).ShouldContain(Messages.RoleWithoutBand("eng-m5", "manager", 5, "", "uk"));
    }

    [Fact]
    public void CoverageAndShadowLints_CanBeTurnedDown()
    {
        using var copy = new TempRelease();
        copy.Replace("tables/bands.json", Ic3Us, Ic3Us + ",\n    [\"-\", 3, \"us\", \"USD\", 104500, 130500, 156500, 8, false]");
        copy.Replace("framework.json", "\"focusBands\": \"error\"", "\"focusBands\": \"error\", \"shadowedRows\": \"warning\"");

        var result = copy.Load();

        result.Release.ShouldNotBeNull();
        Single(copy).Severity.ShouldBe(Severity.Warning);
    }
}
