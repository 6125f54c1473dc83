using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Engine.Tests.Support;
using JobFramework.Comp.Releases;

namespace JobFramework.Comp.Engine.Tests.Releases;

/// <summary>Drafts and approved releases side by side: which serves, which cannot, and why.</summary>
public class ReleaseGovernanceTests
{
    private static DateOnly D(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Sample_IsApprovedByTwoApprovalsOfItsExactContent()
    {
        var release = Samples.Release;
        release.Manifest.IsApproved.ShouldBeTrue();
        release.Manifest.RequiredApprovals.ShouldBe(2);
        release.Manifest.ApprovalsOf(release.ContentHash).ShouldBe(2);
        release.Manifest.ApprovedContentHash.ShouldBe(release.ContentHash);
    }

    [Fact]
    public void Load_ApprovedReleaseEditedAfterApproval_IsRejectedNamingBothHashes()
    {
        using var copy = new TempRelease(keepApproval: true);
        copy.Replace("tables/bands.json", "125500", "125600");

        var result = copy.Load();

        result.Release.ShouldBeNull();
        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Code.ShouldBe(Codes.Tampered);
        error.Location.File.ShouldEndWith("release.json");
        error.Location.Line.ShouldBe(copy.LineOf("release.json", "\"approvedContentHash\""));
        error.Message.ShouldContain("was edited after it was approved: approved content " + Samples.Release.ContentHash);
        error.Message.ShouldContain("current content sha256:");
    }

    [Fact]
    public void Load_ApprovedWithFewerApprovalsThanRequired_IsRejected()
    {
        using var copy = new TempRelease(keepApproval: true);
        copy.Replace("release.json", "\"requiredApprovals\": 2", "\"requiredApprovals\": 3");

        var error = copy.Load().Diagnostics.ShouldHaveSingleItem();

        error.Code.ShouldBe(Codes.Approval);
        error.Message.ShouldBe("Release '2026-h1' is marked approved with 2 of its 3 required approval(s) of this content.");
    }

    [Fact]
    public void Load_MarkedApprovedByHand_WithoutAnApprovedHash_IsRejected()
    {
        using var copy = new TempRelease();
        copy.Replace("release.json", "\"status\": \"draft\"", "\"status\": \"approved\"");

        copy.Load().Diagnostics.ShouldHaveSingleItem().Message.ShouldBe(Messages.ApprovedWithoutHash("2026-h1"));
    }

    [Fact]
    public void InEffectOn_ADraftNeverServes_EvenWhenItsDateHasCome()
    {
        using var rules = new TempRules();
        rules.Add("2026-h1", "2026-01-01", approved: true);
        rules.Add("2026-h2", "2026-07-01", approved: false);
        var catalog = rules.Load();

        catalog.Releases.Count.ShouldBe(2);
        catalog.InEffectOn(D("2026-08-01"), out _)!.Id.ShouldBe("2026-h1");
        catalog.Find("2026-h2")!.Manifest.IsApproved.ShouldBeFalse();
    }

    [Fact]
    public void InEffectOn_ADateOnlyADraftCovers_SaysSo()
    {
        using var rules = new TempRules();
        rules.Add("2027-h1", "2027-01-01", approved: true);
        rules.Add("2026-h2", "2026-07-01", approved: false);
        var catalog = rules.Load();

        catalog.InEffectOn(D("2026-09-01"), out var reason).ShouldBeNull();
        reason.ShouldBe(Messages.OnlyDraftCovers("2026-09-01", "2026-h2", "2026-07-01", 0, 2));
        catalog.InEffectOn(D("2026-06-01"), out reason).ShouldBeNull();
        reason.ShouldBe(Messages.BeforeFirstRelease("2026-06-01", "2027-h1", "2027-01-01"));
    }

    [Fact]
    public void Load_TwoApprovedReleasesOnOneDate_AreBothRejectedNamingEachOther()
    {
        using var rules = new TempRules();
        rules.Add("2026-h2-a", "2026-07-01", approved: true);
        rules.Add("2026-h2-b", "2026-07-01", approved: true);
        var catalog = rules.Load();

        catalog.Releases.ShouldBeEmpty();
        var errors = catalog.Diagnostics.Where(d => d.Code == Codes.AmbiguousEffectiveDate).ToList();
        errors.Count.ShouldBe(2);
        errors[0].Message.ShouldBe(Messages.AmbiguousEffectiveDate("2026-h2-a", "2026-h2-b", "2026-07-01"));
        errors[1].Message.ShouldBe(Messages.AmbiguousEffectiveDate("2026-h2-b", "2026-h2-a", "2026-07-01"));
    }

    [Fact]
    public void ManifestWriter_RendersWhatTheReaderReadsBack()
    {
        var manifest = Samples.Release.Manifest with { Changes = ["One", "Two \"quoted\""] };
        using var folder = new TempRelease(keepApproval: true);
        File.WriteAllText(folder.PathOf("release.json"), ManifestWriter.Render(manifest));

        var reloaded = folder.Load().Release.ShouldNotBeNull().Manifest;

        reloaded.ShouldBe(manifest, new ManifestComparer());
    }

    private sealed class ManifestComparer : IEqualityComparer<ReleaseManifest>
    {
        public bool Equals(ReleaseManifest? x, ReleaseManifest? y) =>
            x!.Id == y!.Id && x.EffectiveFrom == y.EffectiveFrom && x.Status == y.Status && x.RequiredApprovals == y.RequiredApprovals
            && x.Approvals.SequenceEqual(y.Approvals) && x.ApprovedContentHash == y.ApprovedContentHash && x.Changes.SequenceEqual(y.Changes) && x.Notes == y.Notes;

        public int GetHashCode(ReleaseManifest obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
