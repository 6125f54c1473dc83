using System.Text.Json;

namespace JobFramework.Comp.Cli.Tests;

/// <summary>
/// The comp analyst's view of formula-driven pay (sample release 2027-h1): derived bands that match the
/// hand-typed ones row for row, and a promotion recommendation explained step by step.
/// </summary>
public class FormulaPayCommandTests
{
    private static string[] Rows(string tableFile) => [.. tableFile.Split('\n').Where(l => l.StartsWith("    [", StringComparison.Ordinal))];

    [Fact]
    public void Table_Json_writes_the_derived_rows_exactly_as_the_hand_typed_table_has_them()
    {
        var (code, output, _) = CliRunner.Run("rules", "table", "2027-h1", "bands", "--json", "--rules", Repository.Rules);
        code.ShouldBe(ExitCodes.Ok);
        using (JsonDocument.Parse(output))
        {
            // A valid table file.
        }

        var handTyped = File.ReadAllText(Path.Combine(Repository.Rules, "releases", "2026-h1", "tables", "bands.json"));
        Rows(output).ShouldBe(Rows(handTyped));
        Rows(output).Length.ShouldBe(50);
        output.ShouldContain("{ \"name\": \"min\", \"type\": \"money\", \"currencyFrom\": \"currency\" }");
    }

    [Fact]
    public void Table_Text_lists_every_row_under_its_columns()
    {
        var (code, output, _) = CliRunner.Run("rules", "table", "2027-h1", "payZones", "--rules", Repository.Rules);
        code.ShouldBe(ExitCodes.Ok);
        output.ShouldStartWith("table payZones in 2027-h1: 5 rows (UNIQUE)\nregion  currency  factor  step \n");
        output.ShouldContain("\nuk      GBP       0.62    500  \n");
    }

    [Fact]
    public void Table_unknown_names_the_tables_there_are()
    {
        var (code, _, error) = CliRunner.Run("rules", "table", "2027-h1", "band", "--rules", Repository.Rules);
        code.ShouldBe(ExitCodes.CannotRun);
        error.ShouldContain("Release 2027-h1 has no table 'band'; its tables: bands, basePay, payZones, promotionPolicy.");
    }

    [Fact]
    public void Diff_shows_no_band_change_and_the_new_outputs()
    {
        var (code, output, _) = CliRunner.Run("rules", "diff", "2026-h1", "2027-h1", "--rules", Repository.Rules);
        code.ShouldBe(ExitCodes.Ok);
        output.ShouldNotContain("bands:");
        output.ShouldContain("  + level-up/outputs/recommendedSalary: max(employee.baseSalary + promotionIncrease, targetBand.min), rounded 100 halfUp, cap targetBand.max\n");
        output.ShouldContain("  + table payZones: 5 rows\n");
    }

    [Fact]
    public void Eligibility_explains_the_recommendation_with_each_value_and_the_half_way_rounding()
    {
        var (code, output, _) = CliRunner.Run("eligibility", "--employee", Repository.Sample("employee-promotion.json"), "--rules", Repository.Rules, "--as-of", "2027-01-15");
        code.ShouldBe(ExitCodes.Ok);
        output.ShouldContain("""
              recommendedSalary = 128300.00 USD
                  max(employee.baseSalary + promotionIncrease, targetBand.min)
                  employee.baseSalary = 118750.00 USD, promotionIncrease = 9500.00 USD, targetBand.min = 118500.00 USD
                  128250.00 USD rounded (100 halfUp) to 128300.00 USD
            """.Replace("\r", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Eligibility_says_when_a_cap_applied()
    {
        var (code, output, _) = CliRunner.Run("eligibility", "--employee", Repository.Sample("employee-above-band.json"), "--rules", Repository.Rules, "--as-of", "2027-01-15");
        code.ShouldBe(ExitCodes.Ok);
        output.ShouldContain("  recommendedSalary = 177500.00 USD\n");
        output.ShouldContain("      capped at 177500.00 USD (cap targetBand.max); was 183600.00 USD\n");
    }

    [Fact]
    public void Eligibility_Json_carries_the_outputs_with_their_explanation()
    {
        var (code, output, _) = CliRunner.Run("eligibility", "--employee", Repository.Sample("employee-above-band.json"), "--rules", Repository.Rules, "--as-of", "2027-01-15", "--json");
        code.ShouldBe(ExitCodes.Ok);
        using var json = JsonDocument.Parse(output);
        var recommended = json.RootElement.GetProperty("outputs").EnumerateArray().Single(o => o.GetProperty("name").GetString() == "recommendedSalary");
        recommended.GetProperty("value").GetProperty("amount").GetString().ShouldBe("177500.00");
        recommended.GetProperty("value").GetProperty("currency").GetString().ShouldBe("USD");
        recommended.GetProperty("unrounded").GetProperty("amount").GetString().ShouldBe("183600.00");
        recommended.GetProperty("limit").GetProperty("kind").GetString().ShouldBe("cap");
        recommended.GetProperty("limit").GetProperty("expression").GetString().ShouldBe("targetBand.max");
        recommended.GetProperty("inputs").GetArrayLength().ShouldBe(3);
    }

    [Fact]
    public void Before_its_effective_date_the_release_without_outputs_decides()
    {
        var (_, output, _) = CliRunner.Run("eligibility", "--employee", Repository.Sample("employee-promotion.json"), "--rules", Repository.Rules, "--as-of", "2026-12-31");
        output.ShouldContain("release 2026-h1");
        output.ShouldNotContain("Computed:");
    }
}
