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
    [InlineData("an array of workflows", $$"""[ { "WorkflowName": "x", "Rules": [ {{Rule}} ] } ]""")]
    [InlineData("WorkflowsToInject", $$"""{ "WorkflowName": "x", "WorkflowsToInject": ["level-up"], "Rules": [ {{Rule}} ] }""")]
    [InlineData("Actions", """{ "WorkflowName": "x", "Rules": [ { "RuleName": "R", "Expression": "true", "Actions": { "OnSuccess": { "Name": "OutputExpression", "Context": { "Expression": "1" } } } } ] }""")]
    [InlineData("a numeric RuleExpressionType", """{ "WorkflowName": "x", "Rules": [ { "RuleName": "R", "Expression": "true", "RuleExpressionType": 0 } ] }""")]
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
}
