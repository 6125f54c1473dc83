using JobFramework.Comp.Engine.Tests.Support;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Mobility;
using JobFramework.Comp.Mobility.Rendering;

namespace JobFramework.Comp.Engine.Tests.Mobility;

/// <summary>
/// An employee's move options against the sample release: which moves, in what order and why, readiness,
/// the exact gaps with their learning steps, required trainings, pay protection and the rules that block.
/// </summary>
public class MobilityAdvisorTests
{
    private const string Auditor = """
        { "id": "A1", "family": "internal-audit", "track": "ic", "level": 3, "region": "us", "baseSalary": 112000,
          "rating": 4, "monthsInLevel": 18, "scope": 3,
          "skills": ["internal-audit:3", "controls-testing:3", "audit-reporting:3", "regulatory-compliance:2", "risk-analysis:2", "statistics:2", "policy-writing:1"] }
        """;

    private static MobilityAdvice Advise(string json, Comp.Releases.CompiledRelease? release = null)
    {
        var result = MobilityAdvisor.Advise(new Evaluator(release ?? Samples.Release), Samples.Employee(json));
        result.Errors.ShouldBeEmpty();
        return result.Value!;
    }

    [Fact]
    public void An_auditor_sees_compliance_and_risk_with_the_exact_skills_and_training_to_acquire()
    {
        var advice = Advise(Auditor);

        advice.CurrentRole.Id.ShouldBe("audit-ic3");
        advice.Options.Select(o => o.Target.Id).ShouldBe(["risk-ic3", "compliance-ic3", "audit-ic4"]);
        var compliance = advice.Options[1];
        compliance.Status.ShouldBe(MoveStatus.ReachableWithLearning);
        compliance.Open.ShouldBeFalse();
        compliance.Readiness.ShouldBe(new Readiness(1, 3, 0.3333m));
        compliance.Gaps.Select(g => (g.Skill, g.Required, g.Held)).ShouldBe([("regulatory-compliance", 3, 2), ("policy-writing", 2, 1)]);
        compliance.Gaps[1].Steps.Select(s => (s.Kind, s.Title, s.EffortHours)).ShouldBe(
            [("course", "Writing clear policies", 8m), ("stretch-assignment", "Draft the annual policy refresh for one area", 24m)]);

        // Every step of every gap: regulatory compliance's pathway (32 h) and policy writing's (8 + 24 h).
        compliance.EffortHours.ShouldBe(compliance.Gaps.SelectMany(g => g.Steps).Sum(s => s.EffortHours));
        compliance.EffortHours.ShouldBe(64m);
        compliance.RankedBecause.ShouldBe("reachable with learning; named career path; 1 of 3 core skills held; 64 h of learning; lateral");
        compliance.Band!.Describe().ShouldBe("same band");

        var risk = advice.Options[0];
        risk.Status.ShouldBe(MoveStatus.ReachableWithLearning);
        var training = risk.BlockedBy.ShouldHaveSingleItem();
        (training.Rule, training.ClosedByLearning).ShouldBe(("requires:risk-analysis-foundations", true));
        risk.Trainings.ShouldHaveSingleItem().ShouldBe(new TrainingStatus(new Training("risk-analysis-foundations", "Risk analysis foundations", 24m), false));
        risk.Readiness.Share.ShouldBe(0.6667m);
    }

    [Fact]
    public void A_move_whose_core_skills_are_all_held_and_nothing_blocks_is_open()
    {
        var advice = Advise(Auditor.Replace("\"regulatory-compliance:2\"", "\"regulatory-compliance:3\"", StringComparison.Ordinal)
            .Replace("\"policy-writing:1\"", "\"policy-writing:2\"", StringComparison.Ordinal));

        var compliance = advice.Options[0];
        compliance.Target.Id.ShouldBe("compliance-ic3");
        compliance.Status.ShouldBe(MoveStatus.Open);
        compliance.Gaps.ShouldBeEmpty();
        compliance.EffortHours.ShouldBe(0m);
    }

