using JobFramework.Comp.Engine.Tests.Support;
using RulesEngine.Models;

namespace JobFramework.Comp.Engine.Tests.Oracle;

/// <summary>
/// The differential oracle: the same expressions on the same employees through Microsoft RulesEngine 6.0.1 and
/// through the typed compiler must give the same verdict. A generated corpus of 1,200 expressions in the shared
/// subset (seeded) is run on 30 employees; any difference fails with the expression and the employee.
/// </summary>
public sealed class DifferentialOracleTests
{
    private const int Expressions = 1200;
    private const int Employees = 30;

    [Fact]
    public async Task RulesEngine_and_the_typed_compiler_agree_on_a_generated_corpus()
    {
        var corpus = new ExpressionCorpus(seed: 20261130);
        var expressions = Enumerable.Range(0, Expressions).Select(_ => corpus.Condition()).Distinct(StringComparer.Ordinal).ToArray();
        var employees = Enumerable.Range(0, Employees).Select(corpus.Employee).ToArray();
        var workflow = new Workflow
        {
            WorkflowName = "oracle",
            Rules = [.. expressions.Select((e, i) => new Rule { RuleName = "r" + i, Expression = e, RuleExpressionType = RuleExpressionType.LambdaExpression })],
        };
        var rulesEngine = new RulesEngine.RulesEngine([workflow], new ReSettings());
        var compiled = expressions.Select(e => ExpressionHarness.Compile(ExpressionHarness.Bind(e, Samples.Release, out var diagnostics)
            ?? throw new InvalidOperationException($"The typed compiler refuses '{e}': {string.Join("; ", diagnostics)}"))).ToArray();

        var differences = new List<string>();
        foreach (var employee in employees)
        {
            var results = await rulesEngine.ExecuteAllRulesAsync("oracle", new RuleParameter("employee", employee));
            var scope = ExpressionHarness.ScopeFor(Samples.Employee(employee.ToJson()), Samples.Release);
            for (int i = 0; i < expressions.Length; i++)
            {
                var result = results[i];
                result.ExceptionMessage.ShouldBeNullOrEmpty($"RulesEngine could not run '{expressions[i]}'");
                bool typed = (bool)compiled[i](scope)!;
                if (typed != result.IsSuccess)
                {
                    differences.Add($"'{expressions[i]}' on {employee}: RulesEngine {result.IsSuccess}, typed {typed}");
                }
            }
        }

        differences.Count.ShouldBe(0, string.Join("\n", differences.Take(10)));
        expressions.Length.ShouldBeGreaterThan(1000);
    }

    /// <summary>
    /// Where the languages differ on purpose, pinned so the compatibility page stays true: the typed compiler divides
    /// exactly and adds decimals exactly (pay arithmetic), RulesEngine divides integers and adds doubles as C# does.
    /// </summary>
    [Theory]
    [InlineData("employee.level / 2 == 1", false, true)]
    [InlineData("0.1 + 0.2 == 0.3", true, false)]
    public async Task The_documented_differences_are_the_ones_there_are(string expression, bool typed, bool rulesEngine)
    {
        var employee = new OracleEmployee { id = "D1", family = "data", level = 3, region = "sg", rating = 3 };
        var workflow = new Workflow { WorkflowName = "d", Rules = [new Rule { RuleName = "r", Expression = expression, RuleExpressionType = RuleExpressionType.LambdaExpression }] };

        var result = (await new RulesEngine.RulesEngine([workflow], new ReSettings()).ExecuteAllRulesAsync("d", new RuleParameter("employee", employee)))[0];

        result.ExceptionMessage.ShouldBeNullOrEmpty();
        result.IsSuccess.ShouldBe(rulesEngine);
        ExpressionHarness.Evaluate(expression, Samples.Employee(employee.ToJson())).ShouldBe(typed);
    }
}
