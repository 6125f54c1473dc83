using JobFramework.Comp.Transparency;

namespace JobFramework.Comp.Engine.Tests.Transparency;

/// <summary>
/// The Art. 9 figures on a roster small enough to compute by hand (2027-h2: minimum group 3, threshold 5%), all in
/// Germany (EUR). Professional (L3): women base 76,000 / 80,000 / 84,000, men 90,000 ×3, everyone a 4,000 bonus.
/// Senior (L4): women 100,000 ×3, men 102,000 ×3, no bonus. Lead (L5): one woman 120,000, men 125,000 / 130,000 / 135,000.
/// </summary>
public class PayGapReportTests
{
    private static readonly DateOnly TakenOn = new(2027, 7, 1);

    private static IReadOnlyList<PayRecord> Roster() => PayRecord.From(TransparencyRelease.Release,
    [
        TransparencyRelease.Person("W1", 3, 76000, "female", 4000),
        TransparencyRelease.Person("W2", 3, 80000, "female", 4000),
        TransparencyRelease.Person("W3", 3, 84000, "female", 4000),
        TransparencyRelease.Person("M1", 3, 90000, "male", 4000),
        TransparencyRelease.Person("M2", 3, 90000, "male", 4000),
        TransparencyRelease.Person("M3", 3, 90000, "male", 4000),
        TransparencyRelease.Person("W4", 4, 100000, "female"),
        TransparencyRelease.Person("W5", 4, 100000, "female"),
        TransparencyRelease.Person("W6", 4, 100000, "female"),
        TransparencyRelease.Person("M4", 4, 102000, "male"),
        TransparencyRelease.Person("M5", 4, 102000, "male"),
        TransparencyRelease.Person("M6", 4, 102000, "male"),
        TransparencyRelease.Person("W7", 5, 120000, "female"),
        TransparencyRelease.Person("M7", 5, 125000, "male"),
        TransparencyRelease.Person("M8", 5, 130000, "male"),
        TransparencyRelease.Person("M9", 5, 135000, "male"),
    ]);

    private static PayGapReport Report() => PayGapReport.Build(TransparencyRelease.Release, Roster(), TakenOn);

    [Fact]
    public void Overall_gaps_are_the_mean_and_median_of_men_minus_women_over_men()
    {
        var de = Report().Units.ShouldHaveSingleItem();

        de.People.ShouldBe(new Headcount(7, 9, 0));
        // Total: women mean 672,000 / 7 = 96,000, men 978,000 / 9 = 108,666.67 → 11.66%; medians 100,000 and 102,000 → 1.96%.
        de.Total.ShouldBe(new GapPair(11.7m, 2.0m));
        // Basic: women 660,000 / 7 = 94,285.71, men 966,000 / 9 = 107,333.33 → 12.16%; medians 100,000 and 102,000.
        de.Base.ShouldBe(new GapPair(12.2m, 2.0m));
        // Variable, among those receiving it: 4,000 each → no gap; 3 of 7 women and 3 of 9 men receive it.
        de.Variable.ShouldBe(new GapPair(0.0m, 0.0m));
        de.WomenReceivingVariablePct.ShouldBe(42.9m);
        de.MenReceivingVariablePct.ShouldBe(33.3m);
    }

    [Fact]
    public void Quartiles_hold_four_people_each_ranked_by_total_pay()
    {
        var quartiles = Report().Units[0].Quartiles;

        // Totals ranked: 80W 84W 88W 94M | 94M 94M 100W 100W | 100W 102M 102M 102M | 120W 125M 130M 135M.
        quartiles.Select(q => (q.People, q.WomenPct, q.MenPct)).ShouldBe([(4, 75.0m, 25.0m), (4, 50.0m, 50.0m), (4, 25.0m, 75.0m), (4, 25.0m, 75.0m)]);
    }

    [Fact]
    public void A_category_at_or_over_five_percent_is_flagged_and_one_under_is_not()
    {
        var categories = Report().Units[0].Categories.ToDictionary(c => c.Category.Id);

        // Professional: totals 84,000 vs 94,000 → 10.64%; basic 80,000 vs 90,000 → 11.11%; bonuses equal.
        var professional = categories["professional"];
        professional.Total.ShouldBe(new GapPair(10.6m, 10.6m));
        professional.Base.ShouldBe(new GapPair(11.1m, 11.1m));
        professional.Variable.ShouldBe(new GapPair(0.0m, 0.0m));
        professional.Flagged.ShouldBeTrue();
        // Everyone shares band, step and time in level: nothing is explained.
        professional.Explained.Select(e => (e.Factor.Name, e.Points)).ShouldBe([("band", 0.0m), ("step", 0.0m), ("timeInLevel", 0.0m)]);
        professional.Unexplained.ShouldBe(10.6m);

        // Senior: 100,000 vs 102,000 → 1.96%; nobody receives variable pay, so its gap is not computable.
        var senior = categories["senior"];
        senior.Total.ShouldBe(new GapPair(2.0m, 2.0m));
        senior.Variable.ShouldBe(new GapPair(null, null));
        senior.Flagged.ShouldBeFalse();
    }