    [Fact]
    public void A_rule_learning_cannot_close_blocks_the_move_and_ranks_it_after_those_learning_can_reach()
    {
        var up = Advise(Auditor).Options.Single(o => o.Kind == MoveKind.Vertical);

        up.Status.ShouldBe(MoveStatus.Blocked);
        up.BlockedBy.Select(b => (b.Rule, b.ClosedByLearning)).ShouldBe([("level-up:TargetRoleSkills", true), ("level-up:Scope", false)]);
        up.Rank.ShouldBe(3);
        up.RankedBecause.ShouldStartWith("blocked by 1 rule;");
    }

    [Fact]
    public void The_pay_effect_is_placement_in_the_target_band()
    {
        var advice = Advise(Auditor);

        var lateral = advice.Options.Single(o => o.Target.Id == "compliance-ic3").Pay.ShouldNotBeNull();
        (lateral.Effect, lateral.Proposed.ToString(), lateral.InTargetBand.CompaRatio).ShouldBe((PayEffect.Unchanged, "112000.00 USD", 0.8924m));
        var up = advice.Options.Single(o => o.Target.Id == "audit-ic4").Pay.ShouldNotBeNull();
        (up.Effect, up.Proposed.ToString(), up.Change.ToString()).ShouldBe((PayEffect.RaiseToMinimum, "118500.00 USD", "6500.00 USD"));
    }

    [Fact]
    public void A_level_up_is_blocked_by_the_unmet_criteria_of_the_level_up_workflow()
    {
        var up = Advise(Auditor).Options.Single(o => o.Kind == MoveKind.Vertical);

        up.Target.Id.ShouldBe("audit-ic4");
        up.BlockedBy.Select(b => b.Rule).ShouldBe(["level-up:TargetRoleSkills", "level-up:Scope"]);
        up.BlockedBy[1].Message.ShouldBe("The scope expected at level 4 is not yet shown.");
    }

    [Fact]
    public void Completing_the_required_training_leaves_only_the_skill_to_learn_and_it_ranks_first_on_readiness()
    {
        var advice = Advise(Auditor.Replace("\"scope\": 3,", "\"scope\": 3, \"certifications\": [\"risk-analysis-foundations\"],", StringComparison.Ordinal));

        var risk = advice.Options[0];
        risk.Target.Id.ShouldBe("risk-ic3");
        risk.BlockedBy.ShouldBeEmpty();
        risk.Status.ShouldBe(MoveStatus.ReachableWithLearning);
        risk.Trainings.ShouldHaveSingleItem().Completed.ShouldBeTrue();

        // The completed course is no longer a next step for the gap; the stretch assignment is.
        risk.Gaps.ShouldHaveSingleItem().Steps.ShouldHaveSingleItem().Kind.ShouldBe("stretch-assignment");
        risk.EffortHours.ShouldBe(40m);
    }

    [Fact]
    public void Pay_above_the_target_maximum_is_protected_and_flagged_with_the_amount()
    {
        var advice = Advise("""
            { "id": "A2", "family": "internal-audit", "track": "ic", "level": 4, "region": "us", "baseSalary": 185000, "monthsInLevel": 30,
              "skills": ["regulatory-compliance:4", "policy-writing:3"] }
            """);

        var pay = advice.Options.Single(o => o.Target.Id == "compliance-ic4").Pay.ShouldNotBeNull();
        (pay.Effect, pay.Proposed.ToString(), pay.Change.ToString(), pay.AboveMaximum.ToString()).ShouldBe((PayEffect.Protected, "185000.00 USD", "0.00 USD", "7500.00 USD"));
        pay.InTargetBand.Position.ShouldBe(BandPosition.Above);
    }

