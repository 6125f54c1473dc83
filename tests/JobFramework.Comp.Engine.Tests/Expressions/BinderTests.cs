using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Engine.Tests.Support;
using JobFramework.Comp.Evaluation;

namespace JobFramework.Comp.Engine.Tests.Expressions;

public class BinderTests
{
    private static readonly Employee Analyst = Samples.Employee("""
        { "id": "E1", "family": "data", "track": "ic", "level": 3, "region": "sg", "baseSalary": 98000,
          "rating": 4, "monthsInLevel": 16, "scope": 3, "mentorship": 1,
          "skills": { "sql": 3, "tableau": 1, "statistics": 2 }, "certifications": ["sql-advanced"] }
        """);

    [Theory]
    [InlineData("employee.level + 1", 4L)]
    [InlineData("employee.rating * 2 - 1", 7L)]
    [InlineData("employee.level / 2", 1.5)]
    [InlineData("employee.level % 2", 1L)]
    [InlineData("max(employee.level, 5, 2)", 5L)]
    [InlineData("min(employee.level, 2.5)", 2.5)]
    [InlineData("round(10 / 3, 2, \"halfEven\")", 3.33)]
    [InlineData("round(2.5, 0, \"halfEven\")", 2.0)]
    [InlineData("round(2.5, 0, \"halfUp\")", 3.0)]
    [InlineData("abs(0 - employee.level)", 3L)]
    [InlineData("employee.skills.Count()", 3L)]
    [InlineData("employee.skills.Count(s => s.proficiency >= 2)", 2L)]
    [InlineData("proficiency(\"sql\")", 3L)]
    [InlineData("proficiency(\"python\")", 0L)]
    [InlineData("target.level", 4L)]
    [InlineData("targetRole.coreSkills.Count()", 4L)]
    [InlineData("employee.level >= 3 ? \"senior\" : \"junior\"", "senior")]
    public void Evaluate_Values(string expression, object expected)
    {
        var value = ExpressionHarness.Evaluate(expression, Analyst);
        if (expected is double d)
        {
            value.ShouldBeOfType<decimal>().ShouldBe((decimal)d);
        }
        else
        {
            value.ShouldBe(expected);
        }
    }

    [Theory]
    [InlineData("employee.rating >= 3 AND employee.monthsInLevel >= 12", true)]
    [InlineData("employee.rating >= 3 && NOT (employee.scope > 3)", true)]
    [InlineData("employee.region in [\"sg\", \"in\"]", true)]
    [InlineData("employee.level in [1, 2]", false)]
    [InlineData("employee.skills.Any(s => s.id == \"sql\" && s.proficiency >= 3)", true)]
    [InlineData("employee.skills.All(s => s.proficiency >= 2)", false)]
    [InlineData("employee.certifications.Contains(\"sql-advanced\")", true)]
    [InlineData("hasCertification(\"sql-advanced\")", true)]
    [InlineData("employee.family.StartsWith(\"da\")", true)]
    [InlineData("hasSkill(\"sql\", 3)", true)]
    [InlineData("hasSkills([\"sql\", \"tableau\"])", true)]
    [InlineData("hasSkills(targetRole.coreSkills)", false)]
    [InlineData("employee.baseSalary >= band.min", true)]
    [InlineData("employee.baseSalary * 1.1 < band.max", true)]
    [InlineData("amount(targetBand.mid - band.mid) > 0", true)]
    [InlineData("band.currency == \"SGD\" AND currency(employee.baseSalary) == \"SGD\"", true)]
    public void Evaluate_Conditions(string expression, bool expected) =>
        ExpressionHarness.Evaluate(expression, Analyst).ShouldBe(expected);

    [Fact]
    public void Bind_UnknownMember_NamesItSuggestsAndPointsAtIt()
    {
        var error = ExpressionHarness.Error("employee.ratng >= 3");
        error.Code.ShouldBe(Codes.UnknownName);
        error.Message.ShouldBe(Messages.UnknownMember("employee", "ratng", "rating"));
        (error.Location.File, error.Location.Line, error.Location.Column).ShouldBe(("rule.json", 3, 30));
        error.Location.Pointer.ShouldBe("/Expression");
    }

    [Fact]
    public void Bind_TypeMismatch_IsReported()
    {
        var error = ExpressionHarness.Error("employee.family > 3");
        error.Code.ShouldBe(Codes.ExpressionType);
        error.Message.ShouldBe(Messages.OperandTypes(">", "string", "integer"));
    }

    [Fact]
    public void Bind_MoneyComparedWithNumber_IsReported() =>
        ExpressionHarness.Error("employee.baseSalary > 100000").Message.ShouldBe(Messages.OperandTypes(">", "money", "integer"));

    [Fact]
    public void Bind_UnknownFunction_IsReportedWithSuggestion() =>
        ExpressionHarness.Error("hasSkil(\"sql\", 3)").Message.ShouldBe(Messages.UnknownFunction("hasSkil", "hasSkill"));

    [Fact]
    public void Bind_UnknownSkillLiteral_IsReported() =>
        ExpressionHarness.Error("hasSkill(\"tableu\", 3)").Message.ShouldBe(Messages.UnknownSkill("tableu", "tableau"));

    [Fact]
    public void Bind_ProficiencyOutsideScale_IsReported() =>
        ExpressionHarness.Error("hasSkill(\"sql\", 9)").Message.ShouldBe(Messages.ProficiencyOutOfScale(9, 1, 5));

    [Fact]
    public void Bind_RoundWithoutMode_IsReported() =>
        ExpressionHarness.Error("round(employee.level / 3, 2)").Message.ShouldBe(Messages.ArgumentCount("round", "3", 2));

    [Fact]
    public void Bind_NoWayToReachDotNet()
    {
        ExpressionHarness.Error("employee.GetType()").Code.ShouldBe(Codes.UnknownName);
        ExpressionHarness.Error("System.IO.File").Code.ShouldBe(Codes.UnknownName);
        ExpressionHarness.Error("employee.skills.GetType()").Code.ShouldBe(Codes.UnknownName);
    }

    [Fact]
    public void Bind_UnknownTable_IsReported() =>
        ExpressionHarness.Error("tables.bandz.matched").Message.ShouldBe(Messages.UnknownTable("bandz", "bands"));

    [Fact]
    public void Evaluate_MissingRole_IsARuleErrorNotACrash()
    {
        var topEngineer = Samples.Employee("""{ "id": "E2", "family": "risk", "track": "ic", "level": 7, "region": "us", "baseSalary": 250000 }""");
        Should.Throw<RuleEvaluationException>(() => ExpressionHarness.Evaluate("targetRole.title", topEngineer))
            .Message.ShouldBe(Messages.NoRoleAt("risk", "ic", 8, ""));
    }
}
