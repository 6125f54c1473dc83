namespace JobFramework.Comp.Cli.Tests;

/// <summary>
/// A declared attribute end to end, as a comp team would use it: declared in a draft, read by a rule, approved,
/// carried in a roster column, validated per row, recorded in the audit input, and replayed identically.
/// </summary>
public sealed class DeclaredAttributeCommandTests : IDisposable
{
    private readonly TempFolder _rules = new();

    public DeclaredAttributeCommandTests() => RulesCommandTests.CopyDirectory(Repository.Rules, _rules.Path);

    public void Dispose() => _rules.Dispose();

    private (int ExitCode, string Out, string Error) Comp(params string[] args) => CliRunner.Run([.. args, "--rules", _rules.Path]);

    [Fact]
    public void A_declared_step_is_read_from_the_roster_validated_recorded_and_replayed()
    {
        Comp("rules", "draft", "2099-h1", "--from", "2026-h1", "--effective-from", "2099-01-01").ExitCode.ShouldBe(ExitCodes.Ok);
        string release = Path.Combine(_rules.Path, "releases", "2099-h1");
        Edit(Path.Combine(release, "framework.json"), "\"company\": \"Northwind Holdings\",",
            "\"company\": \"Northwind Holdings\",\n  \"attributes\": [ { \"name\": \"step\", \"type\": \"integer\", \"min\": 1, \"max\": 10, \"default\": 1 }, { \"name\": \"sex\", \"type\": \"string\", \"dataClass\": \"protected\" } ],");
        Edit(Path.Combine(release, "workflows", "level-up.json"), "\"RuleName\": \"PerformanceRating\",",
            "\"RuleName\": \"Step\", \"Expression\": \"employee.step >= 1\", \"ErrorMessage\": \"step $(employee.step)\", \"SuccessEvent\": \"on step $(employee.step)\" },\n    {\n      \"RuleName\": \"PerformanceRating\",");
        var validated = CliRunner.Run("rules", "validate", _rules.Path);
        validated.ExitCode.ShouldBe(ExitCodes.Ok, validated.Out);
        Comp("rules", "approve", "2099-h1", "--by", "Priya Raman", "--role", "framework-council").ExitCode.ShouldBe(ExitCodes.Ok);
        Comp("rules", "approve", "2099-h1", "--by", "Tomás Alvarez", "--role", "head-of-total-rewards").Out.ShouldContain("2099-h1 is approved");

        string roster = _rules.File("roster.csv");
        File.WriteAllLines(roster, ["id,family,track,level,region,baseSalary,step,sex", "A1,data,ic,3,sg,98000,3,f", "A2,data,ic,3,sg,98000,11,m"]);
        string store = _rules.File("audit.db");
        var placed = Comp("place", "--roster", roster, "--out", _rules.File("out.csv"), "--as-of", "2099-02-01", "--audit", store);

        placed.ExitCode.ShouldBe(ExitCodes.Problems);
        placed.Out.ShouldContain("placed 1 employee(s) with release 2099-h1");
        File.ReadAllLines(_rules.File("out.csv.errors.csv"))[1].ShouldBe("3,A2,step,'step' is 11; it must be between 1 and 10.");

        var listed = CliRunner.Run("audit", "list", "--employee", "A1", "--store", store);
        string decisionId = listed.Out.Split('\n')[1].Split(' ')[0];
        var shown = CliRunner.Run("audit", "show", decisionId, "--json", "--store", store);
        shown.Out.ShouldContain("\"step\": 3");
        shown.Out.ShouldContain("\"sex\": \"f\"");
        var replayed = CliRunner.Run("audit", "replay", decisionId, "--store", store, "--rules", _rules.Path);
        replayed.ExitCode.ShouldBe(ExitCodes.Ok, replayed.Out + replayed.Error);
        replayed.Out.ShouldContain($"decision {decisionId}: identical");
    }

    [Fact]
    public void A_roster_column_that_is_neither_built_in_nor_declared_is_refused_with_the_expected_columns()
    {
        string roster = _rules.File("roster.csv");
        File.WriteAllLines(roster, ["id,family,track,level,region,baseSalary,step", "A1,data,ic,3,sg,98000,3"]);

        var (code, _, error) = Comp("place", "--roster", roster, "--out", _rules.File("out.csv"), "--as-of", "2026-06-01");

        code.ShouldBe(ExitCodes.CannotRun);
        error.ShouldContain("Unknown column(s): step.");
    }

    private static void Edit(string file, string from, string to)
    {
        string text = File.ReadAllText(file);
        text.ShouldContain(from);
        File.WriteAllText(file, text.Replace(from, to, StringComparison.Ordinal));
    }
}
