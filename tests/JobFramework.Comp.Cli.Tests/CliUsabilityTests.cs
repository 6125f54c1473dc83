namespace JobFramework.Comp.Cli.Tests;

/// <summary>The command line as people use it: suggestions for typos, only the failures when asked, amounts they can read, colour only at a terminal.</summary>
public sealed class CliUsabilityTests
{
    [Theory]
    [InlineData("rulez validate", "Did you mean 'comp rules validate'?")]
    [InlineData("rules tset", "Did you mean 'comp rules test'?")]
    [InlineData("audit verfy", "Did you mean 'comp audit verify'?")]
    public void A_mistyped_command_gets_the_command_it_was_probably_meant_to_be(string typed, string suggestion)
    {
        var (code, _, error) = CliRunner.Run(typed.Split(' '));

        code.ShouldBe(ExitCodes.CannotRun);
        error.ShouldContain(suggestion);
    }

    [Fact]
    public void Rules_test_failed_only_prints_the_failures_and_the_count()
    {
        var (code, output, _) = CliRunner.Run("rules", "test", Repository.Rules, "--failed-only");

        code.ShouldBe(ExitCodes.Ok);
        output.ShouldBe("rule tests: 97 passed, 0 failed\n");
    }

    [Fact]
    public void Amounts_for_people_carry_thousands_separators()
    {
        var (_, output, _) = CliRunner.Run("mobility", "--employee", Repository.Sample("employee-internal-auditor.json"), "--rules", Repository.Rules, "--as-of", "2026-06-01");

        output.ShouldContain("   pay: 112,000.00 USD unchanged, compa-ratio 0.8924 in the target band 100,500.00 USD – 150,500.00 USD\n");
        new Monetary.Money(1_360_000m, Monetary.Currency.Of("INR")).ToDisplayString().ShouldBe("1,360,000.00 INR");
        new Monetary.Money(139_500m, Monetary.Currency.Of("JPY")).ToDisplayString().ShouldBe("139,500 JPY");
    }

    [Theory]
    [InlineData(true, null, null, true)]
    [InlineData(false, null, null, false)]
    [InlineData(true, "1", null, false)]
    [InlineData(true, null, "dumb", false)]
    [InlineData(true, "", "xterm-256color", true)]
    public void Colour_only_at_a_terminal_without_NO_COLOR(bool terminal, string? noColor, string? term, bool expected)
    {
        Colour.Wanted(terminal, name => name switch { "NO_COLOR" => noColor, "TERM" => term, _ => null }).ShouldBe(expected);

        var console = new CliConsole(TextWriter.Null, TextWriter.Null, terminal, expected);
        console.Good("ok").ShouldBe(expected ? "\u001b[32mok\u001b[0m" : "ok");
    }
}
