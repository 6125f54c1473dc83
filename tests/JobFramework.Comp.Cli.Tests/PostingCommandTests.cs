namespace JobFramework.Comp.Cli.Tests;

public class PostingCommandTests
{
    [Fact]
    public void A_posting_range_is_printed_for_people_and_as_json()
    {
        var (code, text, _) = CliRunner.Run("roles", "posting", "eng-ic4", "--region", "us", "--rules", Repository.Rules, "--as-of", "2026-11-30");
        var (jsonCode, json, _) = CliRunner.Run("roles", "posting", "eng-ic4", "--region", "us", "--rules", Repository.Rules, "--as-of", "2026-11-30", "--json");

        code.ShouldBe(ExitCodes.Ok);
        text.ShouldBe("Software Engineer (IC4), United States: base pay 118,500.00 – 177,500.00 USD a year; bonus target 10% of base pay; eligible for equity. Rules: release 2026-h1 (effective 2026-01-01), as of 2026-11-30.\n");
        jsonCode.ShouldBe(ExitCodes.Ok);
        using var document = System.Text.Json.JsonDocument.Parse(json);
        (document.RootElement.GetProperty("baseMin").GetString(), document.RootElement.GetProperty("baseMax").GetString()).ShouldBe(("118500.00", "177500.00"));
    }

    [Fact]
    public void An_unknown_role_is_named_and_the_command_fails()
    {
        var (code, text, error) = CliRunner.Run("roles", "posting", "eng-ic44", "--region", "us", "--rules", Repository.Rules, "--as-of", "2026-11-30");

        code.ShouldBe(ExitCodes.Problems);
        text.ShouldBeEmpty();
        error.ShouldBe("role: Unknown role 'eng-ic44'. Did you mean 'eng-ic4'?\n");
    }
}
