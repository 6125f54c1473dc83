using JobFramework.Comp.Engine.Tests.Support;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Testing;

namespace JobFramework.Comp.Engine.Tests.Interop;

/// <summary>
/// RulesEngine workflows over their own RuleParameters, from the sample rules folder: which engine runs each and
/// why, decisions in the project's shape (messages as RulesEngine fills them, action outputs, chained and injected
/// rules), and the parameters' problems each named by its field.
/// </summary>
public sealed class RulesEngineWorkflowTests
{
    [Fact]
    public void Each_workflow_runs_on_the_typed_compiler_unless_a_reason_sends_it_to_RulesEngine()
    {
        var workflows = RulesEngineSample.Release.WorkflowDefinitions.ToDictionary(w => w.Name);

        workflows.Values.Select(w => (w.Name, w.Engine)).ShouldBe([
            ("counter-offer", WorkflowEngines.Typed), ("flight-risk", WorkflowEngines.Typed), ("relocation", WorkflowEngines.RulesEngine),
            ("retention-offer", WorkflowEngines.RulesEngine), ("sign-on-bonus", WorkflowEngines.Typed)]);
        workflows["sign-on-bonus"].NotNative.ShouldBeEmpty();
        workflows["relocation"].NotNative.ShouldContain("move.distanceKm is a number: RulesEngine computes it in binary floating point, the typed compiler in decimals");
        workflows["relocation"].NotNative.ShouldContain("move.household holds objects; the typed compiler reads flat parameters only");
        workflows["retention-offer"].NotNative.ShouldBe([
            "WorkflowsToInject brings in rules of other workflows",
            "rule 'KeyPerformer' action divides: RulesEngine divides whole numbers as C# does (7 / 2 is 3), the typed compiler exactly",
            "rule 'OfferInReach' divides: RulesEngine divides whole numbers as C# does (7 / 2 is 3), the typed compiler exactly",
            "rule 'OfferInReach' chains to another workflow with EvaluateRule"]);
        workflows["retention-offer"].Rules.ShouldBe(["KeyPerformer", "OfferInReach", "StalledPromotion"]);
        workflows["relocation"].Parameters.Single().Name.ShouldBe("move");
    }

    [Fact]
    public void A_flat_workflow_the_typed_compiler_refuses_runs_on_RulesEngine_with_the_typed_error_as_its_reason()
    {
        var loaded = RulesEngineSample.LoadWith("probe.json", RulesEngineSample.Workflow(
            """[ { "RuleName": "R", "Expression": "np(input1.name) != null AND input1.n > 1" } ]""",
            """{ "n": { "type": "integer" }, "name": { "type": "string" } }""").Replace("\"required\": []", "\"required\": [\"n\", \"name\"]", StringComparison.Ordinal));

        loaded.Errors.ShouldBeEmpty();
        var probe = loaded.Release!.FindWorkflow("probe")!;
        probe.Engine.ShouldBe(WorkflowEngines.RulesEngine);
        probe.NotNative.Single().ShouldStartWith("4:");
        probe.NotNative.Single().ShouldContain("np");
        var decision = new Evaluator(loaded.Release).Evaluate("probe", System.Text.Json.JsonDocument.Parse("""{"input1": {"n": 2, "name": "x"}}""").RootElement).Value!;
        decision.Criteria.Single().Outcome.ShouldBe(RuleOutcome.Met);
    }

    [Fact]
    public void The_sample_release_test_cases_all_pass()
    {
        var results = RuleTestRunner.Run(RulesEngineSample.Release);

        results.Count.ShouldBe(11);
        results.SelectMany(r => r.Failures).ShouldBeEmpty();
    }

    [Fact]
    public void A_typed_decision_fills_the_error_message_placeholder_as_RulesEngine_does()
    {
        var decision = RulesEngineSample.Evaluate("sign-on-bonus", """
            {"input1": {"country": "us", "level": 4, "competingOffers": 0, "yearsExperience": 3, "referral": false}, "input2": {"critical": true, "daysOpen": 12}}
            """).Value.ShouldNotBeNull();

        decision.Engine.ShouldBe(WorkflowEngines.Typed);
        decision.Passed.ShouldBeFalse();
        decision.Criteria.Single(c => c.Rule == "GiveBonus25").Message
            .ShouldBe("Abroad, a bonus needs eight years of experience and a critical requisition open over 60 days; this one has been open 12 days.");
        decision.Parameters.ShouldBe("""{"input1":{"country":"us","level":4,"competingOffers":0,"yearsExperience":3,"referral":false},"input2":{"critical":true,"daysOpen":12}}""");
    }

    [Fact]
    public void RulesEngine_runs_the_nested_workflow_and_reports_nested_rules_and_local_params()
    {
        var decision = RulesEngineSample.Evaluate("relocation", """
            {"move": {"employee": {"id": "E7", "level": 3, "tenureMonths": 30}, "from": {"country": "in", "city": "Pune"}, "to": {"country": "in", "city": "Mumbai"},
              "distanceKm": 148.5, "household": [{"relation": "child", "age": 4}]}}
            """).Value.ShouldNotBeNull();

        decision.Engine.ShouldBe(WorkflowEngines.RulesEngine);
        decision.Criteria.Select(c => (c.Rule, c.Outcome)).ShouldBe([
            ("Eligible", RuleOutcome.Met), ("LongDistance", RuleOutcome.Unmet), ("Schooling", RuleOutcome.Unmet), ("HomeTrips", RuleOutcome.Unmet)]);
        var longDistance = decision.Criteria[1];
        longDistance.Message.ShouldBe("A move within one country under 500 km gets no moving allowance.");
        longDistance.Children.Select(c => (c.Rule, c.Outcome)).ShouldBe([("Abroad", RuleOutcome.Unmet), ("Far", RuleOutcome.Unmet)]);
    }

