using System.Text.Json;
using JobFramework.Comp.Evaluation;

namespace JobFramework.Comp.Engine.Tests.Interop;

/// <summary>
/// A RuleParameter's fields declared as attributes are (Type, Required or Default, Min, Max, Values) or by the JSON
/// Schema keywords that say the same (minimum, maximum, enum, default): both check the values a caller sends, both
/// fill a default in (and record it), and a type RulesEngine has no equivalent for is refused at load.
/// </summary>
public sealed class ParameterDeclarationTests
{
    private const string Rules = """[ { "RuleName": "Senior", "Expression": "input1.level >= 5 AND input1.country == \"india\"", "ErrorMessage": "Not senior in India." } ]""";

    private const string Fields = """
        { "WorkflowName": "probe",
          "RuleParameters": [ { "Name": "input1", "Fields": [
            { "Name": "country", "Type": "string", "Required": true, "Values": ["india", "us"] },
            { "Name": "level", "Type": "integer", "Default": 3, "Min": 1, "Max": 9 } ] } ],
          "Rules": RULES }
        """;

    private const string Schema = """
        { "WorkflowName": "probe",
          "RuleParameters": [ { "Name": "input1", "Schema": { "type": "object", "properties": {
            "country": { "type": "string", "enum": ["india", "us"] },
            "level": { "type": "integer", "minimum": 1, "maximum": 9, "default": 3 } }, "required": ["country"] } } ],
          "Rules": RULES }
        """;

    [Theory]
    [InlineData(Fields)]
    [InlineData(Schema)]
    public void Both_forms_check_values_fill_defaults_and_run_on_the_typed_compiler(string workflow)
    {
        var loaded = RulesEngineSample.LoadWith("probe.json", workflow.Replace("RULES", Rules, StringComparison.Ordinal));
        loaded.Errors.ShouldBeEmpty();
        var evaluator = new Evaluator(loaded.Release!);
        loaded.Release!.FindWorkflow("probe")!.Engine.ShouldBe(WorkflowEngines.Typed);

        var defaulted = Evaluate(evaluator, """{"input1": {"country": "india"}}""").Value!;
        defaulted.Parameters.ShouldBe("""{"input1":{"country":"india","level":3}}""");
        defaulted.Criteria.Single().Outcome.ShouldBe(RuleOutcome.Unmet);
        Evaluate(evaluator, """{"input1": {"country": "india", "level": 7}}""").Value!.Passed.ShouldBeTrue();

        Evaluate(evaluator, """{"input1": {"country": "uk"}}""").Errors.Single()
            .ShouldBe(new InputError("parameters.input1.country", "Unknown value 'uk'. Did you mean 'us'? Known: india, us."));
        Evaluate(evaluator, """{"input1": {"country": "us", "level": 12}}""").Errors.Single()
            .ShouldBe(new InputError("parameters.input1.level", "12 is out of range; it must be between 1 and 9."));
    }

    [Fact]
    public void A_parameter_field_of_a_type_RulesEngine_lacks_is_refused_at_load()
    {
        var loaded = RulesEngineSample.LoadWith("probe.json", Fields.Replace("RULES", Rules, StringComparison.Ordinal)
            .Replace("""{ "Name": "level", "Type": "integer", "Default": 3,""", """{ "Name": "level", "Type": "date", "Default": "2027-01-01",""", StringComparison.Ordinal)
            .Replace(""", "Min": 1, "Max": 9 }""", " }", StringComparison.Ordinal));

        loaded.Errors.Select(e => e.Message).ShouldBe([Comp.Diagnostics.Messages.ParameterFieldType("input1.level", "date")]);
    }

    [Fact]
    public void A_parameter_is_declared_one_way_not_both()
    {
        var loaded = RulesEngineSample.LoadWith("probe.json", """
            { "WorkflowName": "probe",
              "RuleParameters": [ { "Name": "input1", "Fields": [ { "Name": "n", "Type": "integer", "Required": true } ], "Schema": { "type": "object", "properties": {} } } ],
              "Rules": [ { "RuleName": "R", "Expression": "true" } ] }
            """);

        loaded.Errors.Select(e => e.Message).ShouldContain(Comp.Diagnostics.Messages.SchemaOrFields);
    }

    private static EvaluationResult<WorkflowDecision> Evaluate(Evaluator evaluator, string parameters) =>
        evaluator.Evaluate("probe", JsonDocument.Parse(parameters).RootElement);
}
