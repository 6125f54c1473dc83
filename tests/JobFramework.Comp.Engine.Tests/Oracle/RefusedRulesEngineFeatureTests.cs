using JobFramework.Comp.Engine.Tests.Support;

namespace JobFramework.Comp.Engine.Tests.Oracle;

/// <summary>
/// Every RulesEngine feature docs/rulesengine.md marks refused is a load error at its place — never a rule that
/// silently returns false — so the compatibility page stays true.
/// </summary>
public sealed class RefusedRulesEngineFeatureTests : IDisposable
{
    private readonly TempRelease _copy = new();

    public void Dispose() => _copy.Dispose();

    private const string Rule = """{ "RuleName": "R", "Expression": "employee.rating >= 3" }""";

    [Theory]
    [InlineData("WorkflowsToInject", $$"""{ "WorkflowName": "x", "WorkflowsToInject": ["level-up"], "Rules": [ {{Rule}} ] }""")]
    [InlineData("the EvaluateRule action", """{ "WorkflowName": "x", "Rules": [ { "RuleName": "R", "Expression": "true", "Actions": { "OnSuccess": { "Name": "EvaluateRule", "Context": { "workflowName": "level-up", "ruleName": "PerformanceRating" } } } } ] }""")]
    [InlineData("an OutputExpression that does not compile", """{ "WorkflowName": "x", "Rules": [ { "RuleName": "R", "Expression": "true", "Actions": { "OnSuccess": { "Name": "OutputExpression", "Context": { "Expression": "employee.ratng * 2" } } } } ] }""")]
    [InlineData("a misspelt OnFailure", """{ "WorkflowName": "x", "Rules": [ { "RuleName": "R", "Expression": "true", "Actions": { "OnFailur": { "Name": "OutputExpression", "Context": { "Expression": "1" } } } } ] }""")]
    [InlineData("a RuleExpressionType other than LambdaExpression", """{ "WorkflowName": "x", "Rules": [ { "RuleName": "R", "Expression": "true", "RuleExpressionType": 1 } ] }""")]
    [InlineData("input1", """{ "WorkflowName": "x", "Rules": [ { "RuleName": "R", "Expression": "input1.country == \"india\"" } ] }""")]
    [InlineData("null", """{ "WorkflowName": "x", "Rules": [ { "RuleName": "R", "Expression": "employee.focus != null" } ] }""")]
    [InlineData("np()", """{ "WorkflowName": "x", "Rules": [ { "RuleName": "R", "Expression": "np(employee.focus) != \"\"" } ] }""")]
    [InlineData("GetType()", """{ "WorkflowName": "x", "Rules": [ { "RuleName": "R", "Expression": "employee.GetType().Name == \"Employee\"" } ] }""")]
    [InlineData("a static member of another type", """{ "WorkflowName": "x", "Rules": [ { "RuleName": "R", "Expression": "DateTime.Now.Year > 2000" } ] }""")]
    [InlineData("OrderBy", """{ "WorkflowName": "x", "Rules": [ { "RuleName": "R", "Expression": "employee.skills.OrderBy(s => s.proficiency).First().proficiency > 1" } ] }""")]
    public void A_refused_feature_is_a_load_error_in_the_workflow_file(string feature, string workflow)
    {
        File.WriteAllText(_copy.PathOf("workflows/imported.json"), workflow);

        var result = _copy.Load();

        result.Release.ShouldBeNull(feature);
        result.Errors.ShouldContain(e => e.Location.File.EndsWith("workflows/imported.json", StringComparison.Ordinal) && e.Location.Line >= 1, feature);
    }

    [Fact]
    public void A_file_of_several_workflows_loads_each_and_RuleExpressionType_may_be_the_number_0()
    {
        File.WriteAllText(_copy.PathOf("workflows/imported.json"), $$"""
            [
              { "WorkflowName": "first", "Rules": [ {{Rule}} ] },
              { "WorkflowName": "second", "Rules": [ { "RuleName": "R", "Expression": "employee.level >= 2", "RuleExpressionType": 0 } ] }
            ]
            """);

        var result = _copy.Load();

        result.Errors.ShouldBeEmpty();
        result.Release!.WorkflowDefinitions.Select(w => w.Name).ShouldContain("first");
        result.Release.FindWorkflow("second")!.File.ShouldEndWith("workflows/imported.json");
    }

    [Fact]
    public void An_error_in_the_second_workflow_of_a_file_points_into_that_file()
    {
        File.WriteAllText(_copy.PathOf("workflows/imported.json"), $$"""
            [
              { "WorkflowName": "first", "Rules": [ {{Rule}} ] },
              { "WorkflowName": "second", "Rules": [ { "RuleName": "R", "Expression": "employee.levle >= 2" } ] }
            ]
            """);

        var error = _copy.Load().Errors.ShouldHaveSingleItem();

        (error.Location.File.EndsWith("workflows/imported.json", StringComparison.Ordinal), error.Location.Line).ShouldBe((true, 3));
    }
}
