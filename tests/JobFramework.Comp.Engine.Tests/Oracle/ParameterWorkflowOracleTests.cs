using System.Dynamic;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using JobFramework.Comp.Engine.Tests.Interop;
using JobFramework.Comp.Evaluation;
using RulesEngine.Models;

namespace JobFramework.Comp.Engine.Tests.Oracle;

/// <summary>
/// The sample RulesEngine workflows over their own parameters (rules/samples/rulesengine) run two ways on the same
/// generated inputs: by RulesEngine 6.0.1 as its users call it — the files deserialized into its Workflow model, the
/// inputs as ExpandoObjects read from JSON — and through comp (the typed compiler for the flat ones, the release's
/// RulesEngine for the rest). Every rule's outcome, nested ones too, every action's output and every message must be
/// the same; a difference fails with the workflow, the rule and the input.
/// </summary>
public sealed class ParameterWorkflowOracleTests
{
    private static readonly string Workflows = Path.Combine(RulesEngineSample.ReleaseFolder, "workflows");

    [Theory]
    [InlineData("sign-on-bonus", WorkflowEngines.Typed)]
    [InlineData("relocation", WorkflowEngines.RulesEngine)]
    [InlineData("retention-offer", WorkflowEngines.RulesEngine)]
    [InlineData("counter-offer", WorkflowEngines.Typed)]
    [InlineData("flight-risk", WorkflowEngines.Typed)]
    public async Task Comp_and_RulesEngine_itself_agree_on_every_rule(string workflowName, string engine)
    {
        var rulesEngine = RulesEngineAsItsUsersRunIt();
        var definition = RulesEngineSample.Release.FindWorkflow(workflowName).ShouldNotBeNull();
        definition.Engine.ShouldBe(engine);
        var evaluator = new Evaluator(RulesEngineSample.Release);
        var random = new Random(20271);
        var outcomes = new HashSet<(string, bool)>();

        for (int n = 0; n < 250; n++)
        {
            string json = Generate(workflowName, random, n);
            var decision = evaluator.Evaluate(workflowName, JsonDocument.Parse(json).RootElement);
            decision.Errors.ShouldBeEmpty(json);
            decision.Value!.Engine.ShouldBe(engine);
            var inputs = JsonDocument.Parse(json).RootElement.EnumerateObject().Select(p => new RuleParameter(p.Name, ToExpando(p.Value))).ToArray();
            var results = await rulesEngine.ExecuteAllRulesAsync(workflowName, inputs);

            var criteria = decision.Value.Criteria.ToDictionary(c => c.Rule);
            results.Count.ShouldBe(criteria.Count, json);
            foreach (var result in results)
            {
                var criterion = criteria[result.Rule.RuleName];
                string where = $"{workflowName}/{result.Rule.RuleName} on {json}";
                (result.ExceptionMessage ?? "").ShouldNotStartWith("Error", Case.Sensitive, where);
                ShouldBeTheSame(criterion, result, where);
                foreach (var child in result.ChildResults ?? [])
                {
                    (criterion.Children.Single(c => c.Rule == child.Rule.RuleName).Outcome == RuleOutcome.Met).ShouldBe(child.IsSuccess, where);
                }

                outcomes.Add((result.Rule.RuleName, result.IsSuccess));
            }
        }

        // Every rule came out both ways somewhere in the corpus, so no comparison is of a constant answer.
        outcomes.Count.ShouldBe(2 * definition.Rules.Count, string.Join(", ", outcomes));
    }

    [Fact]
    public async Task Every_rule_test_case_of_the_sample_gives_the_same_results_on_RulesEngine_itself()
    {
        var rulesEngine = RulesEngineAsItsUsersRunIt();
        var evaluator = new Evaluator(RulesEngineSample.Release);
        var cases = RulesEngineSample.Release.TestCases.Where(c => c.ParametersJson is not null && c.ExpectedErrorField is null).ToList();
        var emptyLists = new List<string>();

        foreach (var testCase in cases)
        {
            var parameters = JsonDocument.Parse(testCase.ParametersJson!).RootElement;
            var decision = evaluator.Evaluate(testCase.Workflow!, parameters).Value.ShouldNotBeNull(testCase.Name);
            var results = await rulesEngine.ExecuteAllRulesAsync(testCase.Workflow!, [.. parameters.EnumerateObject().Select(p => new RuleParameter(p.Name, ToExpando(p.Value)))]);

            var criteria = decision.Criteria.ToDictionary(c => c.Rule);
            foreach (var result in results)
            {
                var criterion = criteria[result.Rule.RuleName];

                // The one pinned difference: called directly, RulesEngine types an empty list from its (absent) items, as
                // object, so a lambda over it does not compile; the declared schema gives the list its element type.
                if (Comp.Interop.RulesEngineResults.IsCompileError(result.ExceptionMessage))
                {
                    result.ExceptionMessage.ShouldContain("'System.Object'");
                    testCase.ParametersJson.ShouldNotBeNull();
                    System.Text.Encoding.UTF8.GetString(testCase.ParametersJson).ShouldContain("\"household\":[]");
                    emptyLists.Add(testCase.Name + " / " + result.Rule.RuleName);
                    continue;
                }

                ShouldBeTheSame(criterion, result, testCase.Name + " / " + result.Rule.RuleName);
            }
        }

        cases.Count.ShouldBe(8);
        emptyLists.ShouldBe([
            "Pune to Bengaluru, 840 km, alone after three years: the moving allowance only / Schooling",
            "Pune to Bengaluru, 840 km, alone after three years: the moving allowance only / HomeTrips"]);
    }

