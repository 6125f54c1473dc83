using JobFramework.Comp.Releases;

namespace JobFramework.Comp.Cli.Tests;

/// <summary>The comp team's release loop on a copy of the sample rules: draft, approve, and the ways approval is refused.</summary>
public sealed class GovernanceCommandTests : IDisposable
{
    private readonly TempFolder _rules = new();

    public GovernanceCommandTests() => RulesCommandTests.CopyDirectory(Repository.Rules, _rules.Path);

    public void Dispose() => _rules.Dispose();

    private string Draft => Path.Combine(_rules.Path, "releases", "2026-h2");

    private (int ExitCode, string Out, string Error) Comp(params string[] args) => CliRunner.Run([.. args, "--rules", _rules.Path]);

    private ReleaseManifest Manifest() => ReleaseLoader.LoadDirectory(Draft).Release!.Manifest;

    [Fact]
    public void Draft_CopiesTheReleaseAsADraftDatedForward()
    {
        var (code, output, _) = Comp("rules", "draft", "2026-h2", "--from", "2026-h1", "--effective-from", "2026-07-01");

        code.ShouldBe(ExitCodes.Ok);
        output.ShouldContain("draft 2026-h2 created in");
        output.ShouldContain("26 rule test case(s) dated before 2026-07-01 now test as of that date.");
        var manifest = Manifest();
        (manifest.Id, manifest.EffectiveFrom, manifest.Status, manifest.RequiredApprovals, manifest.Approvals.Count).ShouldBe(("2026-h2", new DateOnly(2026, 7, 1), ReleaseStatus.Draft, 2, 0));
        File.ReadAllText(Path.Combine(Draft, "tests", "placement.cases.json")).ShouldNotContain("\"asOf\": \"2026-03-01\"");
        CliRunner.Run("rules", "validate", _rules.Path).Out.ShouldContain("ok 2026-h2 (draft, 0 of 2 approval(s), effective 2026-07-01");
        CliRunner.Run("rules", "test", _rules.Path).Out.ShouldEndWith("rule tests: 123 passed, 0 failed\n");
    }

    [Fact]
    public void Approve_TwoDifferentApprovers_MakeTheDraftApprovedAndServing()
    {
        Comp("rules", "draft", "2026-h2", "--from", "2026-h1", "--effective-from", "2026-07-01");

        var first = Comp("rules", "approve", "2026-h2", "--by", "Priya Raman", "--role", "framework-council", "--change", "Same bands, new period", "--retroactive");
        first.ExitCode.ShouldBe(ExitCodes.Ok);
        first.Out.ShouldContain("approval 1 of 2 recorded for 2026-h2 (sha256:");
        first.Out.ShouldContain("2026-h2 stays a draft until 1 more approval(s) of this content: 1 from head-of-total-rewards.");
        Comp("rules", "approve", "2026-h2", "--by", "priya raman", "--role", "framework-council", "--retroactive").Error
            .ShouldContain("Priya Raman has already approved this content of '2026-h2'; another approver is needed.".Replace("Priya Raman", "priya raman", StringComparison.Ordinal));

        var second = Comp("rules", "approve", "2026-h2", "--by", "Tomás Alvarez", "--role", "head-of-total-rewards", "--retroactive");

        second.Out.ShouldContain("2026-h2 is approved: it serves decisions from 2026-07-01; its content may no longer change.");
        var manifest = Manifest();
        manifest.IsApproved.ShouldBeTrue();
        manifest.Approvals.Select(a => (a.By, a.Role)).ShouldBe([("Priya Raman", "framework-council"), ("Tomás Alvarez", "head-of-total-rewards")]);
        manifest.Approvals.ShouldAllBe(a => a.At > DateTimeOffset.UtcNow.AddMinutes(-5) && a.At <= DateTimeOffset.UtcNow);
        manifest.Changes.ShouldBe(["Same bands, new period"]);
        ReleaseCatalog.Load(_rules.Path).InEffectOn(new DateOnly(2026, 8, 1), out _)!.Id.ShouldBe("2026-h2");
        Comp("rules", "approve", "2026-h2", "--by", "Mei Lin Tan", "--role", "framework-council", "--retroactive").Error.ShouldContain("is already approved");
    }

    [Fact]
    public void Approve_FailingRuleTests_AreRefusedWithTheDifferences()
    {
        Comp("rules", "draft", "2026-h2", "--from", "2026-h1", "--effective-from", "2026-07-01");
        string bands = Path.Combine(Draft, "tables", "bands.json");
        File.WriteAllText(bands, File.ReadAllText(bands).Replace("[\"-\", 3, \"us\", \"USD\", 100500", "[\"-\", 3, \"us\", \"USD\", 104500", StringComparison.Ordinal));

        var (code, output, error) = Comp("rules", "approve", "2026-h2", "--by", "Priya Raman", "--role", "framework-council", "--retroactive");

        code.ShouldBe(ExitCodes.Problems);
        output.ShouldContain("placement.min: expected 100500.00 USD, got 104500.00 USD");
        error.ShouldContain("1 rule test case(s) of '2026-h2' fail; it cannot be approved.");
        Manifest().Approvals.ShouldBeEmpty();
    }

