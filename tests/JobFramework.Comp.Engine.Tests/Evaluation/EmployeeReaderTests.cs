using System.Text;
using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Evaluation;

namespace JobFramework.Comp.Engine.Tests.Evaluation;

public class EmployeeReaderTests
{
    private static EvaluationResult<Employee> Read(string json) => EmployeeReader.Read(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void Read_AllFieldsAndBothSkillForms()
    {
        var e = Read("""{ "id": 7, "family": "data", "track": "ic", "level": 3, "region": "us", "baseSalary": 100000.50, "currency": "USD", "rating": 4, "skills": ["sql:3", "python"] }""").Value!;
        (e.Id, e.Level, e.BaseSalary, e.Currency).ShouldBe(("7", 3, 100000.50m, "USD"));
        e.Skills.ShouldBe([new("sql", 3), new("python", 1)]);
        Read("""{ "id": "x", "family": "data", "track": "ic", "level": 3, "region": "us", "baseSalary": 1, "skills": { "sql": 2 } }""").Value!.Skills.ShouldBe([new("sql", 2)]);
    }

    [Theory]
    [InlineData("""{ "id": "x", "family": "data", "track": "ic", "level": "three", "region": "us", "baseSalary": 1 }""", "level")]
    [InlineData("""{ "id": "x", "family": "data", "track": "ic", "level": 3, "region": "us", "baseSalary": -5 }""", "baseSalary")]
    [InlineData("""{ "id": "x", "family": "data", "track": "ic", "level": 3, "region": "us", "baseSalary": 5e12 }""", "baseSalary")]
    [InlineData("""{ "id": "x", "family": "data", "track": "ic", "level": 3, "region": "us" }""", "baseSalary")]
    [InlineData("""{ "id": "x", "family": "data", "track": "ic", "level": 3, "region": "us", "baseSalary": 1, "rating": 9 }""", "rating")]
    [InlineData("""{ "id": "x", "family": "data", "track": "ic", "level": 3, "region": "us", "baseSalary": 1, "salary": 1 }""", "salary")]
    [InlineData("""{ "id": "x", "family": "data", "track": "ic", "level": 3, "region": "us", "baseSalary": 1, "skills": [3] }""", "skills[0]")]
    [InlineData("""[1, 2]""", "$")]
    [InlineData("""{ "id": "x", "family": """, "$")]
    public void Read_BadInput_NamesTheField(string json, string field)
    {
        var result = Read(json);
        result.Succeeded.ShouldBeFalse();
        result.Errors.ShouldContain(e => e.Field == field);
    }

    [Fact]
    public void Read_UnknownField_SuggestsTheRightName() =>
        Read("""{ "id": "x", "family": "data", "track": "ic", "level": 3, "region": "us", "baseSalary": 1, "ratng": 3 }""")
            .Errors.Single().Message.ShouldBe(Messages.UnknownProperty("ratng", "rating"));
}
