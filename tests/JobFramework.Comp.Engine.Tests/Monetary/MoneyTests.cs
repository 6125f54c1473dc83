using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Monetary;

namespace JobFramework.Comp.Engine.Tests.Monetary;

public class MoneyTests
{
    private static readonly Currency Usd = Currency.Of("USD");
    private static readonly Currency Eur = Currency.Of("EUR");

    [Fact]
    public void Add_SameCurrency_AddsAmounts() =>
        (new Money(100.10m, Usd) + new Money(0.90m, Usd)).ShouldBe(new Money(101m, Usd));

    [Fact]
    public void Add_DifferentCurrencies_ThrowsNamingBoth()
    {
        var error = Should.Throw<CurrencyMismatchException>(() => new Money(1m, Usd) + new Money(1m, Eur));
        error.Message.ShouldBe(Messages.CurrencyMismatch("USD", "EUR"));
    }

    [Fact]
    public void Compare_DifferentCurrencies_Throws() =>
        Should.Throw<CurrencyMismatchException>(() => new Money(1m, Usd) < new Money(2m, Eur));

    [Theory]
    [InlineData(2.345, MidpointRounding.ToEven, 2.34)]
    [InlineData(2.345, MidpointRounding.AwayFromZero, 2.35)]
    [InlineData(2.349, MidpointRounding.ToZero, 2.34)]
    public void RoundToMinorUnits_UsesTheNamedMode(double amount, MidpointRounding mode, double expected) =>
        new Money((decimal)amount, Usd).RoundToMinorUnits(mode).Amount.ShouldBe((decimal)expected);

    [Fact]
    public void ToString_ShowsMinorUnitsAndCode()
    {
        new Money(95000m, Usd).ToString().ShouldBe("95000.00 USD");
        new Money(1500m, Currency.Of("JPY")).ToString().ShouldBe("1500 JPY");
        new Money(1.005m, Usd).ToString().ShouldBe("1.005 USD");
    }

    [Fact]
    public void Of_UnknownCode_Throws() =>
        Should.Throw<ArgumentException>(() => Currency.Of("XYZ")).Message.ShouldStartWith(Messages.UnknownCurrency("XYZ"));

    [Theory]
    [InlineData("usd", "USD", 2)]
    [InlineData("JPY", "JPY", 0)]
    [InlineData("KWD", "KWD", 3)]
    public void TryParse_KnownCode_GivesMinorUnits(string code, string expected, int minor)
    {
        Currency.TryParse(code, out var currency).ShouldBeTrue();
        currency!.Value.Code.ShouldBe(expected);
        currency.Value.MinorUnits.ShouldBe(minor);
    }

    [Theory]
    [InlineData("95000", 2, 9500000L)]
    [InlineData("95000.5", 2, 9500050L)]
    [InlineData("-12.34", 2, -1234L)]
    public void MinorUnits_ExactAmounts_Convert(string amount, int decimals, long expected)
    {
        MinorUnits.TryConvert(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), decimals, out long units).ShouldBeTrue();
        units.ShouldBe(expected);
    }

    [Fact]
    public void MinorUnits_MoreDecimalsThanAllowed_IsRefused() =>
        MinorUnits.TryConvert(1.005m, 2, out _).ShouldBeFalse();
}
