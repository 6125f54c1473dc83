using JobFramework.Comp.Engine.Tests.Support;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Releases;

namespace JobFramework.Comp.Engine.Tests.Evaluation;

/// <summary>
/// The verdict a roster's results table is written from agrees with the explained decision it stands in for: the same
/// pass, the same unmet rules (nested ones where their parent was met), the same outputs.
/// </summary>
public class WorkflowVerdictTests
{
    private static readonly Lazy<CompiledRelease> Release2027H2 = new(() =>
        ReleaseLoader.LoadDirectory(Repository.Release("2027-h2")).Release ?? throw new InvalidOperationException("2027-h2 does not load"));

    public static TheoryData<string, int, int, int, int> People() => new()
    {
        // workflow, rating, months in level, scope, mentorship
        { "level-up", 4, 14, 4, 2 },
        { "level-up", 2, 3, 1, 0 },
        { "level-up", 5, 30, 2, 3 },
        { "level-up", 4, 14, 6, 0 },
        { "merit", 4, 14, 4, 2 },
        { "merit", 1, 2, 0, 0 },
        { "merit", 5, 40, 7, 4 },
    };

    [Theory]
    [MemberData(nameof(People))]
    public void A_verdict_matches_the_explained_decision(string workflow, int rating, int months, int scope, int mentorship)
    {
        var employee = Read($$"""
            { "id": "V1", "family": "engineering", "track": "ic", "level": 3, "region": "us", "baseSalary": 118750,
              "rating": {{rating}}, "monthsInLevel": {{months}}, "scope": {{scope}}, "mentorship": {{mentorship}},
              "skills": { "programming": 4, "system-design": 3, "code-review": 3 } }
            """);
        var evaluator = new Evaluator(Release2027H2.Value) { AsOf = new DateOnly(2027, 9, 1) };

        var decision = evaluator.Evaluate(workflow, employee).Value!;
        var verdict = evaluator.EvaluateVerdict(workflow, employee).Value!;

        verdict.Workflow.ShouldBe(decision.Workflow);
        verdict.Passed.ShouldBe(decision.Passed);
        verdict.Unmet.ShouldBe(UnmetOf(decision.Criteria));
        verdict.Outputs.Select(o => (o.Name, o.Value, o.Error)).ShouldBe(decision.Outputs.Select(o => (o.Name, o.Value, o.Error)));
    }

    [Fact]
    public void A_nested_rule_is_named_when_its_parent_is_unmet_by_it()
    {
        // Scope 0 and no mentoring: the composite Scope rule is unmet and named once, as the explained decision lists it.
        var employee = Read("""
            { "id": "V2", "family": "engineering", "track": "ic", "level": 3, "region": "us", "baseSalary": 118750,
              "rating": 4, "monthsInLevel": 14, "scope": 0, "mentorship": 0, "skills": { "programming": 4, "system-design": 3, "code-review": 3 } }
            """);

        var verdict = new Evaluator(Release2027H2.Value) { AsOf = new DateOnly(2027, 9, 1) }.EvaluateVerdict("level-up", employee).Value!;

        verdict.Passed.ShouldBeFalse();
        verdict.Unmet.ShouldContain("Scope");
        verdict.Unmet.ShouldNotContain("ScopeOfImpact");
    }

    [Fact]
    public void Bad_input_and_unknown_workflows_fail_as_the_explained_evaluation_does()
    {
        var evaluator = new Evaluator(Release2027H2.Value);
        var employee = Read("""{ "id": "V3", "family": "nowhere", "track": "ic", "level": 3, "region": "us", "baseSalary": 1 }""");

        evaluator.EvaluateVerdict("level-up", employee).Errors.ShouldBe(evaluator.Evaluate("level-up", employee).Errors);
        evaluator.EvaluateVerdict("no-such-workflow", employee).Errors.Single().Field.ShouldBe("workflow");
    }

    // Read against the release, so its declared attributes take their defaults as in every real request.
    private static Employee Read(string json) =>
        EmployeeReader.Read(System.Text.Encoding.UTF8.GetBytes(json), Release2027H2.Value.Framework).Value ?? throw new InvalidOperationException("bad test employee: " + json);

    // The rules an explained decision reports unmet: an unmet criterion by name, else its unmet descendants.
    private static IEnumerable<string> UnmetOf(IEnumerable<CriterionResult> criteria) =>
        criteria.SelectMany(c => c.Outcome == RuleOutcome.Unmet ? [c.Rule] : UnmetOf(c.Children));
}
