using System.Text;
using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Engine.Tests.Support;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Releases;

namespace JobFramework.Comp.Engine.Tests.Tables;

/// <summary>Tables inside a real release (the sample one plus an extra table), evaluated through rules.</summary>
public class DecisionTableTests
{
    private static LoadResult LoadWithTable(string table)
    {
        var files = SampleFiles.AsDraft();
        files["tables/extra.json"] = Encoding.UTF8.GetBytes(table);
        return ReleaseLoader.Load(new ReleaseSource("sample", files));
    }

    private const string Header = """
        { "name": "extra", "hitPolicy": "POLICY",
          "inputs": [ { "name": "family", "expression": "employee.family" }, { "name": "rating", "expression": "employee.rating" } ],
          "outputs": [ { "name": "label", "type": "string" }, { "name": "factor", "type": "number" } ],
          "rows": [
        """;

    private static readonly Employee DataRating4 = Samples.Employee("""{ "id": "E", "family": "data", "track": "ic", "level": 3, "region": "us", "baseSalary": 120000, "rating": 4 }""");

    [Fact]
    public void First_ReturnsFirstMatchingRowInOrder()
    {
        var release = LoadWithTable(Header.Replace("POLICY", "FIRST") + """
            ["data", ">= 4", "strong", 1.1],
            ["-", "-", "default", 1.0]
            ] }
            """).Release.ShouldNotBeNull();
        ExpressionHarness.Evaluate("tables.extra.label", DataRating4, release).ShouldBe("strong");
        ExpressionHarness.Evaluate("tables.extra.factor", DataRating4, release).ShouldBe(1.1m);
    }

    [Fact]
    public void Collect_ReturnsEveryMatchInRowOrder()
    {
        var release = LoadWithTable(Header.Replace("POLICY", "COLLECT") + """
            ["data", "[3..5]", "a", 1],
            ["risk", "-", "b", 2],
            ["-", "4", "c", 3]
            ] }
            """).Release.ShouldNotBeNull();
        ExpressionHarness.Evaluate("tables.extra.label", DataRating4, release).ShouldBe(new[] { "a", "c" });
    }

    [Fact]
    public void Unique_OverlappingRows_AreRejectedAtLoadWithBothLines()
    {
        var result = LoadWithTable(Header.Replace("POLICY", "UNIQUE") + """
            ["data", "[1..3]", "low", 1],
            ["data", "[3..5]", "high", 2]
            ] }
            """);
        result.Succeeded.ShouldBeFalse();
        var error = result.Errors.Single();
        error.Code.ShouldBe(Codes.UniqueOverlap);
        error.Message.ShouldBe(Messages.UniqueOverlap("extra", 4));
        error.Location.Line.ShouldBe(5);
        error.Location.File.ShouldEndWith("tables/extra.json");
    }

    [Fact]
    public void Unique_DisjointRows_Load()
    {
        LoadWithTable(Header.Replace("POLICY", "UNIQUE") + """
            ["data", "[1..3)", "low", 1],
            ["data", "[3..5]", "high", 2],
            ["risk", "-", "any", 3]
            ] }
            """).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public void NoMatch_MatchedIsFalse_AndReadingAnOutputIsARuleError()
    {
        var release = LoadWithTable(Header.Replace("POLICY", "FIRST") + """
            ["risk", "-", "x", 1]
            ] }
            """).Release.ShouldNotBeNull();
        ExpressionHarness.Evaluate("tables.extra.matched", DataRating4, release).ShouldBe(false);
        Should.Throw<RuleEvaluationException>(() => ExpressionHarness.Evaluate("tables.extra.label", DataRating4, release))
            .Message.ShouldBe(Messages.NoTableRow("extra"));
    }

    [Fact]
    public void IndexedLookup_AgreesWithARowScan_OnEveryInput()
    {
        // 3 families x 5 ratings, some "-" rows and a residual interval column: the index must give the scan's answer.
        var rows = new StringBuilder();
        rows.Append("""["data", "4", "data-4", 1],""").Append('\n');
        rows.Append("""["-", "5", "any-5", 2],""").Append('\n');
        rows.Append("""["risk", "-", "risk-any", 3],""").Append('\n');
        rows.Append("""["data", "[1..3]", "data-low", 4]""");
        var release = LoadWithTable(Header.Replace("POLICY", "FIRST") + rows + "\n] }").Release.ShouldNotBeNull();
        var table = release.Tables.Single(t => t.Name == "extra");
        table.Index.ShouldNotBeNull();
        foreach (var family in new[] { "data", "risk", "people" })
        {
            for (int rating = 1; rating <= 5; rating++)
            {
                var employee = Samples.Employee($$"""{ "id": "E", "family": "{{family}}", "track": "ic", "level": 3, "region": "us", "baseSalary": 120000, "rating": {{rating}} }""");
                string expected = (family, rating) switch
                {
                    ("data", 4) => "data-4",
                    (_, 5) => "any-5",
                    ("risk", _) => "risk-any",
                    ("data", <= 3) => "data-low",
                    _ => "none",
                };
                var matched = (bool)ExpressionHarness.Evaluate("tables.extra.matched", employee, release)!;
                (matched ? ExpressionHarness.Evaluate("tables.extra.label", employee, release) : "none").ShouldBe(expected, $"{family} rating {rating}");
            }
        }
    }
}
