using JobFramework.Comp.Engine.Tests.Support;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Framework;

namespace JobFramework.Comp.Engine.Tests.Evaluation;

/// <summary>
/// The fused verdict (<see cref="Evaluator.IsEligibleForNextLevel"/>) must always agree with the explained
/// decision it short-cuts, including nested And/Or rules, disabled rules and rules that fail to evaluate.
/// </summary>
public class VerdictTests
{
    [Fact]
    public void IsEligibleForNextLevel_RandomEmployees_AgreesWithCheckEligibility()
    {
        var evaluator = new Evaluator(Samples.Release);
        int eligible = 0;
        int errors = 0;
        foreach (var employee in RandomEmployees(Samples.Release.Framework, seed: 7, count: 3000))
        {
            var decision = evaluator.CheckEligibility(employee).Value.ShouldNotBeNull();
            var prepared = evaluator.Prepare(employee).Value.ShouldNotBeNull();
            evaluator.IsEligibleForNextLevel(prepared).ShouldBe(decision.Eligible, employee.ToString());
            eligible += decision.Eligible ? 1 : 0;
            errors += decision.Criteria.Any(c => c.Outcome == RuleOutcome.Error) ? 1 : 0;
        }

        // The sample must exercise both verdicts and the error outcome, or agreement proves little.
        eligible.ShouldBeGreaterThan(20);
        errors.ShouldBeGreaterThan(20);
    }

    [Fact]
    public void IsEligibleForNextLevel_OrDisabledAndErroringRules_AgreesWithCheckEligibility()
    {
        using var release = new TempRelease();
        release.Replace("workflows/level-up.json", "\"Operator\": \"And\",", "\"Operator\": \"OrElse\",");
        release.Replace("workflows/level-up.json", "\"RuleName\": \"TimeInLevel\",", "\"RuleName\": \"TimeInLevel\", \"Enabled\": false,");
        release.Replace("workflows/level-up.json", "\"RuleName\": \"Mentoring\",", "\"RuleName\": \"Mentoring\", \"Enabled\": false,");
        var loaded = release.Load().Release.ShouldNotBeNull();
        var evaluator = new Evaluator(loaded);
        foreach (var employee in RandomEmployees(loaded.Framework, seed: 11, count: 2000))
        {
            var decision = evaluator.CheckEligibility(employee).Value.ShouldNotBeNull();
            evaluator.IsEligibleForNextLevel(evaluator.Prepare(employee).Value!).ShouldBe(decision.Eligible, employee.ToString());
        }
    }

    /// <summary>
    /// Valid employees in every role's family, track and level, in every region, with random attainment:
    /// half of them hold the next role's core skills, so both verdicts come up often.
    /// </summary>
    private static IEnumerable<Employee> RandomEmployees(JobFrameworkModel framework, int seed, int count)
    {
        var random = new Random(seed);
        for (int i = 0; i < count; i++)
        {
            var role = framework.Roles[random.Next(framework.Roles.Count)];
            var next = framework.FindTrack(role.Track)!.NextAbove(role.Level);
            var nextRole = next is null ? null : framework.FindRole(role.Family, role.Track, next.Number, "");
            var skills = random.Next(2) == 0 && nextRole is not null
                ? nextRole.CoreSkills.Select(s => new SkillHolding(s.Skill, Math.Min(framework.Scale.Max, s.Proficiency + random.Next(0, 2) - (random.Next(4) == 0 ? 1 : 0))))
                : framework.Skills.Where(_ => random.Next(3) == 0).Select(s => new SkillHolding(s.Id, random.Next(framework.Scale.Min, framework.Scale.Max + 1)));
            yield return new Employee
            {
                Id = "R" + i,
                Family = role.Family,
                Track = role.Track,
                Level = role.Level,
                Region = framework.Regions[random.Next(framework.Regions.Count)].Id,
                BaseSalary = random.Next(20_000, 400_000),
                Rating = random.Next(1, 6),
                MonthsInLevel = random.Next(0, 40),
                Scope = random.Next(0, 11),
                TeamSize = random.Next(0, 12),
                Mentorship = random.Next(0, 6),
                ThoughtLeadership = random.Next(0, 4),
                Skills = [.. skills.Where(s => s.Proficiency >= framework.Scale.Min).DistinctBy(s => s.Skill)],
            };
        }
    }
}