    private static RulesEngine.RulesEngine RulesEngineAsItsUsersRunIt() =>
        new([.. Directory.GetFiles(Workflows).SelectMany(ReadAsRulesEngineUser)], new ReSettings { CustomTypes = [typeof(Comp.Interop.Utils)] });

    // The rule's outcome, its message as RulesEngine fills it, and its action's output, the same on both engines.
    private static void ShouldBeTheSame(CriterionResult criterion, RuleResultTree result, string where)
    {
        (criterion.Outcome == RuleOutcome.Met).ShouldBe(result.IsSuccess, where);
        criterion.Message.ShouldBe(result.IsSuccess ? Empty(result.Rule.SuccessEvent) : Empty(result.ExceptionMessage), where);
        criterion.ActionOutput.ShouldBe(result.ActionResult?.Output is { } output ? Convert.ToString(output, CultureInfo.InvariantCulture) : null, where);
    }

    // As RulesEngine's documentation loads a file: System.Text.Json into its own model, one workflow or an array.
    private static IEnumerable<Workflow> ReadAsRulesEngineUser(string file)
    {
        string text = File.ReadAllText(file);
        return text.TrimStart().StartsWith('[') ? JsonSerializer.Deserialize<Workflow[]>(text)! : [JsonSerializer.Deserialize<Workflow>(text)!];
    }

    // As a RulesEngine user builds inputs from JSON (Newtonsoft's ExpandoObject reading): whole numbers long, others double.
    private static object? ToExpando(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.Object => json.EnumerateObject().Aggregate(new ExpandoObject(), (o, p) => { ((IDictionary<string, object?>)o)[p.Name] = ToExpando(p.Value); return o; }),
        JsonValueKind.Array => json.EnumerateArray().Select(ToExpando).ToList(),
        JsonValueKind.String => json.GetString(),
        JsonValueKind.Number => json.TryGetInt64(out long whole) ? (object)whole : json.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    private static string? Empty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    private static string Generate(string workflow, Random random, int n)
    {
        string Pick(params string[] values) => values[random.Next(values.Length)];
        bool Flag() => random.Next(2) == 0;
        JsonObject parameters = workflow switch
        {
            "sign-on-bonus" => new()
            {
                ["input1"] = new JsonObject
                {
                    ["country"] = Pick("india", "us", "uk"), ["level"] = random.Next(3, 8), ["competingOffers"] = random.Next(0, 4),
                    ["yearsExperience"] = random.Next(0, 16), ["referral"] = Flag(),
                },
                ["input2"] = new JsonObject { ["critical"] = Flag(), ["daysOpen"] = random.Next(0, 121) },
            },
            "relocation" => new()
            {
                ["move"] = new JsonObject
                {
                    ["employee"] = new JsonObject { ["id"] = "E" + n, ["level"] = random.Next(3, 6), ["tenureMonths"] = random.Next(0, 41) },
                    ["from"] = new JsonObject { ["country"] = Pick("india", "us"), ["city"] = Pick("Pune", "Austin") },
                    ["to"] = new JsonObject { ["country"] = Pick("india", "us"), ["city"] = Pick("Delhi", "Seattle") },
                    ["distanceKm"] = random.Next(0, 1_500_000) / 100.0,
                    ["household"] = new JsonArray([.. Enumerable.Range(0, random.Next(1, 5)).Select(_ => (JsonNode)new JsonObject
                    {
                        ["relation"] = Pick("partner", "child", "parent"), ["age"] = random.Next(0, 70),
                    })]),
                },
            },
            _ => Retention(random),
        };
        return parameters.ToJsonString();
    }

    private static JsonObject Retention(Random random)
    {
        int salary = (random.Next(50, 200) * 1000) + random.Next(0, 1000);
        return new()
        {
            ["input1"] = new JsonObject
            {
                ["salary"] = salary, ["rating"] = random.Next(1, 6), ["externalOffer"] = salary + random.Next(-20_000, 80_000), ["monthsSincePromotion"] = random.Next(0, 61),
            },
        };
    }
}
