using System.Text;
using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Engine.Tests.Support;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Releases;
using JobFramework.Comp.Testing;

namespace JobFramework.Comp.Engine.Tests.Evaluation;

/// <summary>
/// Workflow outputs (the 2027-h1 promotion recommendation): values, rounding, caps and floors, the
/// explanation with every intermediate value, and the mistakes caught at load.
/// </summary>
public class ComputedOutputTests
{
    private const string Workflow = "workflows/level-up.json";

    private static Employee Engineer(decimal salary, string region = "us", int level = 3) => Samples.Employee($$"""
        { "id": "R", "family": "engineering", "track": "ic", "level": {{level}}, "region": "{{region}}", "baseSalary": {{salary.ToString(System.Globalization.CultureInfo.InvariantCulture)}},
          "rating": 4, "monthsInLevel": 14, "scope": 4, "mentorship": 2, "skills": { "programming": 4, "system-design": 3, "code-review": 3 } }
        """);

    private static IReadOnlyList<ComputedOutput> Outputs(Employee employee, CompiledRelease? release = null) =>
        new Evaluator(release ?? Samples.DerivedRelease).CheckEligibility(employee).Value.ShouldNotBeNull().Outputs;

    private static LoadResult LoadWithWorkflow(Func<string, string> edit)
    {
        var files = SampleFiles.AsDraft(Repository.DerivedRelease);
        files[Workflow] = Encoding.UTF8.GetBytes(edit(Encoding.UTF8.GetString(files[Workflow])));
        return ReleaseLoader.Load(new ReleaseSource("2027-h1", files));
    }

    private static string Replace(string text, string old, string replacement)
    {
        text.ShouldContain(old);
        return text.Replace(old, replacement, StringComparison.Ordinal);
    }

    [Fact]
    public void The_recommendation_shows_each_intermediate_value_and_the_half_way_rounding()
    {
        var outputs = Outputs(Engineer(118750m));
        outputs.Select(o => o.Name).ShouldBe(["promotionIncrease", "recommendedSalary", "increaseToBandMinimum", "bonusTargetAmount"]);
        var recommended = outputs[1];
        recommended.Value.ToString().ShouldBe("128300.00 USD");
        recommended.Unrounded.ToString().ShouldBe("128250.00 USD");
        recommended.Rounding.ShouldBe("100 halfUp");
        recommended.Limit.ShouldBeNull();
        recommended.Expression.ShouldBe("max(employee.baseSalary + promotionIncrease, targetBand.min)");
        recommended.Inputs.Select(i => $"{i.Name} = {i.Value}").ShouldBe(
            ["employee.baseSalary = 118750.00 USD", "promotionIncrease = 9500.00 USD", "targetBand.min = 118500.00 USD"]);
        outputs[0].Inputs.Last().ShouldBe(new OutputInput("tables.promotionPolicy.increasePct", "8"));
        outputs[3].Value.ToString().ShouldBe("12830.00 USD");
    }

    [Fact]
    public void A_cap_applies_last_and_the_explanation_says_so()
    {
        var recommended = Outputs(Engineer(170000m))[1];
        recommended.Value.ToString().ShouldBe("177500.00 USD");
        var cap = recommended.Limit.ShouldNotBeNull();
        cap.Kind.ShouldBe("cap");
        cap.Expression.ShouldBe("targetBand.max");
        cap.Bound.ToString().ShouldBe("177500.00 USD");
        cap.Before.ToString().ShouldBe("183600.00 USD");
    }

    [Fact]
    public void A_floor_of_a_plain_number_is_an_amount_in_the_outputs_currency()
    {
        var above = Outputs(Engineer(118750m))[2];
        above.Value.ToString().ShouldBe("0.00 USD");
        above.Limit!.Kind.ShouldBe("floor");
        above.Limit.Before.ToString().ShouldBe("-18250.00 USD");

        var below = Outputs(Engineer(95000.40m))[2];
        below.Value.ToString().ShouldBe("5500.00 USD");
        below.Unrounded.ToString().ShouldBe("5499.60 USD");
        below.Limit.ShouldBeNull();
    }

    [Fact]
    public void Outputs_are_computed_in_the_employees_currency()
    {
        var outputs = Outputs(Engineer(90500m, "uk"));
        outputs[1].Value.ToString().ShouldBe("97700.00 GBP");
        outputs[3].Value.ToString().ShouldBe("9770.00 GBP");
    }

