using JobFramework.Comp.Engine.Tests.Support;
using JobFramework.Comp.Evaluation;

namespace JobFramework.Comp.Engine.Tests.Expressions;

/// <summary>
/// The constructs RulesEngine workflows write in Dynamic LINQ, compiled natively: <c>=</c> and <c>&lt;&gt;</c>, <c>iif</c>,
/// indexers, string methods and <c>Length</c>, <c>Math.*</c>, LINQ over lists with lambdas or the implicit <c>it</c>.
/// </summary>
public class DynamicLinqSyntaxTests
{
    private static readonly Employee Analyst = Samples.Employee("""
        { "id": "E1", "family": "data", "track": "ic", "level": 3, "region": "sg", "baseSalary": 98000,
          "rating": 4, "monthsInLevel": 16, "scope": 3, "mentorship": 1,
          "skills": { "sql": 3, "tableau": 1, "statistics": 2 }, "certifications": ["sql-advanced", "excel-basics"] }
        """);

    private static object? Value(string expression) => ExpressionHarness.Evaluate(expression, Analyst);

    [Theory]
    [InlineData("employee.level = 3", true)]
    [InlineData("employee.region in (\"us\", \"sg\")", true)]
    [InlineData("employee.level in (1, 2)", false)]
    [InlineData("employee.rating in (4)", true)]
    [InlineData("employee.level <> 3", false)]
    [InlineData("employee.region = \"sg\" AND employee.rating <> 2", true)]
    [InlineData("iif(employee.rating >= 4, \"strong\", \"steady\")", "strong")]
    [InlineData("iif(employee.level > 5, 1, 0)", 0L)]
    [InlineData("employee.skills[0].id", "sql")]
    [InlineData("employee.skills[2].proficiency", 2L)]
    [InlineData("employee.certifications[1].ToUpper()", "EXCEL-BASICS")]
    [InlineData("\"  Excel \".Trim()", "Excel")]
    [InlineData("employee.region.ToUpper()", "SG")]
    [InlineData("employee.family.ToLower() = \"data\"", true)]
    [InlineData("employee.family.Length", 4L)]
    [InlineData("Math.Max(employee.level, 5)", 5L)]
    [InlineData("Math.Min(employee.level, 2.5)", 2.5)]
    [InlineData("Math.Abs(0 - employee.rating)", 4L)]
    [InlineData("Math.Round(2.5)", 2.0)]
    [InlineData("Math.Round(3.5)", 4.0)]
    [InlineData("Math.Round(2.345, 2)", 2.34)]
    [InlineData("Math.Floor(2.7)", 2.0)]
    [InlineData("Math.Ceiling(2.1)", 3.0)]
    [InlineData("employee.skills.Where(s => s.proficiency >= 2).Count()", 2L)]
    [InlineData("employee.skills.Where(proficiency >= 2).Count()", 2L)]
    [InlineData("employee.skills.Where(it.proficiency >= 3).First().id", "sql")]
    [InlineData("employee.skills.Any(proficiency = 1)", true)]
    [InlineData("employee.skills.All(it.proficiency > 0)", true)]
    [InlineData("employee.skills.Count(proficiency < 3)", 2L)]
    [InlineData("employee.skills.Select(s => s.proficiency).Sum()", 6L)]
    [InlineData("employee.skills.Sum(proficiency)", 6L)]
    [InlineData("employee.skills.Max(s => s.proficiency)", 3L)]
    [InlineData("employee.skills.Min(proficiency)", 1L)]
    [InlineData("employee.skills.Average(proficiency)", 2.0)]
    [InlineData("employee.skills.Select(id).Contains(\"tableau\")", true)]
    [InlineData("employee.skills.First(id = \"statistics\").proficiency", 2L)]
    [InlineData("employee.skills.Select(proficiency).FirstOrDefault(it > 5)", 0L)]
    [InlineData("employee.certifications.FirstOrDefault(it.StartsWith(\"sql\"))", "sql-advanced")]
    public void Evaluates(string expression, object expected)
    {
        var value = Value(expression);

        value.ShouldBe(expected is double d ? (decimal)d : expected);
    }

    [Theory]
    [InlineData("employee.skills[5].id", "Index 5 is outside the list of 3 item(s).")]
    [InlineData("employee.skills.First(proficiency > 4).id", "First found no element: the list is empty (or nothing matched).")]
    [InlineData("employee.skills.Where(proficiency > 4).Select(proficiency).Max()", "Max found no element: the list is empty (or nothing matched).")]
    public void An_empty_result_where_an_element_is_needed_is_a_rule_error_naming_it(string expression, string message)
    {
        var error = Should.Throw<RuleEvaluationException>(() => Value(expression));

        error.Message.ShouldBe(message);
    }

    [Theory]
    [InlineData("employee.level[0]", "A integer has no elements to index; only a list can be indexed, as list[0].")]
    [InlineData("employee.skills.FirstOrDefault(proficiency > 4)", "FirstOrDefault has no default for a skill; use First (an error when nothing matches) or Any.")]
    [InlineData("employee.skills.Sum()", "Sum needs whole numbers or numbers, not skill; give a selector, as Sum(s => s.proficiency).")]
    [InlineData("Math.Pow(2, 3)", "A Math has no method 'Pow'.")]
    public void What_the_language_cannot_type_is_refused_at_load(string expression, string messageStart)
    {
        ExpressionHarness.Error(expression).Message.ShouldStartWith(messageStart);
    }
}
