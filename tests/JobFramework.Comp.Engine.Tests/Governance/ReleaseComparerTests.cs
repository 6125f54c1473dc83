using JobFramework.Comp.Engine.Tests.Support;
using JobFramework.Comp.Governance;
using JobFramework.Comp.Releases;

namespace JobFramework.Comp.Engine.Tests.Governance;

/// <summary>The semantic diff on a draft changed in known ways.</summary>
public class ReleaseComparerTests
{
    private static (CompiledRelease From, CompiledRelease To) Changed(Action<TempRelease> edit)
    {
        using var copy = new TempRelease();
        edit(copy);
        var to = copy.Load();
        return (Samples.Release, to.Release ?? throw new InvalidOperationException(string.Join("\n", to.Diagnostics)));
    }

    [Fact]
    public void Compare_SameContent_IsEmpty()
    {
        var (from, to) = Changed(_ => { });
        ReleaseComparer.Compare(from, to).IsEmpty.ShouldBeTrue();
    }

    [Fact]
    public void Compare_AnAlignedBandRow_ChangesBothTracksWithTheMidsPercent()
    {
        var (from, to) = Changed(c => c.Replace("tables/bands.json", "[\"-\", 3, \"us\", \"USD\", 100500, 125500, 150500", "[\"-\", 3, \"us\", \"USD\", 104500, 130000, 156000"));

        var bands = ReleaseComparer.Compare(from, to).Bands;

        bands.Select(b => (b.Family, b.Track, b.Level, b.Region, b.Kind)).ShouldBe([("*", "ic", 3, "us", ChangeKind.Changed), ("*", "manager", 3, "us", ChangeKind.Changed)]);
        bands[0].Before!.Mid!.Value.Amount.ShouldBe(125500m);
        bands[0].After!.Mid!.Value.Amount.ShouldBe(130000m);
        bands[0].MidChangePercent.ShouldBe(3.59m);
    }

    [Fact]
    public void Compare_RoleSkillsRulesAndSkills_NameWhatChanged()
    {
        var (from, to) = Changed(c =>
        {
            c.Replace("workflows/level-up.json", "employee.rating >= 3", "employee.rating >= 4");
            c.Replace("skills.json", "\"name\": \"Tableau\"", "\"name\": \"Tableau and Power BI\"");
        });

        var diff = ReleaseComparer.Compare(from, to);

        diff.Rules.ShouldHaveSingleItem().ShouldBe(new ItemChange("level-up/PerformanceRating", ChangeKind.Changed, ["expression: employee.rating >= 3 -> employee.rating >= 4"]), new ItemChangeComparer());
        diff.Skills.ShouldHaveSingleItem().Details.ShouldBe(["name: Tableau -> Tableau and Power BI"]);
        diff.Bands.ShouldBeEmpty();
    }

    private sealed class ItemChangeComparer : IEqualityComparer<ItemChange>
    {
        public bool Equals(ItemChange? x, ItemChange? y) => x!.Id == y!.Id && x.Kind == y.Kind && x.Details.SequenceEqual(y.Details);

        public int GetHashCode(ItemChange obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
