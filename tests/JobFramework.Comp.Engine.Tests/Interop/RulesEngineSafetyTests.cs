using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Evaluation;

namespace JobFramework.Comp.Engine.Tests.Interop;

/// <summary>
/// The RulesEngine path is as safe as the typed one: every expression is checked against an allowlist before Dynamic
/// LINQ sees it (measured: RulesEngine 6.0.1 runs <c>"".GetType().Assembly</c> as given), a rule that does not
/// compile is a load error naming workflow, rule and line, and a rule looping too long is stopped by the step budget.
/// </summary>
public sealed class RulesEngineSafetyTests
{
    private static string Rule(string expression) =>
        "[ { \"RuleName\": \"R\", \"Expression\": " + System.Text.Json.JsonSerializer.Serialize(expression) + " } ]";

    [Theory]
    [InlineData("\"\".GetType().Assembly != null", "'GetType(…)' is not a method")]
    [InlineData("input1.GetType().Name == \"x\"", "'GetType(…)' is not a method")]
    [InlineData("input1.name.GetType() != null", "'GetType(…)' is not a method")]
    [InlineData("DateTime.Now.Year > 2000", "'DateTime' is not a parameter")]
    [InlineData("System.IO.File.Exists(\"/etc/passwd\")", "'System' is not a parameter")]
    [InlineData("Type.GetType(\"System.Diagnostics.Process\") != null", "'Type' is not a parameter")]
    [InlineData("Activator.CreateInstance(\"x\", \"y\") != null", "'Activator' is not a parameter")]
    [InlineData("AppDomain.CurrentDomain != null", "'AppDomain' is not a parameter")]
    [InlineData("Environment.GetEnvironmentVariable(\"PATH\") != null", "'Environment' is not a parameter")]
    [InlineData("new (1 as x).x == 1", "'new(…)' is not a method")]
    [InlineData("typeof(string) != null", "'typeof(…)' is not a method")]
    [InlineData("@0 == 1", "'@' is not allowed")]
    [InlineData("Math.PI > 3", "'PI' is not a parameter")]
    [InlineData("Utils.GetType() != null", "'GetType(…)' is not a method")]
    [InlineData("input1.items.Any(x => x.GetType() != null)", "'GetType(…)' is not a method")]
    [InlineData("string.Concat(input1.name) != null", "'string' is not a parameter")]
    [InlineData("int(input1.n) > 1", "'int(…)' is not a method")]
    public void An_expression_reaching_outside_the_inputs_is_refused_at_load(string expression, string reason)
    {
        var loaded = RulesEngineSample.LoadWith("probe.json", RulesEngineSample.Workflow(Rule(expression)));

        loaded.Succeeded.ShouldBeFalse();
        var error = loaded.Errors.Single();
        error.Code.ShouldBe(Codes.UnknownName);
        error.Message.ShouldContain(reason);
        error.Location.File.ShouldEndWith("workflows/probe.json");
        error.Location.Line.ShouldBe(4);
        string offender = reason[1..reason.IndexOf('\'', 1)].Replace("(…)", "", StringComparison.Ordinal);
        error.Source!.IndexOf(offender, StringComparison.Ordinal).ShouldBe(error.Location.Column - 1);
    }

    [Fact]
    public void A_deeply_nested_or_huge_expression_is_refused_before_Dynamic_LINQ_parses_it()
    {
        string deep = new string('(', 5000) + "1" + new string(')', 5000) + " == 1";
        string huge = string.Join(" OR ", Enumerable.Repeat("input1.n == 1", 400));

        RulesEngineSample.LoadWith("probe.json", RulesEngineSample.Workflow(Rule(deep))).Errors.Single().Message.ShouldContain("characters long; the limit is 4,000");
        RulesEngineSample.LoadWith("probe.json", RulesEngineSample.Workflow(Rule(new string('(', 60) + "1" + new string(')', 60) + " == 1"))).Errors.Single().Message.ShouldContain("nests deeper than 48 levels");
        RulesEngineSample.LoadWith("probe.json", RulesEngineSample.Workflow(Rule(huge))).Errors.Single().Message.ShouldContain("the limit is 4,000");
    }

