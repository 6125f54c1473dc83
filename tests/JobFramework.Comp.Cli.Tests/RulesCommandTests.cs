namespace JobFramework.Comp.Cli.Tests;

public class RulesCommandTests
{
    [Fact]
    public void Validate_SampleRules_ExitsZero()
    {
        var (code, output, _) = CliRunner.Run("rules", "validate", Repository.Rules);
        code.ShouldBe(ExitCodes.Ok);
        output.ShouldContain("ok 2026-h1 (approved, effective 2026-01-01, sha256:");
        output.ShouldContain("ok 2027-h1 (approved, effective 2027-01-01, sha256:");
        output.ShouldEndWith("3 release(s) valid, 0 error(s), 0 warning(s)\n");
    }

    [Fact]
    public void Validate_BrokenRelease_PrintsEachProblemWithFileLineColumn_AndExitsOne()
    {
        using var temp = new TempFolder();
        string release = Path.Combine(temp.Path, "releases", "2026-h1");
        CopyDirectory(Path.Combine(Repository.Rules, "releases", "2026-h1"), release);
        string workflow = Path.Combine(release, "workflows", "level-up.json");
        File.WriteAllText(workflow, File.ReadAllText(workflow).Replace("employee.rating >= 3", "employee.rating >= \\\"3\\\"", StringComparison.Ordinal));
        string bands = Path.Combine(release, "tables", "bands.json");
        File.WriteAllText(bands, File.ReadAllText(bands).Replace("[\"-\", 2, \"us\", \"USD\", 85000,", "[\"-\", 2, \"us\", \"USD\", 185000,", StringComparison.Ordinal));

        var (code, output, _) = CliRunner.Run("rules", "validate", temp.Path);

        code.ShouldBe(ExitCodes.Problems);
        output.ShouldContain($"{release}/workflows/level-up.json:8:38: error JF2002: Operator '>=' cannot combine integer and string. (at /Rules/0/Expression)");
        output.ShouldContain($"{release}/tables/bands.json:35:5: error JF3003: Band must satisfy min <= mid <= max, but has min 185000, mid 106000, max 127000. (at /rows/15)");
        output.ShouldContain($"{release}/release.json:21:26: error JF3015: Release '2026-h1' was edited after it was approved");
        output.ShouldEndWith("0 release(s) valid, 3 error(s), 0 warning(s)\n");
    }

    [Fact]
    public void Validate_MissingFolder_ExitsTwo() =>
        CliRunner.Run("rules", "validate", "/nonexistent/rules").ExitCode.ShouldBe(ExitCodes.CannotRun);

    [Fact]
    public void Test_SampleRules_AllCasesPass()
    {
        var (code, output, _) = CliRunner.Run("rules", "test", Repository.Rules);
        code.ShouldBe(ExitCodes.Ok);
        output.ShouldContain("pass 2026-h1: Engineer who completed the cloud-infrastructure path and leads peer training is eligible for IC5 without a title change");
        output.ShouldContain("pass 2027-h1: A salary above its band is capped at the new band's maximum: 170,000 + 8% = 183,600, capped at 177,500");
        output.ShouldEndWith("rule tests: 97 passed, 0 failed\n");
    }

    [Fact]
    public void UnknownOption_ExitsTwoWithUsageHint()
    {
        var (code, _, error) = CliRunner.Run("place", "--bogus");
        code.ShouldBe(ExitCodes.CannotRun);
        error.ShouldContain("comp --help");
    }

    internal static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.GetDirectories(from))
        {
            CopyDirectory(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }
}
