using JobFramework.Comp.People.Snapshots;

namespace JobFramework.Comp.People.Access;

/// <summary>The families and regions an HR partner looks after; an empty list means every one.</summary>
public sealed record HrScope(IReadOnlyList<string> Families, IReadOnlyList<string> Regions)
{
    public bool Covers(Person person) =>
        (Families.Count == 0 || Families.Contains(person.Family, StringComparer.OrdinalIgnoreCase))
        && (Regions.Count == 0 || Regions.Contains(person.Region, StringComparer.OrdinalIgnoreCase));

    public override string ToString() =>
        (Families.Count == 0 ? "every family" : string.Join(", ", Families)) + " in " + (Regions.Count == 0 ? "every region" : string.Join(", ", Regions));
}

/// <summary>
/// Who is looking: the person they are in the roster (null for someone who is not, an auditor say), and what
/// their roles let them see beyond themselves and their reports.
/// </summary>
public sealed record Viewer(string Name, string? PersonId, bool CompAdmin = false, HrScope? HrPartner = null);