    [Fact]
    public void Approve_AReleaseWithErrors_IsRefused()
    {
        Comp("rules", "draft", "2026-h2", "--from", "2026-h1", "--effective-from", "2026-07-01");
        string workflow = Path.Combine(Draft, "workflows", "level-up.json");
        File.WriteAllText(workflow, File.ReadAllText(workflow).Replace("employee.rating >= 3", "employee.ratting >= 3", StringComparison.Ordinal));

        var (code, output, error) = Comp("rules", "approve", "2026-h2", "--by", "Priya Raman", "--role", "framework-council", "--retroactive");

        code.ShouldBe(ExitCodes.Problems);
        output.ShouldContain("error JF2003: 'employee' has no member 'ratting'. Did you mean 'rating'?");
        error.ShouldContain("Release '2026-h2' has errors; fix them before it can be approved.");
    }

    [Fact]
    public void Approve_WithoutRuleTests_IsRefused()
    {
        Comp("rules", "draft", "2026-h2", "--from", "2026-h1", "--effective-from", "2026-07-01");
        Directory.Delete(Path.Combine(Draft, "tests"), recursive: true);

        Comp("rules", "approve", "2026-h2", "--by", "Priya Raman", "--role", "framework-council", "--retroactive").Error
            .ShouldContain("has no rule test cases (tests/*.json); add some before it can be approved.");
    }

    [Fact]
    public void Approve_OnTheDateOfAnotherApprovedRelease_IsRefusedNamingIt()
    {
        Comp("rules", "draft", "2026-h1b", "--from", "2026-h1", "--effective-from", "2026-01-01");

        Comp("rules", "approve", "2026-h1b", "--by", "Priya Raman", "--role", "framework-council", "--retroactive").Error
            .ShouldContain("Release '2026-h1' is already approved to take effect on 2026-01-01");
    }

    [Fact]
    public void An_approved_release_edited_afterwards_never_serves()
    {
        Comp("rules", "draft", "2026-h2", "--from", "2026-h1", "--effective-from", "2026-07-01");
        Comp("rules", "approve", "2026-h2", "--by", "Priya Raman", "--role", "framework-council", "--retroactive");
        Comp("rules", "approve", "2026-h2", "--by", "Tomás Alvarez", "--role", "head-of-total-rewards", "--retroactive");
        string bands = Path.Combine(Draft, "tables", "bands.json");
        File.WriteAllText(bands, File.ReadAllText(bands).Replace("125500", "135500", StringComparison.Ordinal));

        var validate = CliRunner.Run("rules", "validate", _rules.Path);
        validate.ExitCode.ShouldBe(ExitCodes.Problems);
        validate.Out.ShouldContain("error JF3015: Release '2026-h2' was edited after it was approved");
        var place = Comp("place", "--roster", Repository.Sample("roster.csv"), "--out", Path.Combine(_rules.Path, "p.csv"), "--as-of", "2026-08-01");
        place.Out.ShouldContain("with release 2026-h1");
        place.Error.ShouldContain("error JF3015");
    }

    [Fact]
    public void A_draft_can_be_previewed_by_name_but_never_recorded()
    {
        Comp("rules", "draft", "2026-h2", "--from", "2026-h1", "--effective-from", "2026-07-01");
        string bands = Path.Combine(Draft, "tables", "bands.json");
        File.WriteAllText(bands, File.ReadAllText(bands).Replace("[\"-\", 3, \"us\", \"USD\", 100500", "[\"-\", 3, \"us\", \"USD\", 104500", StringComparison.Ordinal));
        string output = Path.Combine(_rules.Path, "preview.csv");

        var preview = Comp("place", "--roster", Repository.Sample("roster.csv"), "--out", output, "--release", "2026-h2");
        var recorded = Comp("place", "--roster", Repository.Sample("roster.csv"), "--out", output, "--release", "2026-h2", "--audit", Path.Combine(_rules.Path, "audit.db"));

        preview.ExitCode.ShouldBe(ExitCodes.Ok);
        preview.Error.ShouldContain("preview: release 2026-h2 is a draft");
        preview.Out.ShouldContain("with release 2026-h2");
        File.ReadAllText(output).ShouldContain("104500.00");
        recorded.ExitCode.ShouldBe(ExitCodes.CannotRun);
        recorded.Error.ShouldContain("Release 2026-h2 is a draft: drafts never make decisions, so nothing can be recorded.");
        File.Exists(Path.Combine(_rules.Path, "audit.db")).ShouldBeFalse();
    }

