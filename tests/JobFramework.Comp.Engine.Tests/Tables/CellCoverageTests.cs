using JobFramework.Comp.Tables;

namespace JobFramework.Comp.Engine.Tests.Tables;

/// <summary>Cell coverage: a cell covers another when every input the other matches, it matches too — proved or refused.</summary>
public class CellCoverageTests
{
    private static CellTest Number(string text) => Parse(text, ColumnKind.Number);

    private static CellTest Text(string text) => Parse(text, ColumnKind.String);

    private static CellTest Parse(string text, ColumnKind kind)
    {
        CellParser.TryParse(text, kind, out var cell, out var error).ShouldBeTrue(error);
        return cell;
    }

    [Theory]
    [InlineData("-", "5", true)]
    [InlineData("5", "5", true)]
    [InlineData("5", "6", false)]
    [InlineData("[1..4]", "3", true)]
    [InlineData("[1..4]", "[2..3]", true)]
    [InlineData("[1..4]", "[2..5]", false)]
    [InlineData("[1..4)", "[1..4]", false)]
    [InlineData(">= 3", ">= 5", true)]
    [InlineData(">= 5", ">= 3", false)]
    [InlineData("> 3", ">= 3", false)]
    [InlineData("5", "-", false)]
    [InlineData("[1..4]", "-", false)]
    public void Number_cells_cover_exactly_what_they_provably_contain(string earlier, string later, bool covers) =>
        Number(earlier).Covers(Number(later)).ShouldBe(covers);

    [Theory]
    [InlineData("\"us\",\"uk\"", "\"uk\"", true)]
    [InlineData("\"uk\"", "\"us\",\"uk\"", false)]
    [InlineData("not(\"us\")", "\"uk\"", true)]
    [InlineData("not(\"us\")", "\"us\"", false)]
    public void Text_cells_cover_lists_they_contain(string earlier, string later, bool covers) =>
        Text(earlier).Covers(Text(later)).ShouldBe(covers);
}
