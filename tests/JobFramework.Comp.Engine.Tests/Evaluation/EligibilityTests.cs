using System.Text.Json;
using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Engine.Tests.Support;
using JobFramework.Comp.Evaluation;

namespace JobFramework.Comp.Engine.Tests.Evaluation;

public class EligibilityTests
{
    private const string Analyst = """
        { "id": "E1007", "family": "data", "track": "ic", "level": 3, "region": "sg", "baseSalary": 98000,
          "rating": 4, "monthsInLevel": 16, "scope": 3, "skills": ["sql:3", "tableau:1", "statistics:2"] }
        """;

    [Fact]
    public void CheckEligibility_UnmetSkills_NameEachConcreteGap()
    {
        var decision = new Evaluator(Samples.Release).CheckEligibility(Samples.Employee(Analyst)).Value.ShouldNotBeNull();
        decision.Eligible.ShouldBeFalse();
        decision.TargetRoleId.ShouldBe("data-ic4");
        decision.TargetLevelCode.ShouldBe("IC4");
        decision.Gaps.Select(g => (g.Skill, g.Required, g.Held)).ShouldBe(
            [("data-storytelling", 3, 0), ("sql", 4, 3), ("statistics", 3, 2), ("tableau", 3, 1)]);
        decision.Gaps.First().SkillName.ShouldBe("Data storytelling");
    }

    [Fact]
    public void CheckEligibility_Messages_HaveValuesFilledIn()
    {
        var decision = new Evaluator(Samples.Release).CheckEligibility(Samples.Employee(Analyst)).Value!;
        var rating = decision.Criteria.Single(c => c.Rule == "PerformanceRating");
        rating.Outcome.ShouldBe(RuleOutcome.Met);
        rating.Message.ShouldBe("Rating 4 meets the bar.");
        var scope = decision.Criteria.Single(c => c.Rule == "Scope");
        scope.Outcome.ShouldBe(RuleOutcome.Unmet);
        scope.Children.Single(c => c.Rule == "ScopeOfImpact").Message.ShouldBe("Scope of impact is 3; level 4 expects 4.");
        scope.Children.Single(c => c.Rule == "TeamLeadership").Outcome.ShouldBe(RuleOutcome.Met);
        decision.Criteria.Single(c => c.Rule == "TargetRoleSkills").Message
            .ShouldBe("Not every core skill of Data Analyst at level 4 is held at the required proficiency.");
    }

    [Fact]
    public void CheckEligibility_NamedTargetRole_UsesThatRole()
    {
        var decision = new Evaluator(Samples.Release).CheckEligibility(Samples.Employee(Analyst), new EligibilityTarget(RoleId: "risk-ic3")).Value!;
        decision.TargetRoleId.ShouldBe("risk-ic3");
        decision.TargetLevel.ShouldBe(3);
        decision.Gaps.Select(g => g.Skill).ShouldBe(["regulatory-compliance", "risk-analysis"]);
    }

    [Fact]
    public void CheckEligibility_NoRoleAtTarget_IsAnErrorOutcomeWithTheReason()
    {
        var engineer = Samples.Employee("""{ "id": "E", "family": "risk", "track": "ic", "level": 7, "region": "us", "baseSalary": 250000, "rating": 5, "monthsInLevel": 30 }""");
        var decision = new Evaluator(Samples.Release).CheckEligibility(engineer).Value!;
        decision.Eligible.ShouldBeFalse();
        var skills = decision.Criteria.Single(c => c.Rule == "TargetRoleSkills");
        skills.Outcome.ShouldBe(RuleOutcome.Error);
        skills.Message.ShouldBe(Messages.NoRoleAt("risk", "ic", 8, ""));
    }

    [Fact]
    public void CheckEligibility_UnknownInputs_NameTheirFields()
    {
        var evaluator = new Evaluator(Samples.Release);
        var bad = Samples.Employee("""{ "id": "E", "family": "dat", "track": "ic", "level": 3, "region": "us", "baseSalary": 1, "skills": ["sql:9", "excel"] }""");
        var errors = evaluator.CheckEligibility(bad).Errors;
        errors.Select(e => e.Field).ShouldBe(["family", "skills[0]", "skills[1]"]);
        errors[0].Message.ShouldBe("Unknown family 'dat'. Did you mean 'data'? Known: engineering, data, internal-audit, compliance, risk, people.");
        evaluator.CheckEligibility(Samples.Employee(Analyst), new EligibilityTarget(Level: 9)).Errors.Single().Field.ShouldBe("target.level");
        evaluator.CheckEligibility(Samples.Employee(Analyst), new EligibilityTarget(RoleId: "ceo")).Errors.Single().Field.ShouldBe("target.roleId");
    }

    [Fact]
    public void Evaluation_IsDeterministic_ByteForByte()
    {
        string Run() => JsonSerializer.Serialize(new Evaluator(Samples.Release).CheckEligibility(Samples.Employee(Analyst)).Value);
        Run().ShouldBe(Run());
    }
}
