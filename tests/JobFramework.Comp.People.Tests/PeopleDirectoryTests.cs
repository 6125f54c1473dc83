using JobFramework.Comp.People.Access;
using JobFramework.Comp.People.Snapshots;

namespace JobFramework.Comp.People.Tests;

public class PeopleDirectoryTests
{
    private static readonly PeopleDirectory Directory = new(
        new SnapshotInfo("2026-11-30", SampleSnapshot.TakenOn, DateTimeOffset.UnixEpoch, "test", "2026-h1", 20), SampleSnapshot.People);

    private static readonly Viewer Ana = new("Ana Costa", "E1001");
    private static readonly Viewer Dieter = new("Dieter Braun", "E1004");
    private static readonly Viewer Erin = new("Erin Walsh", "E1005");

    [Fact]
    public void A_person_sees_themselves_and_no_colleague()
    {
        Directory.FindFor(Ana, "E1001")!.Name.ShouldBe("Ana Costa");
        Directory.FindFor(Ana, "E1002").ShouldBeNull();
        Directory.FindFor(Ana, "E1004").ShouldBeNull();
        Directory.VisibleTo(Ana).ShouldBeEmpty();
        Directory.IsManager("E1001").ShouldBeFalse();
    }

    [Fact]
    public void A_manager_sees_their_reports_and_theirs_in_turn_but_not_their_own_manager()
    {
        Directory.VisibleTo(Dieter).Select(p => p.Id).ShouldBe(["E1001", "E1002", "E1003", "E1006"], ignoreOrder: true);
        Directory.FindFor(Dieter, "E1005").ShouldBeNull();
        Directory.FindFor(Dieter, "E1007").ShouldBeNull();
        Directory.VisibleTo(Erin).Select(p => p.Id).ShouldBe(["E1001", "E1002", "E1003", "E1004", "E1006", "E1007", "E1008", "E1009", "E1019", "E1020"], ignoreOrder: true);
        Directory.FindFor(Erin, "E1007")!.Name.ShouldBe("Grace Tan");
    }

    [Fact]
    public void An_hr_partner_sees_their_scope_only()
    {
        var partner = new Viewer("Helen Park", null, HrPartner: new HrScope(["engineering", "data"], ["de", "uk"]));

        Directory.VisibleTo(partner).Select(p => p.Id).ShouldBe(["E1003", "E1004", "E1009", "E1020"], ignoreOrder: true);
        Directory.FindFor(partner, "E1001").ShouldBeNull();
        Directory.FindFor(partner, "E1020")!.Name.ShouldBe("Tobias Lang");
    }

    [Fact]
    public void A_comp_admin_sees_everyone_and_unknown_ids_answer_as_hidden_ones_do()
    {
        var admin = new Viewer("Priya Raman", null, CompAdmin: true);

        Directory.VisibleTo(admin).Count.ShouldBe(20);
        Directory.FindFor(admin, "E1019")!.Name.ShouldBe("Sam Okafor");
        Directory.FindFor(admin, "E0000").ShouldBeNull();
    }

    [Fact]
    public void Mentors_are_people_who_offered_never_the_asker()
    {
        Directory.Mentors("E1002", p => p.Family == "engineering").Select(p => p.Id).ShouldBe(["E1005", "E1019"], ignoreOrder: true);
    }
}
