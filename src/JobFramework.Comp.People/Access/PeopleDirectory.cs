using JobFramework.Comp.People.Snapshots;

namespace JobFramework.Comp.People.Access;

/// <summary>
/// One snapshot's people, indexed for the pages: by id, each manager's reports (direct and indirect), and
/// who may see whom — a person themselves, their managers up the chain, an HR partner within their scope,
/// comp admins everyone. Every page and export asks <see cref="CanSee"/> or <see cref="VisibleTo"/>; an id
/// outside the viewer's scope answers exactly as an unknown id does.
/// </summary>
public sealed class PeopleDirectory
{
    private readonly Dictionary<string, Person> _byId;
    private readonly ILookup<string, Person> _directReports;

    public PeopleDirectory(SnapshotInfo snapshot, IReadOnlyList<Person> people)
    {
        Snapshot = snapshot;
        People = [.. people.OrderBy(p => p.Name, StringComparer.CurrentCulture).ThenBy(p => p.Id, StringComparer.Ordinal)];
        _byId = people.ToDictionary(p => p.Id, StringComparer.Ordinal);
        _directReports = people.Where(p => p.ManagerId is not null).ToLookup(p => p.ManagerId!, StringComparer.Ordinal);
    }

    public SnapshotInfo Snapshot { get; }

    /// <summary>Everyone, by name.</summary>
    public IReadOnlyList<Person> People { get; }

    public Person? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The person <paramref name="id"/> when <paramref name="viewer"/> may see them, otherwise null (as for an unknown id).</summary>
    public Person? FindFor(Viewer viewer, string id) => Find(id) is { } person && CanSee(viewer, person) ? person : null;

    /// <summary>Whether someone manages anyone: the team view is theirs.</summary>
    public bool IsManager(string? personId) => personId is not null && _directReports.Contains(personId);

    /// <summary>Whether the team view is the viewer's: comp admins, HR partners and anyone with reports.</summary>
    public bool HasTeamView(Viewer viewer) => viewer.CompAdmin || viewer.HrPartner is not null || IsManager(viewer.PersonId);

    /// <summary>A manager's direct and indirect reports, by name.</summary>
    public IReadOnlyList<Person> ReportsOf(string managerId)
    {
        var reports = new List<Person>();
        var pending = new Queue<string>([managerId]);
        var seen = new HashSet<string>(StringComparer.Ordinal) { managerId };
        while (pending.TryDequeue(out var id))
        {
            foreach (var report in _directReports[id])
            {
                if (seen.Add(report.Id))
                {
                    reports.Add(report);
                    pending.Enqueue(report.Id);
                }
            }
        }

        return [.. reports.OrderBy(p => p.Name, StringComparer.CurrentCulture).ThenBy(p => p.Id, StringComparer.Ordinal)];
    }

    public bool CanSee(Viewer viewer, Person person) =>
        viewer.CompAdmin
        || person.Id == viewer.PersonId
        || viewer.HrPartner?.Covers(person) == true
        || (viewer.PersonId is { } self && ManagesChainOf(self, person));

    /// <summary>The people a team view shows <paramref name="viewer"/>: everyone for comp admins, an HR partner's scope, a manager's reports — never the viewer.</summary>
    public IReadOnlyList<Person> VisibleTo(Viewer viewer)
    {
        if (viewer.CompAdmin)
        {
            return [.. People.Where(p => p.Id != viewer.PersonId)];
        }

        var reports = viewer.PersonId is { } self ? ReportsOf(self) : [];
        return viewer.HrPartner is { } scope
            ? [.. People.Where(p => p.Id != viewer.PersonId && (scope.Covers(p) || reports.Contains(p)))]
            : reports;
    }

    /// <summary>People who offered to mentor and match <paramref name="holds"/>, by name, never the asker.</summary>
    public IReadOnlyList<Person> Mentors(string askerId, Func<Person, bool> holds) =>
        [.. People.Where(p => p.Mentor && p.Id != askerId && holds(p))];

    // The snapshot reader refused circles, so walking up ends; the bound guards a directory built by other code.
    private bool ManagesChainOf(string managerId, Person person)
    {
        var current = person;
        for (int step = 0; step < _byId.Count && current.ManagerId is { } next; step++)
        {
            if (next == managerId)
            {
                return true;
            }

            if (!_byId.TryGetValue(next, out current!))
            {
                return false;
            }
        }

        return false;
    }
}