    [Fact]
    public void What_RulesEngine_expressions_may_use_loads_and_runs()
    {
        var loaded = RulesEngineSample.LoadWith("probe.json", RulesEngineSample.Workflow(Rule(
            "np(input1.n) == null OR (input1.items.Where(it.v > 1).Sum(x => x.v) >= Math.Max(1, 2) AND input1.name.ToUpper().StartsWith(\"A\") AND Utils.CheckContains(input1.name, \"ann,bob\"))")));

        loaded.Errors.ShouldBeEmpty();
        var evaluator = new Evaluator(loaded.Release!);
        Run(evaluator, """{"input1": {}}""").Outcome.ShouldBe(RuleOutcome.Met);
        Run(evaluator, """{"input1": {"n": 1, "name": "ann", "items": [{"v": 1}, {"v": 3}]}}""").Outcome.ShouldBe(RuleOutcome.Met);
        Run(evaluator, """{"input1": {"n": 1, "name": "Ann", "items": [{"v": 1}, {"v": 3}]}}""").Outcome.ShouldBe(RuleOutcome.Unmet);
    }

    [Fact]
    public void A_rule_looping_past_the_step_budget_is_stopped_with_an_error_and_the_others_still_run()
    {
        var loaded = RulesEngineSample.LoadWith("probe.json", RulesEngineSample.Workflow("""
            [ { "RuleName": "Runaway", "Expression": "input1.items.Any(a => input1.items.Any(b => input1.items.Any(c => a.v + b.v + c.v < 0)))" },
              { "RuleName": "Plain", "Expression": "input1.n == 7" } ]
            """));
        loaded.Errors.ShouldBeEmpty();
        string items = string.Join(", ", Enumerable.Range(0, 1000).Select(i => "{\"v\": " + i + "}"));

        var decision = new Evaluator(loaded.Release!).Evaluate("probe", System.Text.Json.JsonDocument.Parse("{\"input1\": {\"n\": 7, \"items\": [" + items + "]}}").RootElement).Value!;

        var runaway = decision.Criteria[0];
        runaway.Outcome.ShouldBe(RuleOutcome.Error);
        runaway.Message.ShouldBe("Error while executing rule : Runaway - the evaluation visited more than 1,000,000 list items, its budget; no rule may loop that long");
        decision.Criteria[1].Outcome.ShouldBe(RuleOutcome.Met);
    }

    [Fact]
    public void A_list_of_more_than_a_thousand_items_is_refused_whatever_the_schema_says()
    {
        var loaded = RulesEngineSample.LoadWith("probe.json", RulesEngineSample.Workflow(Rule("input1.items.Count() > 0")));
        string items = string.Join(", ", Enumerable.Repeat("{\"v\": 1}", 1001));

        var result = new Evaluator(loaded.Release!).Evaluate("probe", System.Text.Json.JsonDocument.Parse("{\"input1\": {\"items\": [" + items + "]}}").RootElement);

        result.Errors.Single().ShouldBe(new InputError("parameters.input1.items", "The list has 1,001 items; the schema allows at most 1,000."));
    }

    [Fact]
    public void A_rule_that_does_not_compile_on_RulesEngine_is_a_load_error_naming_workflow_rule_and_line()
    {
        var loaded = RulesEngineSample.LoadWith("probe.json", RulesEngineSample.Workflow("""
            [ { "RuleName": "Fine", "Expression": "input1.n > 1" },
              { "RuleName": "Broken", "Expression": "input1.n.StartsWith(\"1\")" } ]
            """));

        var error = loaded.Errors.Single();
        error.Code.ShouldBe(Codes.ExpressionSyntax);
        error.Message.ShouldBe("Workflow 'probe', rule 'Broken' does not compile on RulesEngine 6.0.1: Exception while parsing expression `input1.n.StartsWith(\"1\")` - No applicable method 'StartsWith' exists in type 'Int64?'");
        error.Location.File.ShouldEndWith("workflows/probe.json");
        error.Location.Line.ShouldBe(5);
    }

    [Fact]
    public void An_action_expression_that_does_not_parse_is_a_load_error_even_on_the_branch_not_taken()
    {
        var loaded = RulesEngineSample.LoadWith("probe.json", RulesEngineSample.Workflow("""
            [ { "RuleName": "R", "Expression": "input1.n == null",
                "Actions": { "OnFailure": { "Name": "OutputExpression", "Context": { "Expression": "input1.n +* 2" } } } } ]
            """));

        loaded.Errors.Single().Message.ShouldStartWith("Workflow 'probe', rule 'R' does not compile on RulesEngine 6.0.1: OutputExpression:");
    }

