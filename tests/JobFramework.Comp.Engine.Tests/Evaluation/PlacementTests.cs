using FsCheck;
using FsCheck.Fluent;
using JobFramework.Comp.Engine.Tests.Support;
using JobFramework.Comp.Evaluation;

namespace JobFramework.Comp.Engine.Tests.Evaluation;

public class PlacementTests
{
    [Fact]
    public void Place_BelowBand_GivesShortfallAndRatios()
    {
        var employee = Samples.Employee("""{ "id": "E", "family": "data", "track": "ic", "level": 3, "region": "sg", "baseSalary": 80000 }""");
        var placement = new Evaluator(Samples.Release).Place(employee).Value;
        placement.Position.ShouldBe(BandPosition.Below);
        placement.CompaRatio.ShouldBe(0.6723m);
        placement.RangePenetration.ShouldBe(-0.3125m);
        placement.AmountToMinimum.ToString().ShouldBe("15000.00 SGD");
    }

    [Fact]
    public void Place_SalaryFinerThanTheCurrencyPays_IsRejectedNamingTheField()
    {
        var cents = Samples.Employee("""{ "id": "E", "family": "data", "track": "ic", "level": 3, "region": "us", "baseSalary": 118000.01 }""");
        var fraction = Samples.Employee("""{ "id": "F", "family": "data", "track": "ic", "level": 3, "region": "us", "baseSalary": 118000.005 }""");
        var evaluator = new Evaluator(Samples.Release);

        evaluator.Place(cents).Succeeded.ShouldBeTrue();
        var refused = evaluator.Place(fraction);

        refused.Succeeded.ShouldBeFalse();
        refused.Errors.Single().Field.ShouldBe("baseSalary");
        refused.Errors.Single().Message.ShouldBe("'baseSalary' 118000.005 is finer than USD can pay: it has 2 decimal place(s) at most.");
    }

    [Theory]
    [InlineData(2.5, 2, 4, MidpointRounding.ToEven, "1.2500")]
    [InlineData(1, 3, 4, MidpointRounding.ToEven, "0.3333")]
    [InlineData(2, 3, 4, MidpointRounding.ToZero, "0.6666")]
    [InlineData(1, 8, 2, MidpointRounding.ToEven, "0.12")]
    [InlineData(3, 8, 2, MidpointRounding.ToEven, "0.38")]
    [InlineData(1, 8, 2, MidpointRounding.AwayFromZero, "0.13")]
    [InlineData(-1, 8, 2, MidpointRounding.AwayFromZero, "-0.13")]
    [InlineData(-1, 3, 2, MidpointRounding.ToNegativeInfinity, "-0.34")]
    [InlineData(1, 3, 2, MidpointRounding.ToPositiveInfinity, "0.34")]
    public void ExactRatio_RoundsAsDeclared(double numerator, double denominator, int decimals, MidpointRounding mode, string expected) =>
        ExactRatio.Divide((decimal)numerator, (decimal)denominator, decimals, mode).ToString(System.Globalization.CultureInfo.InvariantCulture).ShouldBe(expected);

    /// <summary>
    /// The integer fast path, its 128-bit fallback and decimal division agree exactly. For operands within
    /// ±10^9 and up to six decimals, decimal's 28 digits keep the reference free of double rounding.
    /// </summary>
    [Fact]
    public void ExactRatio_WholeOperands_AgreeWithDecimalArithmeticInEveryMode()
    {
        var operands = Gen.Choose(-1_000_000_000, 1_000_000_000);
        var cases = Gen.Zip(Gen.Zip(operands, operands.Where(d => d != 0)), Gen.Zip(Gen.Choose(0, 6), Gen.Elements(Enum.GetValues<MidpointRounding>())))
            .ToArbitrary();
        Prop.ForAll(cases, c =>
        {
            var ((numerator, denominator), (decimals, mode)) = c;
            var expected = decimal.Round((decimal)numerator / denominator, decimals, mode);
            var actual = ExactRatio.Divide(numerator, denominator, decimals, mode);
            return actual == expected && actual.Scale == decimals;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(20000));
    }

    [Theory]
    [InlineData(900_000_000_000_000L, 7L, 4, "128571428571428.5714")]
    [InlineData(5L, -2L, 0, "-2")]
    [InlineData(-5L, -2L, 0, "2")]
    [InlineData(long.MaxValue, 3L, 2, "3074457345618258602.33")]
    public void ExactRatio_OutsideTheFastPath_IsStillExact(long numerator, long denominator, int decimals, string expected) =>
        ExactRatio.Divide(numerator, denominator, decimals, MidpointRounding.ToEven).ToString(System.Globalization.CultureInfo.InvariantCulture).ShouldBe(expected);

    [Fact]
    public void AmountToMinimum_AtOrAboveTheMinimum_IsZeroInMinorUnits()
    {
        var employee = Samples.Employee("""{ "id": "E", "family": "data", "track": "ic", "level": 3, "region": "us", "baseSalary": 118000 }""");
        var placement = new Evaluator(Samples.Release).Place(employee).Value;
        placement.AmountToMinimum.ToString().ShouldBe("0.00 USD");
        placement.Salary.ToString().ShouldBe("118000.00 USD");
    }
}
