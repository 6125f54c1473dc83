namespace JobFramework.Comp.Web.Tests;

/// <summary>
/// The sample rules with the sample pay-gap roster seeded for 2027-07-01, when release 2027-h2 (capability model,
/// categories of equal value) is in effect. The first development identity is replaced by Ines Hahn (DE030, IC3 in
/// Germany, in the "professional" category); the others are not in this roster.
/// </summary>
public sealed class TransparencySite : PageSite
{
    protected override IEnumerable<string> PeopleSettings() =>
    [
        "--Comp:People:SeedSnapshot=" + Repository.Sample("pay-gap.csv"),
        "--Comp:People:AsOf=2027-07-01",
        "--Comp:People:Identities:0:Id=ines",
        "--Comp:People:Identities:0:Name=Ines Hahn",
        "--Comp:People:Identities:0:Person=DE030",
        "--Comp:People:Identities:0:Description=an engineer (IC3, Germany) in the pay-gap sample",
    ];
}
