using JobFramework.Comp.Framework;

namespace JobFramework.Comp.People.Roster;

/// <summary>
/// The release's own instances of the ids a roster names — families, tracks, regions, focus areas, skills. A field that
/// matches one is read as that instance, without allocating a string, so validation finds the employee already in
/// the release's terms and need not copy it; anything else is read as new text, for validation to report.
/// </summary>
internal sealed class FrameworkIds
{
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _ids;

    public FrameworkIds(JobFrameworkModel framework)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string id in framework.Families.Select(f => f.Id).Concat(framework.Tracks.Select(t => t.Id)).Concat(framework.Regions.Select(r => r.Id))
            .Concat(framework.FocusAreas.Select(f => f.Id)).Concat(framework.Skills.Select(s => s.Id)))
        {
            ids.TryAdd(id, id);
        }

        _ids = ids.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Text(ReadOnlySpan<char> field) => _ids.TryGetValue(field, out string? id) ? id : field.ToString();
}
