using System.Text;
using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Engine.Tests.Support;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Monetary;
using JobFramework.Comp.Releases;
using JobFramework.Comp.Testing;

namespace JobFramework.Comp.Engine.Tests.Tables;

/// <summary>
/// Bands derived at load from a base table and zone differentials (the 2027-h1 sample), against the
/// hand-typed table of 2026-h1: the same bands and placements to the cent; and every way a formula can be
/// wrong, reported at load with the file, line and column of the expression and the source rows.
/// </summary>
public class DerivedTableTests
{
    private const string Bands = "tables/bands.json";
    private const string Zones = "tables/pay-zones.json";

    private static LoadResult Load(Action<Dictionary<string, string>> edit)
    {
        var files = SampleFiles.AsDraft(Repository.DerivedRelease);
        var text = files.Where(f => f.Key.EndsWith(".json", StringComparison.Ordinal)).ToDictionary(f => f.Key, f => Encoding.UTF8.GetString(f.Value));
        edit(text);
        foreach (var (name, content) in text)
        {
            files[name] = Encoding.UTF8.GetBytes(content);
        }

        return ReleaseLoader.Load(new ReleaseSource("2027-h1", files));
    }

    private static void Replace(Dictionary<string, string> files, string file, string old, string replacement)
    {
        files[file].ShouldContain(old);
        files[file] = files[file].Replace(old, replacement, StringComparison.Ordinal);
    }

    private static Diagnostic SingleError(LoadResult result)
    {
        result.Succeeded.ShouldBeFalse();
        return result.Diagnostics.Where(d => d.IsError).ShouldHaveSingleItem();
    }

    private static int LineOf(string file, string text) =>
        Array.FindIndex(File.ReadAllLines(Path.Combine(Repository.DerivedRelease, file)), l => l.Contains(text, StringComparison.Ordinal)) + 1;

    [Fact]
    public void The_derived_bands_are_the_hand_typed_bands_row_for_row()
    {
        var typed = Samples.Release;
        var derived = Samples.DerivedRelease;
        derived.BandTable.Rows.Length.ShouldBe(typed.BandTable.Rows.Length);
        for (int row = 0; row < typed.BandTable.Rows.Length; row++)
        {
            string.Join(" ", derived.BandTable.Rows[row].Tests.Select(t => t.ToString())).ShouldBe(string.Join(" ", typed.BandTable.Rows[row].Tests.Select(t => t.ToString())));
            derived.BandAt(row).ShouldBe(typed.BandAt(row), $"band row {row + 1}");
        }
    }

    [Fact]
    public void Every_placement_is_the_same_to_the_cent()
    {
        var typed = new Evaluator(Samples.Release);
        var derived = new Evaluator(Samples.DerivedRelease);
        int compared = 0;
        foreach (var track in new[] { "ic", "manager" })
        {
            foreach (var level in Samples.Release.Framework.FindTrack(track)!.Levels)
            {
                foreach (var region in Samples.Release.Framework.Regions)
                {
                    var band = typed.BandFor("engineering", track, level.Number, region.Id)!;
                    foreach (var salary in new[] { band.Min.Amount - 0.01m, band.Min.Amount, band.Mid!.Value.Amount + 0.37m, band.Max.Amount, band.Max.Amount + 1m })
                    {
                        var employee = new Employee { Id = "E", Family = "engineering", Track = track, Level = level.Number, Region = region.Id, BaseSalary = salary };
                        var before = RuleTestRunner.PlacementFields(typed.Place(employee).Value);
                        var after = RuleTestRunner.PlacementFields(derived.Place(employee).Value);
                        after.ShouldBe(before, $"{track} {level.Number} {region.Id} {salary}");
                        compared++;
                    }
                }
            }
        }

        compared.ShouldBe(Samples.Release.Framework.Tracks.Sum(t => t.Levels.Count) * Samples.Release.Framework.Regions.Count * 5);
    }

    [Fact]
    public void The_benchmarks_derived_large_release_has_the_typed_ones_bands()
    {
        var typed = ReleaseLoader.Load(Benchmarks.ReleaseLoadBenchmarks.LargeRelease()).Release.ShouldNotBeNull();
        var derived = ReleaseLoader.Load(Benchmarks.ReleaseLoadBenchmarks.LargeDerivedRelease()).Release.ShouldNotBeNull();
        derived.BandTable.Rows.Length.ShouldBe(10_000);
        for (int row = 0; row < typed.BandTable.Rows.Length; row++)
        {
            derived.BandAt(row).ShouldBe(typed.BandAt(row));
        }
    }

    [Fact]
    public void Swapping_the_hand_typed_table_back_in_passes_the_same_rule_tests()
    {
        var handTyped = File.ReadAllText(Path.Combine(Repository.SampleRelease, Bands));
        var result = Load(files => files[Bands] = handTyped);
        var release = result.Release.ShouldNotBeNull(string.Join("\n", result.Diagnostics));
        RuleTestRunner.Run(release).Where(c => !c.Passed).ShouldBeEmpty();
        RuleTestRunner.Run(Samples.DerivedRelease).Where(c => !c.Passed).ShouldBeEmpty();
    }

