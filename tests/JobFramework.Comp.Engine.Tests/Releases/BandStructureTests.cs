using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Engine.Tests.Support;
using JobFramework.Comp.Evaluation;

namespace JobFramework.Comp.Engine.Tests.Releases;

/// <summary>
/// A band table declares which outputs it has: min and max are enough (a pay scale cell may be one amount),
/// mid, reference, bonus target and equity are optional, and placement reports only what is defined.
/// </summary>
public sealed class BandStructureTests : IDisposable
{
    private readonly TempRelease _copy = new TempRelease().BandsOnly();

    public void Dispose() => _copy.Dispose();

    private static string Employee(decimal salary, int level = 3) =>
        $$"""{ "id": "P1", "family": "engineering", "track": "ic", "level": {{level}}, "region": "us", "baseSalary": {{salary}} }""";

    private void WriteBands(string outputs, string rows) => File.WriteAllText(_copy.PathOf("tables/bands.json"), $$"""
        {
          "name": "bands",
          "hitPolicy": "FIRST",
          "inputs": [ { "name": "level", "expression": "position.level" } ],
          "outputs": [ {{outputs}} ],
          "rows": [ {{rows}} ]
        }
        """);

    [Fact]
    public void A_one_amount_cell_places_with_no_ratios()
    {
        WriteBands("""{ "name": "min", "type": "money", "currency": "USD" }, { "name": "max", "type": "money", "currency": "USD" }""",
            "[3, 100000, 100000], [\"<3\", 70000, 90000], [\">3\", 110000, 130000]");
        var loaded = _copy.Load();
        loaded.Errors.ShouldBeEmpty();
        var release = loaded.Release!;

        var placed = new Evaluator(release).Place(Samples.Employee(Employee(100000))).Value;

        placed.Position.ShouldBe(BandPosition.Within);
        placed.CompaRatio.ShouldBeNull();
        placed.RangePenetration.ShouldBeNull();
        placed.Band.Mid.ShouldBeNull();
        placed.Band.BonusTargetPct.ShouldBeNull();
        placed.Band.Equity.ShouldBeNull();
        new Evaluator(release).Place(Samples.Employee(Employee(99000))).Value.AmountToMinimum.Amount.ShouldBe(1000.00m);
    }

    [Fact]
    public void A_range_without_a_mid_has_penetration_but_no_compa_ratio()
    {
        WriteBands("""{ "name": "min", "type": "money", "currency": "USD" }, { "name": "max", "type": "money", "currency": "USD" }""",
            "[\"-\", 90000, 120000]");

        var placed = new Evaluator(_copy.Load().Release!).Place(Samples.Employee(Employee(99000))).Value;

        placed.CompaRatio.ShouldBeNull();
        placed.RangePenetration.ShouldBe(0.3m);
    }

    [Fact]
    public void Compa_ratio_is_against_the_declared_reference_point()
    {
        WriteBands("""
            { "name": "min", "type": "money", "currency": "USD" }, { "name": "mid", "type": "money", "currency": "USD" },
            { "name": "max", "type": "money", "currency": "USD" }, { "name": "reference", "type": "money", "currency": "USD" }
            """, "[\"-\", 90000, 105000, 120000, 100000]");

        var placed = new Evaluator(_copy.Load().Release!).Place(Samples.Employee(Employee(110000))).Value;

        placed.CompaRatio.ShouldBe(1.1m);
        placed.Band.Reference!.Value.Amount.ShouldBe(100000m);
    }

    [Fact]
    public void A_reference_outside_the_range_is_a_load_error_at_its_cell()
    {
        WriteBands("""
            { "name": "min", "type": "money", "currency": "USD" }, { "name": "max", "type": "money", "currency": "USD" },
            { "name": "reference", "type": "money", "currency": "USD" }
            """, "[\"-\", 90000, 120000, 130000]");

        var error = _copy.Load().Errors.ShouldHaveSingleItem();

        error.Code.ShouldBe(Codes.BandOrder);
        error.Message.ShouldBe("Band reference 130000 is outside the band's range 90000-120000.");
    }

    [Fact]
    public void A_band_table_without_a_max_says_which_outputs_it_must_have()
    {
        WriteBands("""{ "name": "min", "type": "money", "currency": "USD" }""", "[\"-\", 90000]");

        var error = _copy.Load().Errors.ShouldHaveSingleItem();

        error.Code.ShouldBe(Codes.TableShape);
        error.Message.ShouldBe("Band table 'bands' must have outputs min and max (money), and may have mid and reference (money), bonusTargetPct (number) and equity (bool); max (missing or not money).");
    }

    [Fact]
    public void A_rule_reading_an_output_the_band_table_lacks_is_a_load_error()
    {
        WriteBands("""{ "name": "min", "type": "money", "currency": "USD" }, { "name": "max", "type": "money", "currency": "USD" }""",
            "[\"-\", 90000, 120000]");
        File.WriteAllText(_copy.PathOf("workflows/check.json"), """
            { "WorkflowName": "check", "Rules": [ { "RuleName": "AboveMid", "Expression": "employee.baseSalary >= band.mid" } ] }
            """);

        var error = _copy.Load().Errors.ShouldHaveSingleItem();

        error.Message.ShouldBe(Messages.BandHasNo("mid", "bands"));
        error.Location.File.ShouldEndWith("workflows/check.json");
    }
}
