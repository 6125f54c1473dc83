using JobFramework.Comp.Engine.Tests.Support;
using JobFramework.Comp.Evaluation;
using RulesEngine.Models;

namespace JobFramework.Comp.Engine.Tests.Oracle;

/// <summary>
/// The RulesEngine-format sample (rules/samples/rulesengine/retention-risk.json: GlobalParams, LocalParams, a nested Or,
/// iif, in (…), the implicit it, OutputExpression actions) dropped unchanged into a release and run by both engines on generated employees:
/// every rule's outcome, nested ones included, every action's output and every unmet rule's message must be the same.
/// </summary>
public sealed class SampleWorkflowOracleTests : IDisposable
{
    private static readonly string Sample = Path.Combine(Repository.Rules, "samples", "rulesengine", "retention-risk.json");

    private readonly TempRelease _copy = new();

    public void Dispose() => _copy.Dispose();

    [Fact]
    public async Task The_sample_gives_the_same_outcome_for_every_rule_on_both_engines()
    {
        string text = File.ReadAllText(Sample);
        File.WriteAllText(_copy.PathOf("workflows/retention-risk.json"), text.Replace("../../schema/", "../../../schema/", StringComparison.Ordinal));
        var loaded = _copy.Load();
        loaded.Errors.ShouldBeEmpty();
        var evaluator = new Evaluator(loaded.Release!);
        var workflow = System.Text.Json.JsonSerializer.Deserialize<Workflow>(text)!;
        var rulesEngine = new RulesEngine.RulesEngine([workflow], new ReSettings());
        var corpus = new ExpressionCorpus(seed: 7);

        int risks = 0;
        for (int n = 0; n < 200; n++)
        {
            var employee = corpus.Employee(n);
            var results = await rulesEngine.ExecuteAllRulesAsync("retention-risk", new RuleParameter("employee", employee));
            var decision = evaluator.Evaluate("retention-risk", Samples.Employee(employee.ToJson())).Value.ShouldNotBeNull();

            var typed = decision.Criteria.ToDictionary(c => c.Rule);
            foreach (var result in results)
            {
                var criterion = typed[result.Rule.RuleName];
                (criterion.Outcome == RuleOutcome.Met).ShouldBe(result.IsSuccess, $"{result.Rule.RuleName} on {employee}");

                // An OutputExpression action gives the same value (RulesEngine's ActionResult.Output) for the outcome.
                criterion.ActionOutput.ShouldBe(result.ActionResult?.Output?.ToString(), $"{result.Rule.RuleName} action on {employee}");

                // RulesEngine reports an unmet rule's ErrorMessage as its ExceptionMessage: the same text as the typed message.
                if (!result.IsSuccess)
                {
                    criterion.Message.ShouldBe(result.ExceptionMessage, $"{result.Rule.RuleName} on {employee}");
                }

                foreach (var child in result.ChildResults ?? [])
                {
                    var nested = criterion.Children.Single(c => c.Rule == child.Rule.RuleName);
                    (nested.Outcome == RuleOutcome.Met).ShouldBe(child.IsSuccess, $"{child.Rule.RuleName} on {employee}");
                }
            }

            decision.Passed.ShouldBe(results.TrueForAll(r => r.IsSuccess));
            risks += decision.Passed ? 1 : 0;
        }

        // Both outcomes occur, so the comparison is not of two constant answers.
        risks.ShouldBeInRange(1, 199);
    }
}
