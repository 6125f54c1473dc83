using JobFramework.Comp.Engine.Tests.Support;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Transparency;

namespace JobFramework.Comp.Engine.Tests.Transparency;

/// <summary>
/// The range a job posting states, from the sample release's band table (rows "-", 4, "us": 118,500 / 148,000 /
/// 177,500 USD, bonus 10%, equity; and "-", 4, "de": 80,500 / 100,500 / 120,500 EUR).
/// </summary>
public class PayRangeDisclosureTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 30);

    private static EvaluationResult<PayRangeDisclosure> For(string role, string region) =>
        PayRangeDisclosure.For(new Evaluator(Samples.Release) { AsOf = AsOf }, role, region);

    [Fact]
    public void A_posting_states_the_base_range_bonus_and_equity_of_the_band_in_effect()
    {
        var disclosure = For("eng-ic4", "us").Value!;

        disclosure.ToText().ShouldBe("Software Engineer (IC4), United States: base pay 118,500.00 – 177,500.00 USD a year; bonus target 10% of base pay; eligible for equity. Rules: release 2026-h1 (effective 2026-01-01), as of 2026-11-30.");
    }

    [Fact]
    public void The_json_for_posting_systems_has_exact_amounts_and_the_release_that_decides_pay()
    {
        string json = For("eng-ic4", "de").Value!.ToJson();

        json.ShouldBe($$"""
            {
              "role": "eng-ic4",
              "title": "Software Engineer",
              "level": "IC4",
              "region": "de",
              "currency": "EUR",
              "period": "year",
              "baseMin": "80500.00",
              "baseMax": "120500.00",
              "bonusTargetPct": 10,
              "equity": true,
              "release": "2026-h1",
              "contentHash": "{{Samples.Release.ContentHash}}",
              "effectiveFrom": "2026-01-01",
              "asOf": "2026-11-30"
            }

            """.ReplaceLineEndings("\n"));
        For("eng-ic4", "de").Value!.ToJson().ShouldBe(json);
    }

    [Fact]
    public void A_focus_area_role_names_its_focus()
    {
        For("people-ic4-dei", "uk").Value!.ToText().ShouldStartWith("DEI Partner (IC4, dei), United Kingdom: base pay ");
    }

    [Fact]
    public void An_unknown_role_or_region_is_named_with_a_suggestion()
    {
        var result = For("eng-ic44", "mars");

        result.Value.ShouldBeNull();
        result.Errors.ShouldBe([
            new InputError("role", "Unknown role 'eng-ic44'. Did you mean 'eng-ic4'?"),
            new InputError("region", "Unknown region 'mars'. Known: us, uk, de, sg, in."),
        ]);
    }
}