    [Fact]
    public void A_failed_output_carries_its_error_and_the_outputs_using_it_say_why()
    {
        var release = LoadWithWorkflow(text => Replace(text, "tables.promotionPolicy.increasePct)", "100 / (employee.rating - 4))")).Release.ShouldNotBeNull();
        var outputs = Outputs(Engineer(118750m), release);
        outputs[0].Value.ShouldBeNull();
        outputs[0].Error.ShouldBe("Attempted to divide by zero.");
        outputs[1].Error.ShouldBe("Output 'promotionIncrease' has no value (it failed), so outputs using it cannot be computed.");
        outputs[2].Error.ShouldBeNull();
        outputs[2].Value.ShouldNotBeNull();
    }

    [Fact]
    public void The_same_input_gives_the_same_outputs()
    {
        var first = Outputs(Engineer(123456.78m));
        var second = Outputs(Engineer(123456.78m));
        second.Select(o => o.Value).ShouldBe(first.Select(o => o.Value));
        second.SelectMany(o => o.Inputs).ShouldBe(first.SelectMany(o => o.Inputs));
    }

    [Theory]
    [InlineData("\"Round\": { \"Step\": 100, \"Mode\": \"halfUp\" }", "\"Round\": { \"Step\": 0.001, \"Mode\": \"halfUp\" }", Codes.Precision, "The rounding step 0.001 is finer than EUR allows (2 decimals)")]
    [InlineData("\"Round\": { \"Step\": 100, \"Mode\": \"halfUp\" }", "\"Round\": { \"Step\": 100, \"Mode\": \"nearest\" }", Codes.OutOfRange, "Unknown rounding 'nearest'")]
    [InlineData("\"Round\": { \"Step\": 100, \"Mode\": \"halfUp\" }", "\"Round\": { \"Step\": 0, \"Mode\": \"halfUp\" }", Codes.OutOfRange, "The rounding step must be positive, not 0.")]
    [InlineData("\"Cap\": \"targetBand.max\"", "\"Cap\": \"targetRole.title\"", Codes.ExpressionType, "The cap must be money or a number, but is string.")]
    [InlineData("\"Expression\": \"band.min - employee.baseSalary\"", "\"Expression\": \"band.min > employee.baseSalary\"", Codes.ExpressionType, "must be money, a number or an integer, but is bool.")]
    [InlineData("\"Expression\": \"band.min - employee.baseSalary\"", "\"Expression\": \"band.min - employee.salary\"", Codes.UnknownName, "has no member 'salary'")]
    [InlineData("\"Name\": \"bonusTargetAmount\"", "\"Name\": \"promotionIncrease\"", Codes.DuplicateId, "promotionIncrease")]
    [InlineData("\"Name\": \"increaseToBandMinimum\",\n      \"Description\": \"What it takes to bring the current salary to the current band's minimum; payroll pays whole units and never short.\",\n      \"Type\": \"money\"",
        "\"Name\": \"increaseToBandMinimum\",\n      \"Description\": \"x\",\n      \"Type\": \"integer\"", Codes.ExpressionType, "Output 'increaseToBandMinimum' must be integer, but is money.")]
    public void Mistakes_in_outputs_are_load_errors_at_the_line(string old, string replacement, string code, string message)
    {
        var result = LoadWithWorkflow(text => Replace(text, old, replacement));
        result.Succeeded.ShouldBeFalse();
        var error = result.Diagnostics.Where(d => d.IsError).ShouldHaveSingleItem();
        error.Code.ShouldBe(code);
        error.Message.ShouldContain(message);
        error.Location.File.ShouldEndWith(Workflow);
        error.Location.Line.ShouldBeGreaterThan(1);
    }

    [Fact]
    public void Rule_tests_compare_outputs_and_their_limits()
    {
        var files = SampleFiles.AsDraft(Repository.DerivedRelease);
        var cases = Encoding.UTF8.GetString(files["tests/promotion.cases.json"]);
        cases = Replace(cases, "\"recommendedSalary\": { \"value\": \"128300.00 USD\", \"limit\": \"none\" }", "\"recommendedSalary\": { \"value\": \"128200.00 USD\", \"limit\": \"cap\" }, \"raise\": \"1.00 USD\"");
        files["tests/promotion.cases.json"] = Encoding.UTF8.GetBytes(cases);
        var release = ReleaseLoader.Load(new ReleaseSource("2027-h1", files)).Release.ShouldNotBeNull();
        var failures = RuleTestRunner.Run(release).SelectMany(c => c.Failures).Select(f => $"{f.Field}: expected {f.Expected}, got {f.Actual}").ToArray();
        failures.ShouldBe([
            "eligibility.outputs.recommendedSalary: expected 128200.00 USD, got 128300.00 USD",
            "eligibility.outputs.recommendedSalary.limit: expected cap, got none",
            "eligibility.outputs.raise: expected 1.00 USD, got (no such output)",
        ], ignoreOrder: true);
    }
}