    [Fact]
    public void Draft_ExistingIdOrBadDate_IsRefused()
    {
        Comp("rules", "draft", "2026-h1", "--from", "2026-h1", "--effective-from", "2026-07-01").Error.ShouldContain("Release '2026-h1' already exists");
        Comp("rules", "draft", "x", "--from", "2026-h1", "--effective-from", "July").ExitCode.ShouldBe(ExitCodes.CannotRun);
        Comp("rules", "draft", "x", "--from", "nope", "--effective-from", "2026-07-01").Error.ShouldContain("No release 'nope'");
    }

    [Fact]
    public void Approve_by_someone_not_declared_or_in_a_role_they_do_not_hold_is_refused()
    {
        Comp("rules", "draft", "2099-h1", "--from", "2026-h1", "--effective-from", "2099-01-01");

        var intern = Comp("rules", "approve", "2099-h1", "--by", "Intern Bob", "--role", "intern");
        intern.ExitCode.ShouldBe(ExitCodes.Problems);
        intern.Error.ShouldContain("'Intern Bob' is not a declared approver; those who may approve are: Priya Raman, Mei Lin Tan, Tomás Alvarez.");

        var wrongRole = Comp("rules", "approve", "2099-h1", "--by", "Priya Raman", "--role", "head-of-total-rewards");
        wrongRole.ExitCode.ShouldBe(ExitCodes.Problems);
        wrongRole.Error.ShouldContain("Priya Raman does not hold the role 'head-of-total-rewards'; their roles are: framework-council.");
        ReleaseLoader.LoadDirectory(Path.Combine(_rules.Path, "releases", "2099-h1")).Release!.Manifest.Approvals.ShouldBeEmpty();
    }

    [Fact]
    public void Two_council_members_are_not_enough_when_the_policy_asks_for_the_head_of_total_rewards()
    {
        Comp("rules", "draft", "2099-h1", "--from", "2026-h1", "--effective-from", "2099-01-01");

        Comp("rules", "approve", "2099-h1", "--by", "Priya Raman", "--role", "framework-council").ExitCode.ShouldBe(ExitCodes.Ok);
        var second = Comp("rules", "approve", "2099-h1", "--by", "Mei Lin Tan", "--role", "framework-council");

        second.Out.ShouldContain("2099-h1 stays a draft until 1 more approval(s) of this content: 1 from head-of-total-rewards.");
        var manifest = ReleaseLoader.LoadDirectory(Path.Combine(_rules.Path, "releases", "2099-h1")).Release!.Manifest;
        manifest.Status.ShouldBe(ReleaseStatus.Draft);

        Comp("rules", "approve", "2099-h1", "--by", "tomás alvarez", "--role", "head-of-total-rewards").Out.ShouldContain("2099-h1 is approved");
    }

    [Fact]
    public void Approving_a_release_whose_date_has_passed_needs_the_retroactive_flag()
    {
        Comp("rules", "draft", "2026-h2", "--from", "2026-h1", "--effective-from", "2026-07-01");

        var refused = Comp("rules", "approve", "2026-h2", "--by", "Priya Raman", "--role", "framework-council");
        refused.ExitCode.ShouldBe(ExitCodes.Problems);
        refused.Error.ShouldContain("Release '2026-h2' takes effect on 2026-07-01, which has passed");
        refused.Error.ShouldContain("Approve with --retroactive if that is intended.");

        var accepted = Comp("rules", "approve", "2026-h2", "--by", "Priya Raman", "--role", "framework-council", "--retroactive");
        accepted.ExitCode.ShouldBe(ExitCodes.Ok);
        accepted.Out.ShouldContain("warning: Release '2026-h2' takes effect on 2026-07-01, which has passed");
    }

    [Fact]
    public void Approve_without_declared_approvers_says_how_to_declare_them()
    {
        File.Delete(Path.Combine(_rules.Path, "approvers.json"));
        Comp("rules", "draft", "2099-h1", "--from", "2026-h1", "--effective-from", "2099-01-01");

        var refused = Comp("rules", "approve", "2099-h1", "--by", "Priya Raman", "--role", "framework-council");

        refused.ExitCode.ShouldBe(ExitCodes.CannotRun);
        refused.Error.ShouldContain("No approvers are declared: create");
    }

    [Fact]
    public void Validate_reports_a_broken_approvers_file_at_its_line()
    {
        string approvers = Path.Combine(_rules.Path, "approvers.json");
        File.WriteAllText(approvers, File.ReadAllText(approvers).Replace("\"head-of-total-rewards\": 1", "\"head-of-total-rewards\": 3", StringComparison.Ordinal));

        var (code, output, _) = CliRunner.Run("rules", "validate", _rules.Path);

        code.ShouldBe(ExitCodes.Problems);
        output.ShouldContain("approvers.json:10:30: error JF1007: 3 approval(s) in role 'head-of-total-rewards' are required, but fewer people hold that role.");
    }
}
