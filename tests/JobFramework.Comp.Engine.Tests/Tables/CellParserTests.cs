using JobFramework.Comp.Tables;

namespace JobFramework.Comp.Engine.Tests.Tables;

public class CellParserTests
{
    private static CellTest Parse(string cell, ColumnKind kind)
    {
        CellParser.TryParse(cell, kind, out var test, out var error).ShouldBeTrue(error);
        return test;
    }

    [Theory]
    [InlineData("-", 42, true)]
    [InlineData("5", 5, true)]
    [InlineData("5", 6, false)]
    [InlineData(">= 3", 3, true)]
    [InlineData("> 3", 3, false)]
    [InlineData("< 3", 2, true)]
    [InlineData("[1..4]", 4, true)]
    [InlineData("[1..4)", 4, false)]
    [InlineData("(1..4]", 1, false)]
    [InlineData("]1..4[", 2, true)]
    [InlineData("not(5)", 5, false)]
    [InlineData("1, 3, 5", 3, true)]
    public void Number_Cells(string cell, int input, bool matches) =>
        Parse(cell, ColumnKind.Number).Matches(CellValue.OfNumber(input)).ShouldBe(matches);

    [Theory]
    [InlineData("us", "us", true)]
    [InlineData("\"us\",\"uk\"", "uk", true)]
    [InlineData("us, uk", "de", false)]
    [InlineData("not(us, uk)", "de", true)]
    public void String_Cells(string cell, string input, bool matches) =>
        Parse(cell, ColumnKind.String).Matches(CellValue.OfText(input)).ShouldBe(matches);

    [Theory]
    [InlineData("[4..1]", "number")]
    [InlineData("abc", "number")]
    [InlineData(">= x", "number")]
    [InlineData("maybe", "boolean")]
    public void Bad_Cells_AreErrors(string cell, string kind) =>
        CellParser.TryParse(cell, kind == "number" ? ColumnKind.Number : ColumnKind.Boolean, out _, out var error).ShouldBeFalse(error);

    [Fact]
    public void Overlaps_Intervals()
    {
        Parse("[1..4]", ColumnKind.Number).Overlaps(Parse("[4..6]", ColumnKind.Number)).ShouldBeTrue();
        Parse("[1..4)", ColumnKind.Number).Overlaps(Parse("[4..6]", ColumnKind.Number)).ShouldBeFalse();
        Parse("< 3", ColumnKind.Number).Overlaps(Parse("3", ColumnKind.Number)).ShouldBeFalse();
        Parse("us, uk", ColumnKind.String).Overlaps(Parse("-", ColumnKind.String)).ShouldBeTrue();
        Parse("us", ColumnKind.String).Overlaps(Parse("uk", ColumnKind.String)).ShouldBeFalse();
    }
}