    [Fact]
    public void A_cap_bounds_the_value_and_the_row_says_so()
    {
        var release = Load(files =>
        {
            Replace(files, Bands, "\"max\": { \"value\": \"mid * 1.2\", \"round\": { \"step\": \"zone.step\", \"mode\": \"halfUp\" } }",
                "\"max\": { \"value\": \"mid * 1.2\", \"round\": { \"step\": \"zone.step\", \"mode\": \"halfUp\" }, \"cap\": \"zone.step * 700\" }");
        }).Release.ShouldNotBeNull();

        // Only M8 in the US (361,000) reaches 700 steps of 500 = 350,000.
        var rows = release.BandTable.Rows;
        var capped = rows.Where(r => r.Notes.Count > 0).ShouldHaveSingleItem();
        capped.Notes.ShouldHaveSingleItem().ShouldBe("max capped at 350000 (zone.step * 700); was 361000");
        new Evaluator(release).BandFor("engineering", "manager", 8, "us")!.Max.ShouldBe(new Money(350000m, Currency.Of("USD")));
        new Evaluator(release).BandFor("engineering", "ic", 8, "us")!.Max.ShouldBe(new Money(344000m, Currency.Of("USD")));
    }

    [Fact]
    public void A_floor_raises_the_value()
    {
        // A statutory minimum in one zone only: 72,500 USD lifts level 1's 72,000 and leaves the rest.
        var release = Load(files => Replace(files, Bands, "\"min\": { \"value\": \"mid * 0.8\",", "\"min\": { \"floor\": \"zone.currency == 'USD' ? 72500 : 0\", \"value\": \"mid * 0.8\",")).Release.ShouldNotBeNull();
        var evaluator = new Evaluator(release);
        evaluator.BandFor("engineering", "ic", 1, "us")!.Min.Amount.ShouldBe(72500m);
        evaluator.BandFor("engineering", "ic", 2, "us")!.Min.Amount.ShouldBe(85000m);
        evaluator.BandFor("engineering", "ic", 1, "uk")!.Min.Amount.ShouldBe(45000m);
        release.BandTable.Rows.Single(r => r.Notes.Count > 0).Notes.ShouldBe(["min floored at 72500 (zone.currency == 'USD' ? 72500 : 0); was 72000"]);
    }

    [Fact]
    public void An_unknown_source_table_is_named_with_a_suggestion()
    {
        var error = SingleError(Load(files => Replace(files, Bands, "\"zone\": \"payZones\"", "\"zone\": \"payZone\"")));
        error.Code.ShouldBe(Codes.UnknownId);
        error.Message.ShouldBe("Unknown table 'payZone'. Did you mean 'payZones'?");
        error.Location.File.ShouldEndWith(Bands);
        error.Location.Line.ShouldBe(LineOf(Bands, "\"forEach\""));
    }

    [Fact]
    public void An_unknown_column_points_inside_the_formula()
    {
        var error = SingleError(Load(files => Replace(files, Bands, "* zone.factor\"", "* zone.factr\"")));
        error.Code.ShouldBe(Codes.UnknownName);
        error.Message.ShouldBe("Table 'payZones' has no output 'factr'. Did you mean 'factor'?");
        error.Location.Line.ShouldBe(LineOf(Bands, "base.trackPremium"));
        error.Location.Column.ShouldBe(File.ReadAllLines(Path.Combine(Repository.DerivedRelease, Bands))[error.Location.Line - 1].IndexOf("zone.factor", StringComparison.Ordinal) + 1 + "zone.".Length);
    }

    [Fact]
    public void Division_by_a_value_that_is_zero_in_some_row_names_the_rows()
    {
        var result = Load(files => Replace(files, Bands, "* zone.factor\"", "* zone.factor / (zone.factor - 1) * (zone.factor - 1)\""));
        var error = result.Diagnostics.Where(d => d.IsError).First();
        error.Code.ShouldBe(Codes.Derivation);
        error.Message.ShouldStartWith("Deriving 'mid' for basePay row 1 (\"manager\", 7) × payZones row 1 (\"us\"): ");
        error.Message.ShouldContain("divide by zero");
        error.Location.Line.ShouldBe(LineOf(Bands, "base.trackPremium"));
        result.Diagnostics.Count(d => d.IsError).ShouldBe(10, "one error per level row in the US zone, nothing for the other zones");
    }