    [Fact]
    public void A_path_whose_rule_lets_pay_fall_cuts_to_the_maximum_and_says_by_how_much()
    {
        using var copy = new TempRelease();
        copy.Replace("mobility.json", "\"reason\": \"Senior auditors lead the control reviews compliance depends on\"",
            "\"reason\": \"Senior auditors lead the control reviews compliance depends on\", \"protectPay\": false");
        var release = copy.Load().Release.ShouldNotBeNull();

        var advice = Advise("""{ "id": "A3", "family": "internal-audit", "track": "ic", "level": 4, "region": "us", "baseSalary": 185000, "monthsInLevel": 30 }""", release);

        var pay = advice.Options.Single(o => o.Target.Id == "compliance-ic4").Pay.ShouldNotBeNull();
        (pay.Effect, pay.Proposed.ToString(), pay.Change.ToString(), pay.AboveMaximum.ToString()).ShouldBe((PayEffect.Decrease, "177500.00 USD", "-7500.00 USD", "7500.00 USD"));
        advice.Options.Single(o => o.Target.Id == "risk-ic4").Pay!.Effect.ShouldBe(PayEffect.Protected);
    }

    [Fact]
    public void A_person_whose_own_skills_cover_another_role_gets_that_move_on_shared_skills()
    {
        var advice = Advise("""
            { "id": "A4", "family": "risk", "track": "ic", "level": 3, "region": "de", "baseSalary": 70000, "monthsInLevel": 12,
              "skills": ["risk-analysis:3", "statistics:2", "regulatory-compliance:3", "policy-writing:2"] }
            """);

        var compliance = advice.Options.Single(o => o.Target.Id == "compliance-ic3");
        compliance.AllowedBy.ShouldHaveSingleItem().ShouldBe(new MoveReason(MoveReasonKind.SharedSkills, "your skills cover 2 of 3 core skills: Regulatory compliance, Policy writing"));
        compliance.Readiness.ShouldBe(new Readiness(2, 3, 0.6667m));
        compliance.Gaps.ShouldHaveSingleItem().Skill.ShouldBe("controls-testing");
    }

    [Fact]
    public void Too_little_time_in_level_blocks_every_move()
    {
        var advice = Advise(Auditor.Replace("\"monthsInLevel\": 18", "\"monthsInLevel\": 2", StringComparison.Ordinal));

        advice.Options.ShouldAllBe(o => o.BlockedBy.Any(b => b.Rule == "minimumMonthsInLevel" && b.Message == "2 months in level; moves open after 6."));
    }

    [Fact]
    public void The_same_employee_and_release_give_the_same_answer_byte_for_byte()
    {
        var reloaded = Comp.Releases.ReleaseLoader.LoadDirectory(Repository.SampleRelease).Release.ShouldNotBeNull();

        MobilityJson.Advice(Advise(Auditor, reloaded)).ShouldBe(MobilityJson.Advice(Advise(Auditor)));
    }

    [Theory]
    [InlineData("""{ "id": "B1", "family": "people", "track": "manager", "level": 3, "region": "us", "baseSalary": 90000 }""", "level")]
    [InlineData("""{ "id": "B2", "family": "internal-audit", "track": "ic", "level": 3, "region": "us", "baseSalary": 90000, "skills": ["tablaeu:2"] }""", "skills[0]")]
    [InlineData("""{ "id": "B3", "family": "internal-audit", "track": "ic", "level": 3, "region": "us", "baseSalary": 90000, "skills": ["sql:9"] }""", "skills[0]")]
    [InlineData("""{ "id": "B4", "family": "internal-audit", "track": "ic", "level": 3, "region": "mars", "baseSalary": 90000 }""", "region")]
    public void Bad_employees_are_errors_naming_the_field_with_no_options(string json, string field)
    {
        var result = MobilityAdvisor.Advise(new Evaluator(Samples.Release), Samples.Employee(json));

        result.Succeeded.ShouldBeFalse();
        result.Value.ShouldBeNull();
        result.Errors.Select(e => e.Field).ShouldContain(field);
    }
}