    [Theory]
    [InlineData("""[ { "RuleName": "R", "Expression": "true" } ]""", "\"WorkflowsToInject\": [\"probe\"],", "WorkflowsToInject goes round in a circle: probe → probe.")]
    [InlineData("""[ { "RuleName": "R", "Expression": "true" } ]""", "\"WorkflowsToInject\": [\"nowhere\"],", "Unknown RulesEngine workflow 'nowhere'.")]
    [InlineData("""[ { "RuleName": "R", "Expression": "true", "Actions": { "OnSuccess": { "Name": "EvaluateRule", "Context": { "workflowName": "counter-offer", "ruleName": "Nope" } } } } ]""", "", "Unknown rule of workflow 'counter-offer' 'Nope'.")]
    [InlineData("""[ { "RuleName": "R", "Expression": "true", "Actions": { "OnSuccess": { "Name": "EvaluateRule", "Context": { "workflowName": "counter-offer", "ruleName": "MatchOffer", "additionalInputs": [] } } } } ]""", "", Messages.AdditionalInputsRefused)]
    [InlineData("""[ { "RuleName": "R", "Expresion": "true" } ]""", "", "Unknown property 'Expresion'.")]
    [InlineData("""[ { "RuleName": "StalledPromotion", "Expression": "true" } ]""", "\"WorkflowsToInject\": [\"flight-risk\"],", "Rule 'StalledPromotion' injected from workflow 'flight-risk' has the name of a rule already in 'probe'")]
    [InlineData("""[ { "RuleName": "R", "Expression": "true" } ]""", "\"Inputs\": [],", "A workflow with RuleParameters takes its inputs from them")]
    public void Workflow_level_mistakes_are_load_errors(string rules, string extra, string message)
    {
        var loaded = RulesEngineSample.LoadWith("probe.json", RulesEngineSample.Workflow(rules, extra: extra));

        loaded.Errors.Select(e => e.Message).ShouldContain(m => m.StartsWith(message, StringComparison.Ordinal), string.Join("\n", loaded.Errors));
    }

    [Theory]
    [InlineData("""{ "n": { "type": "decimal" } }""", "Unknown schema type 'decimal'.")]
    [InlineData("""{ "n": { "type": "object", "properties": {}, "additionalProperties": true } }""", "'input1.n': additionalProperties may only be false")]
    [InlineData("""{ "n": { "type": "object", "properties": {}, "required": ["x"] } }""", "'input1.n' lists 'x' as required but declares no such property.")]
    [InlineData("""{ "n": { "type": "array", "items": { "type": "integer" }, "maxItems": 5000 } }""", "'maxItems' is 5000; it must be between 0 and 1000.")]
    [InlineData("""{ "GetType": { "type": "integer" }, "bad name": { "type": "integer" } }""", "'bad name' cannot name a parameter or field")]
    [InlineData("""{ "n": { "type": "integer", "format": "int32" } }""", "Unknown property 'format'.")]
    public void A_parameter_schema_outside_the_supported_subset_is_a_load_error(string fields, string message)
    {
        var loaded = RulesEngineSample.LoadWith("probe.json", RulesEngineSample.Workflow(Rule("true"), fields));

        loaded.Errors.Select(e => e.Message).ShouldContain(m => m.StartsWith(message, StringComparison.Ordinal), string.Join("\n", loaded.Errors));
    }

    [Fact]
    public void A_level_up_workflow_cannot_be_one_over_RuleParameters()
    {
        var copy = RulesEngineSample.LoadWith("probe.json", RulesEngineSample.Workflow(Rule("true")));
        copy.Errors.ShouldBeEmpty();
        using var release = new Support.TempRelease();
        File.WriteAllText(release.PathOf("workflows/level-up.json"), RulesEngineSample.Workflow(Rule("true")).Replace("\"probe\"", "\"level-up\"", StringComparison.Ordinal));

        release.Load().Errors.Single().Message.ShouldBe(Messages.LevelUpOnRulesEngine("level-up"));
    }

    private static CriterionResult Run(Evaluator evaluator, string parameters) =>
        evaluator.Evaluate("probe", System.Text.Json.JsonDocument.Parse(parameters).RootElement).Value!.Criteria.Single();
}