    [Fact]
    public void A_category_with_fewer_women_or_men_than_the_minimum_shows_no_figures()
    {
        var lead = Report().Units[0].Categories.Single(c => c.Category.Id == "lead");

        lead.Withheld.ShouldBeTrue();
        lead.Total.ShouldBe(new GapPair(null, null));
        lead.Flagged.ShouldBeFalse();
        PayGapWriter.ToCsv(Report()).ShouldContain("de,lead,women,withheld\nde,lead,men,withheld\n");
        PayGapWriter.ToJson(Report()).ShouldNotContain("\"women\": 1,");
    }

    [Fact]
    public void A_gap_the_band_accounts_for_is_shown_as_explained_by_it()
    {
        // Foundation (levels 1 and 2): two women and one man at L1 on 52,000; one woman and two men at L2 on 70,000.
        var records = PayRecord.From(TransparencyRelease.Release,
        [
            TransparencyRelease.Person("W1", 1, 52000, "female"),
            TransparencyRelease.Person("W2", 1, 52000, "female"),
            TransparencyRelease.Person("W3", 2, 70000, "female"),
            TransparencyRelease.Person("M1", 1, 52000, "male"),
            TransparencyRelease.Person("M2", 2, 70000, "male"),
            TransparencyRelease.Person("M3", 2, 70000, "male"),
        ]);

        var foundation = PayGapReport.Build(TransparencyRelease.Release, records, TakenOn).Units[0].Categories.ShouldHaveSingleItem();

        // Raw: women 58,000, men 64,000 → 9.375%; within each band women and men are paid the same.
        foundation.Total.Mean.ShouldBe(9.4m);
        foundation.Flagged.ShouldBeTrue();
        foundation.Explained.Select(e => (e.Factor.Name, e.Points)).ShouldBe([("band", 9.4m), ("step", 0.0m), ("timeInLevel", 0.0m)]);
        foundation.Unexplained.ShouldBe(0.0m);
    }

    [Fact]
    public void The_same_snapshot_and_release_give_the_same_bytes_in_every_format()
    {
        PayGapWriter.ToJson(Report()).ShouldBe(PayGapWriter.ToJson(Report()));
        PayGapWriter.ToCsv(Report()).ShouldBe(PayGapWriter.ToCsv(Report()));
        PayGapWriter.ToHtml(Report()).ShouldBe(PayGapWriter.ToHtml(Report()));
    }

    [Fact]
    public void The_html_report_draws_the_quartiles_and_each_categorys_split_with_text_beside_them()
    {
        string html = PayGapWriter.ToHtml(Report());

        html.ShouldContain("aria-label=\"quartile 1: 75.0% women, 25.0% men; quartile 2: 50.0% women, 50.0% men;");
        html.ShouldContain("<figcaption>Professional (level 3): mean gap 10.6% (flagged)</figcaption>");
        html.ShouldContain("<td colspan=\"8\">Withheld: fewer than 3 women or men.</td>");
    }

    [Fact]
    public void A_worker_is_told_their_pay_and_the_averages_of_women_and_men_in_their_category()
    {
        var answer = WorkerPayInformation.For(TransparencyRelease.Release, Roster(), "W2", TakenOn).Value!;

        answer.Category.Id.ShouldBe("professional");
        (answer.Base, answer.Variable, answer.Total).ShouldBe((80000m, 4000m, 84000m));
        answer.Averages.ShouldBe([new GroupAverage("female", false, 80000.00m, 84000.00m), new GroupAverage("male", false, 90000.00m, 94000.00m)]);
    }

    [Fact]
    public void An_average_over_fewer_people_than_the_minimum_is_withheld_from_the_worker()
    {
        var answer = WorkerPayInformation.For(TransparencyRelease.Release, Roster(), "M7", TakenOn).Value!;

        answer.Averages.ShouldBe([new GroupAverage("female", true, null, null), new GroupAverage("male", false, 130000.00m, 130000.00m)]);
        answer.ToText(3).ShouldContain("Women in this category and region: fewer than 3, so their average is withheld.");
    }

    [Fact]
    public void An_unknown_worker_is_named()
    {
        var answer = WorkerPayInformation.For(TransparencyRelease.Release, Roster(), "X9", TakenOn);

        answer.Errors.ShouldHaveSingleItem().Message.ShouldBe("No one with id 'X9' is in the snapshot.");
    }
}