    [Fact]
    public void Chained_and_injected_rules_come_back_in_the_decision()
    {
        var decision = RulesEngineSample.Evaluate("retention-offer", """{"input1": {"salary": 100000, "rating": 5, "externalOffer": 110000, "monthsSincePromotion": 31}}""")
            .Value.ShouldNotBeNull();

        decision.Passed.ShouldBeTrue();
        decision.Criteria.Select(c => (c.Rule, c.ActionOutput)).ShouldBe([("KeyPerformer", "10000"), ("OfferInReach", "110000"), ("StalledPromotion", null)]);
    }

    [Fact]
    public void The_same_parameters_give_the_same_decision_every_time()
    {
        const string Parameters = """{"input1": {"salary": 120000, "rating": 3, "externalOffer": 150000, "monthsSincePromotion": 2}}""";

        var first = RulesEngineSample.Evaluate("retention-offer", Parameters).Value!;
        var second = RulesEngineSample.Evaluate("retention-offer", Parameters).Value!;

        System.Text.Json.JsonSerializer.Serialize(second.Criteria).ShouldBe(System.Text.Json.JsonSerializer.Serialize(first.Criteria));
        second.Parameters.ShouldBe(first.Parameters);
        first.Criteria.Select(c => c.Outcome).ShouldBe([RuleOutcome.Unmet, RuleOutcome.Unmet, RuleOutcome.Unmet]);
    }

    [Theory]
    [InlineData("""{"input1": {"country": "india", "level": "5", "competingOffers": 2, "yearsExperience": 9, "referral": true}, "input2": {"critical": true, "daysOpen": 9}}""", "parameters.input1.level")]
    [InlineData("""{"input1": {"country": "india", "level": 5.5, "competingOffers": 2, "yearsExperience": 9, "referral": true}, "input2": {"critical": true, "daysOpen": 9}}""", "parameters.input1.level")]
    [InlineData("""{"input1": {"country": "india", "level": 5, "competingOffers": 2, "yearsExperience": 9}, "input2": {"critical": true, "daysOpen": 9}}""", "parameters.input1.referral")]
    [InlineData("""{"input1": {"country": "india", "level": 5, "competingOffers": 2, "yearsExperience": 9, "referral": true, "salary": 1}, "input2": {"critical": true, "daysOpen": 9}}""", "parameters.input1.salary")]
    [InlineData("""{"input1": {"country": "india", "level": 5, "competingOffers": 2, "yearsExperience": 9, "referral": true}, "input2": {"critical": true, "daysOpen": 9}, "input3": {}}""", "parameters.input3")]
    [InlineData("""{"input1": {"country": "india", "level": 5, "competingOffers": 2, "yearsExperience": 9, "referral": true}}""", "parameters.input2")]
    [InlineData("""{"input1": [], "input2": {"critical": true, "daysOpen": 9}}""", "parameters.input1")]
    [InlineData("""[1, 2]""", "parameters")]
    public void A_bad_parameter_value_is_refused_naming_its_field(string parameters, string field)
    {
        var result = RulesEngineSample.Evaluate("sign-on-bonus", parameters);

        result.Succeeded.ShouldBeFalse();
        result.Errors.Select(e => e.Field).ShouldContain(field);
    }

    [Fact]
    public void A_country_longer_than_the_schema_allows_is_refused()
    {
        string country = new('x', 41);
        var result = RulesEngineSample.Evaluate("sign-on-bonus", $$$"""{"input1": {"country": "{{{country}}}", "level": 5, "competingOffers": 2, "yearsExperience": 9, "referral": true}, "input2": {"critical": true, "daysOpen": 9}}""");

        result.Errors.Single().ShouldBe(new InputError("parameters.input1.country", "The text is 41 characters long; the schema allows at most 40."));
    }

    [Fact]
    public void A_list_longer_than_its_maxItems_is_refused_before_anything_runs()
    {
        string household = string.Join(", ", Enumerable.Repeat("""{"relation": "child", "age": 3}""", 13));
        var result = RulesEngineSample.Evaluate("relocation", $$$"""
            {"move": {"employee": {"id": "E7", "level": 3, "tenureMonths": 30}, "from": {"country": "in", "city": "a"}, "to": {"country": "us", "city": "b"}, "distanceKm": 9000, "household": [{{{household}}}]}}
            """);

        result.Errors.Single().ShouldBe(new InputError("parameters.move.household", "The list has 13 items; the schema allows at most 12."));
    }

    [Fact]
    public void An_employee_workflow_and_a_parameter_workflow_each_refuse_the_other_kind_of_input()
    {
        var evaluator = new Evaluator(RulesEngineSample.Release);
        var employee = new Employee { Id = "E1", Family = "engineering", Track = "ic", Level = 3, Region = "us", BaseSalary = 130000m };

        evaluator.Evaluate("sign-on-bonus", employee).Errors.Single().Field.ShouldBe("parameters");
        evaluator.Evaluate("no-such", System.Text.Json.JsonDocument.Parse("{}").RootElement).Errors.Single().Field.ShouldBe("workflow");
        var merit = new Evaluator(Samples.Release).Evaluate("level-up", System.Text.Json.JsonDocument.Parse("{}").RootElement);
        merit.Errors.Single().ShouldBe(new InputError("parameters", Comp.Diagnostics.Messages.WorkflowTakesEmployee("level-up")));
    }
}
