using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Engine.Tests.Support;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Monetary;

namespace JobFramework.Comp.Engine.Tests.Expressions;

/// <summary>The pay-math functions: rounding to a step, floor/ceiling, percentages, ln/exp/pow.</summary>
public class PayMathTests
{
    // US, level 3: band 100,500 – 125,500 – 150,500 USD.
    private static readonly Employee Engineer = Samples.Employee("""
        { "id": "E1", "family": "engineering", "track": "ic", "level": 3, "region": "us", "baseSalary": 118750, "rating": 4, "monthsInLevel": 30 }
        """);

    private static object? Evaluate(string expression) => ExpressionHarness.Evaluate(expression, Engineer);

    [Theory]
    [InlineData("roundTo(128250, 100, \"halfUp\")", "128300")]
    [InlineData("roundTo(128250, 100, \"halfEven\")", "128200")]
    [InlineData("roundTo(128350, 100, \"halfEven\")", "128400")]
    [InlineData("roundTo(65720, 500, \"halfUp\")", "65500")]
    [InlineData("roundTo(65720, 500, \"up\")", "66000")]
    [InlineData("roundTo(65720, 500, \"down\")", "65500")]
    [InlineData("roundTo(0 - 65720, 500, \"down\")", "-65500")]
    [InlineData("roundTo(0 - 65720, 500, \"floor\")", "-66000")]
    [InlineData("roundTo(0 - 65720, 500, \"ceiling\")", "-65500")]
    [InlineData("roundTo(1234.5678, 0.01, \"halfEven\")", "1234.57")]
    [InlineData("floor(1234.56)", "1234")]
    [InlineData("ceiling(1234.01)", "1235")]
    [InlineData("floor(1234.56, 100)", "1200")]
    [InlineData("ceiling(1201, 100)", "1300")]
    [InlineData("percentOf(200, 8)", "16")]
    [InlineData("percentOf(118750, 8)", "9500")]
    [InlineData("percentChange(100, 108)", "8")]
    [InlineData("percentChange(200, 150)", "-25")]
    [InlineData("pow(1.03, 2)", "1.0609")]
    [InlineData("pow(1.18, 7)", "3.18547390056832")]
    [InlineData("pow(2, 0 - 2)", "0.25")]
    [InlineData("pow(2, 0.5)", "1.414213562373")]
    [InlineData("ln(1)", "0")]
    [InlineData("exp(0)", "1")]
    [InlineData("ln(exp(2))", "2")]
    [InlineData("round(ln(24), 4, \"halfEven\")", "3.1781")]
    public void Number_results_are_exact_decimals(string expression, string expected)
    {
        var value = Evaluate(expression).ShouldBeOfType<decimal>();
        (value == decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)).ShouldBeTrue($"{expression} = {value}, expected {expected}");
    }

    [Fact]
    public void Integer_powers_are_exact_not_floating_point()
    {
        // 1.18^7 has 14 decimals exactly; through double it would not, and 90,000 × it would miss the cent.
        ((decimal)Evaluate("pow(1.18, 7) * 90000")!).ShouldBe(286692.6510511488m);
    }

    [Theory]
    [InlineData("roundTo(employee.baseSalary * 1.08, 100, \"halfUp\")", "128300.00 USD")]
    [InlineData("roundTo(employee.baseSalary * 1.08, 100, \"halfEven\")", "128200.00 USD")]
    [InlineData("floor(band.mid * 0.333)", "41791.00 USD")]
    [InlineData("ceiling(band.mid * 0.333, 0.01)", "41791.50 USD")]
    [InlineData("percentOf(employee.baseSalary, 8)", "9500.00 USD")]
    public void Money_keeps_its_currency(string expression, string expected) =>
        Evaluate(expression).ShouldBeOfType<Money>().ToString().ShouldBe(expected);

    [Fact]
    public void PercentChange_of_money_is_a_number() =>
        Evaluate("percentChange(band.mid, employee.baseSalary)").ShouldBe(-5.3784860557768924302788844622m);

    [Theory]
    [InlineData("ln(0)", "'ln' of 0: it needs a positive number.")]
    [InlineData("pow(0, 0 - 1)", "'pow' of 0: it needs a non-zero base for a negative exponent.")]
    [InlineData("pow(0 - 8, 0.5)", "'pow' of -8: it needs a non-negative base for a fractional exponent.")]
    [InlineData("exp(100)", "'exp' result is too large for a decimal.")]
    [InlineData("percentChange(employee.level - 3, 5)", "percentChange from zero is undefined.")]
    [InlineData("roundTo(employee.level, employee.level - 3, \"halfUp\")", "The rounding step must be positive, not 0.")]
    public void Domain_errors_are_rule_errors_with_a_message(string expression, string message) =>
        Should.Throw<RuleEvaluationException>(() => Evaluate(expression)).Message.ShouldBe(message);

    [Theory]
    [InlineData("roundTo(employee.baseSalary, 0.001, \"halfUp\")", Codes.Precision, "finer than USD allows (2 decimals)")]
    [InlineData("roundTo(employee.level, 10, \"nearest\")", Codes.ExpressionType, "rounding mode must be a literal string")]
    [InlineData("roundTo(employee.family, 10, \"halfUp\")", Codes.ExpressionType, "a number or money")]
    [InlineData("employee.baseSalary / 0", Codes.ExpressionType, "Division by zero")]
    [InlineData("floor(1, 2, 3)", Codes.ExpressionType, "takes 1 or 2 argument(s), not 3")]
    [InlineData("percentChange(employee.baseSalary, 3)", Codes.ExpressionType, "two numbers or two money values")]
    [InlineData("lg(10)", Codes.UnknownName, "Did you mean 'ln'?")]
    public void Mistakes_are_load_errors(string expression, string code, string message)
    {
        var error = ExpressionHarness.Error(expression);
        error.Code.ShouldBe(code);
        error.Message.ShouldContain(message);
    }

    [Fact]
    public void A_step_finer_than_the_currency_fails_at_run_time_when_it_is_not_a_literal() =>
        Should.Throw<RuleEvaluationException>(() => Evaluate("roundTo(employee.baseSalary, employee.level / 1000, \"halfUp\")"))
            .Message.ShouldBe("The rounding step 0.003 is finer than USD allows (2 decimals): amounts of USD are paid in multiples of 0.01.");

    [Fact]
    public void RoundingRule_knows_which_currencies_it_fits()
    {
        new RoundingRule(0.01m, RoundingMode.HalfUp).Fits(Currency.Of("USD")).ShouldBeTrue();
        new RoundingRule(0.001m, RoundingMode.HalfUp).Fits(Currency.Of("USD")).ShouldBeFalse();
        new RoundingRule(0.5m, RoundingMode.HalfUp).Fits(Currency.Of("JPY")).ShouldBeFalse();
        new RoundingRule(100m, RoundingMode.HalfUp).Fits(Currency.Of("JPY")).ShouldBeTrue();
        new RoundingRule(100m, RoundingMode.HalfUp).ToString().ShouldBe("100 halfUp");
    }
}
