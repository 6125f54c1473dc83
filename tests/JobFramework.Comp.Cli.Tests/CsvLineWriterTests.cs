using JobFramework.Comp.Cli.Roster;

namespace JobFramework.Comp.Cli.Tests;

public class CsvLineWriterTests
{
    private static string Write(Action<CsvLineWriter> write)
    {
        var text = new StringWriter();
        var csv = new CsvLineWriter(text);
        write(csv);
        csv.EndLine();
        return text.ToString();
    }

    [Theory]
    [InlineData(9402L, 4, "0.9402")]
    [InlineData(-3125L, 4, "-0.3125")]
    [InlineData(5L, 2, "0.05")]
    [InlineData(-5L, 2, "-0.05")]
    [InlineData(11800000L, 2, "118000.00")]
    [InlineData(1500L, 0, "1500")]
    [InlineData(long.MinValue, 0, "-9223372036854775808")]
    public void Scaled_WritesTheDecimalText(long units, int scale, string expected) =>
        Write(c => c.Scaled(units, scale)).ShouldBe(expected + "\n");

    [Theory]
    [InlineData("0.3500")]
    [InlineData("-12.5")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("0.0000000001")]
    public void Field_Decimal_MatchesToString(string text)
    {
        var value = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        Write(c => c.Field(value)).ShouldBe(value.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n");
    }

    [Fact]
    public void Field_Text_IsQuotedOnlyWhenNeeded() =>
        Write(c => { c.Field("plain"); c.Field("a,b"); c.Field("say \"hi\""); c.Field(42L); })
            .ShouldBe("plain,\"a,b\",\"say \"\"hi\"\"\",42\n");
}
