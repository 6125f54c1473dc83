using JobFramework.Comp.Engine.Tests.Support;
using JobFramework.Comp.Evaluation;

namespace JobFramework.Comp.Engine.Tests.Evaluation;

public class PrepareTests
{
    // Built at run time so no id shares an instance with the release's (literals would be interned).
    private static string Fresh(string text) => new(text.AsSpan());

    [Fact]
    public void Prepare_ValidEmployee_CarriesTheReleasesOwnIdInstances()
    {
        var framework = Samples.Release.Framework;
        var employee = new Employee
        {
            Id = "P1", Family = Fresh("data"), Track = Fresh("ic"), Level = 3, Region = Fresh("sg"), BaseSalary = 98000m,
            Skills = [new(Fresh("sql"), 3), new(Fresh("tableau"), 1)],
        };

        var prepared = new Evaluator(Samples.Release).Prepare(employee).Value.ShouldNotBeNull();

        prepared.ShouldNotBeSameAs(employee);
        ReferenceEquals(prepared.Family, framework.FindFamily("data")!.Id).ShouldBeTrue();
        ReferenceEquals(prepared.Track, framework.FindTrack("ic")!.Id).ShouldBeTrue();
        ReferenceEquals(prepared.Region, framework.FindRegion("sg")!.Id).ShouldBeTrue();
        prepared.Skills.Select(s => ReferenceEquals(s.Skill, framework.FindSkill(s.Skill)!.Id)).ShouldAllBe(same => same);
        prepared.ShouldBe(employee with { Family = prepared.Family, Track = prepared.Track, Region = prepared.Region, Skills = prepared.Skills });
        prepared.Skills.Select(s => (s.Skill, s.Proficiency)).ShouldBe([("sql", 3), ("tableau", 1)]);
        employee.Skills[0].Skill.ShouldNotBeSameAs(prepared.Skills[0].Skill);
    }

    [Fact]
    public void Prepare_AlreadyPreparedEmployee_ReturnsTheSameObject()
    {
        var evaluator = new Evaluator(Samples.Release);
        var once = evaluator.Prepare(Samples.Employee("""{ "id": "P2", "family": "data", "track": "ic", "level": 3, "region": "sg", "baseSalary": 98000 }""")).Value!;
        evaluator.Prepare(once).Value.ShouldBeSameAs(once);
    }

    [Fact]
    public void Prepare_InvalidEmployee_FailsWithTheSameErrorsAsValidate()
    {
        var evaluator = new Evaluator(Samples.Release);
        var employee = Samples.Employee("""{ "id": "P3", "family": "data", "track": "ic", "level": 3, "region": "mars", "baseSalary": 98000, "skills": ["sqll:3"] }""");
        var prepared = evaluator.Prepare(employee);
        prepared.Succeeded.ShouldBeFalse();
        prepared.Value.ShouldBeNull();
        prepared.Errors.Select(e => e.Field).ShouldBe(["region", "skills[0]"]);
        prepared.Errors.ShouldBe(evaluator.Validate(employee));
    }

    [Fact]
    public void Place_UnpreparedAndPreparedEmployee_GiveTheSamePlacement()
    {
        var evaluator = new Evaluator(Samples.Release);
        var employee = new Employee { Id = "P4", Family = Fresh("engineering"), Track = Fresh("manager"), Level = 7, Region = Fresh("us"), BaseSalary = 260000m };
        var direct = evaluator.Place(employee).Value;
        evaluator.TryPlaceValidated(evaluator.Prepare(employee).Value!, out var prepared, out _).ShouldBeTrue();
        prepared.ShouldBe(direct);
    }
}