    [Fact]
    public void Money_in_another_currency_is_never_converted()
    {
        var result = Load(files =>
        {
            Replace(files, Zones, "{ \"name\": \"step\", \"type\": \"number\" }", "{ \"name\": \"step\", \"type\": \"number\" },\n    { \"name\": \"ceiling\", \"type\": \"money\", \"currency\": \"USD\" }");
            foreach (var (zone, currency) in new[] { ("us", "USD"), ("uk", "GBP"), ("de", "EUR"), ("sg", "SGD"), ("in", "INR") })
            {
                files[Zones] = System.Text.RegularExpressions.Regex.Replace(files[Zones], $"(\\[\"{zone}\", \"{currency}\", [0-9.]+, [0-9]+)\\]", "$1, 400000]");
            }

            Replace(files, Bands, "\"max\": { \"value\": \"mid * 1.2\",", "\"max\": { \"cap\": \"zone.ceiling\", \"value\": \"mid * 1.2\",");
        });
        result.Succeeded.ShouldBeFalse();
        var error = result.Diagnostics.First(d => d.IsError);
        error.Code.ShouldBe(Codes.Derivation);
        error.Message.ShouldBe("Deriving 'max' for basePay row 1 (\"manager\", 7) × payZones row 2 (\"uk\"): Cannot combine USD with GBP: money never mixes currencies silently.");
    }

    [Fact]
    public void A_negative_band_is_rejected()
    {
        var result = Load(files => Replace(files, Zones, "[\"sg\", \"SGD\", 0.95, 500]", "[\"sg\", \"SGD\", -0.95, 500]"));
        var error = result.Diagnostics.First(d => d.IsError);
        error.Code.ShouldBe(Codes.Derivation);
        error.Message.ShouldBe("Derived 'mid' is negative (-242500.00 SGD) for basePay row 1 (\"manager\", 7) × payZones row 4 (\"sg\").");
        error.Location.File.ShouldEndWith(Bands);
    }

    [Fact]
    public void A_min_above_the_mid_points_at_the_min_formula()
    {
        var result = Load(files => Replace(files, Bands, "\"value\": \"mid * 0.8\"", "\"value\": \"mid * 1.3\""));
        var error = result.Diagnostics.First(d => d.IsError);
        error.Code.ShouldBe(Codes.BandOrder);
        error.Message.ShouldBe("Band must satisfy min <= mid <= max, but has min 331500, mid 255000, max 306000. (derived from basePay row 1 (\"manager\", 7) × payZones row 1 (\"us\"))");
        error.Location.Line.ShouldBe(LineOf(Bands, "\"min\":"));
    }

    [Fact]
    public void A_rounding_step_finer_than_the_currency_is_rejected()
    {
        var result = Load(files => Replace(files, Zones, "[\"us\", \"USD\", 1, 500]", "[\"us\", \"USD\", 1, 0.001]"));
        var error = result.Diagnostics.First(d => d.IsError);
        error.Code.ShouldBe(Codes.Derivation);
        error.Message.ShouldBe("Deriving 'mid' for basePay row 1 (\"manager\", 7) × payZones row 1 (\"us\"): The rounding step 0.001 is finer than USD allows (2 decimals): amounts of USD are paid in multiples of 0.01.");
    }

    [Fact]
    public void An_amount_finer_than_the_currency_needs_a_declared_round()
    {
        var result = Load(files => Replace(files, Bands, "\"min\": { \"value\": \"mid * 0.8\", \"round\": { \"step\": \"zone.step\", \"mode\": \"halfUp\" } }", "\"min\": \"mid * 0.800001\""));
        var error = result.Diagnostics.First(d => d.IsError);
        error.Message.ShouldBe("Derived 'min' is 204000.255 USD for basePay row 1 (\"manager\", 7) × payZones row 1 (\"us\"), finer than USD allows (2 decimals): declare a round.");
    }

    [Fact]
    public void Derived_tables_that_derive_from_each_other_are_a_cycle()
    {
        var result = Load(files =>
        {
            Replace(files, Bands, "\"base\": \"basePay\"", "\"base\": \"echo\"");
            files["tables/echo.json"] = files[Bands].Replace("\"name\": \"bands\"", "\"name\": \"echo\"", StringComparison.Ordinal).Replace("\"base\": \"echo\"", "\"base\": \"bands\"", StringComparison.Ordinal);
        });
        result.Succeeded.ShouldBeFalse();
        result.Diagnostics.Where(d => d.IsError && d.Code == Codes.Derivation).Select(d => d.Message).Distinct()
            .ShouldHaveSingleItem().ShouldBe("Derived tables derive from each other in a cycle: bands → echo.");
    }

    [Fact]
    public void A_formula_cannot_read_an_employee()
    {
        var error = SingleError(Load(files => Replace(files, Bands, "\"equity\": \"base.equity\"", "\"equity\": \"employee.level > 3\"")));
        error.Code.ShouldBe(Codes.UnknownName);
        error.Message.ShouldBe(Messages.DerivationRootNotAvailable);
    }

    [Fact]
    public void Every_output_must_be_derived_and_rows_and_derive_do_not_mix()
    {
        var missing = SingleError(Load(files => Replace(files, Bands, ",\n      \"equity\": \"base.equity\"", "")));
        missing.Message.ShouldBe("The derivation does not say how to compute these outputs: equity.");

        var both = SingleError(Load(files => Replace(files, Bands, "  \"derive\": {", "  \"rows\": [],\n  \"derive\": {")));
        both.Message.ShouldBe("Table 'bands' has both rows and a derive section; give one.");
    }
}
