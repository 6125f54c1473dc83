using System.Globalization;
using JobFramework.Comp.Framework;

namespace JobFramework.Comp.Mobility;

/// <summary>
/// Every legitimate move between the roles of a release, computed once at load: named paths, the next level
/// on the same track, the aligned level on the other track, and lateral moves on shared skills (a target
/// whose core skills the source role covers at the required proficiency, at least the settings' share).
/// Roles linked by shared skills form clusters. Immutable and thread-safe; queries allocate only their answer.
/// </summary>
public sealed class MobilityGraph
{
    private readonly Dictionary<string, MoveEdge[]> _out;
    private readonly Dictionary<string, string> _clusterOf;
    private readonly ILookup<int, Role> _byLevel;

    public MobilityGraph(JobFrameworkModel framework, MobilityRules rules)
    {
        Framework = framework;
        Rules = rules;
        var edges = new Dictionary<(string From, string To), List<MoveReason>>();
        var shared = new Dictionary<(string From, string To), string[]>();
        var paths = new Dictionary<(string From, string To), CareerPath>();
        void Add(Role from, Role to, MoveReasonKind kind, string text)
        {
            if (!edges.TryGetValue((from.Id, to.Id), out var reasons))
            {
                edges[(from.Id, to.Id)] = reasons = [];
            }

            reasons.Add(new MoveReason(kind, text));
        }

        foreach (var path in rules.Paths)
        {
            var (from, to) = (framework.FindRole(path.From)!, framework.FindRole(path.To)!);
            paths[(from.Id, to.Id)] = path;
            Add(from, to, MoveReasonKind.ExplicitPath, "named career path: " + path.Reason);
        }

        var byLevel = _byLevel = framework.Roles.OrderBy(r => r.Id, StringComparer.Ordinal).ToLookup(r => r.Level);
        foreach (var from in framework.Roles)
        {
            AddStructural(framework, from, Add);
            foreach (var to in byLevel[from.Level])
            {
                if (to.Id == from.Id || to.CoreSkills.Count == 0)
                {
                    continue;
                }

                var covered = to.CoreSkillArray.Where(need => Covers(from, need)).Select(need => need.Skill).ToArray();
                if (covered.Length > 0 && covered.Length >= rules.Settings.TransferableShare * to.CoreSkills.Count)
                {
                    shared[(from.Id, to.Id)] = covered;
                    Add(from, to, MoveReasonKind.SharedSkills, string.Create(CultureInfo.InvariantCulture,
                        $"shares {covered.Length} of {to.CoreSkills.Count} core skills: {SkillNames(framework, covered)}"));
                }
            }
        }

        _out = edges
            .Select(e => new MoveEdge(framework.FindRole(e.Key.From)!, framework.FindRole(e.Key.To)!, KindOf(framework.FindRole(e.Key.From)!, framework.FindRole(e.Key.To)!),
                e.Value, shared.GetValueOrDefault(e.Key) ?? [], paths.GetValueOrDefault(e.Key)))
            .GroupBy(e => e.From.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(e => e.To.Id, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        _clusterOf = Clusters(framework, shared.Keys);
    }

    public JobFrameworkModel Framework { get; }

    public MobilityRules Rules { get; }

    /// <summary>The moves out of a role, by target id.</summary>
    public IReadOnlyList<MoveEdge> MovesFrom(string roleId) => _out.GetValueOrDefault(roleId) ?? [];

    /// <summary>The roles at a level, on any track, by id.</summary>
    public IEnumerable<Role> RolesAtLevel(int level) => _byLevel[level];

    /// <summary>The cluster of roles sharing competencies with this one (named by its first role id).</summary>
    public string ClusterOf(string roleId) => _clusterOf.GetValueOrDefault(roleId) ?? roleId;

    public static MoveKind KindOf(Role from, Role to) =>
        from.Track != to.Track ? MoveKind.TrackSwitch : to.Level > from.Level ? MoveKind.Vertical : MoveKind.Lateral;

    private static bool Covers(Role role, SkillRequirement need)
    {
        foreach (var held in role.CoreSkillArray)
        {
            if (held.Skill == need.Skill && held.Proficiency >= need.Proficiency)
            {
                return true;
            }
        }

        foreach (var held in role.OptionalSkillArray)
        {
            if (held.Skill == need.Skill && held.Proficiency >= need.Proficiency)
            {
                return true;
            }
        }

        return false;
    }

    // The next level on the same track (same focus, else the level's general role) and the aligned level on
    // the other track (IC5 ↔ M5 carry the same scope; whether the band is the same is the bands' to say,
    // and each employee's options compare the bands actually looked up).
    private static void AddStructural(JobFrameworkModel framework, Role from, Action<Role, Role, MoveReasonKind, string> add)
    {
        var track = framework.FindTrack(from.Track)!;
        if (track.NextAbove(from.Level) is { } next
            && (framework.FindRole(from.Family, from.Track, next.Number, from.Focus) ?? framework.FindRole(from.Family, from.Track, next.Number, "")) is { } up)
        {
            add(from, up, MoveReasonKind.NextLevel, $"next level on the {track.Name} track ({next.Code})");
        }

        foreach (var other in framework.Tracks.Where(t => t.Id != from.Track))
        {
            if (other.FindLevel(from.Level) is { } aligned && framework.FindRole(from.Family, other.Id, from.Level, "") is { } across)
            {
                add(from, across, MoveReasonKind.AlignedTrack, $"aligned level on the {other.Name} track ({aligned.Code}): the same scope");
            }
        }
    }

    // Connected components of the shared-skill moves, each named by its smallest role id.
    private static Dictionary<string, string> Clusters(JobFrameworkModel framework, IEnumerable<(string From, string To)> links)
    {
        var parent = framework.Roles.ToDictionary(r => r.Id, r => r.Id, StringComparer.Ordinal);
        string Find(string id) => parent[id] == id ? id : parent[id] = Find(parent[id]);
        foreach (var (from, to) in links)
        {
            var (a, b) = (Find(from), Find(to));
            if (a != b)
            {
                parent[string.CompareOrdinal(a, b) < 0 ? b : a] = string.CompareOrdinal(a, b) < 0 ? a : b;
            }
        }

        return framework.Roles.ToDictionary(r => r.Id, r => Find(r.Id), StringComparer.Ordinal);
    }

    /// <summary>Skills by their names, as people read them ("SQL, Statistics"), in the order given.</summary>
    internal static string SkillNames(JobFrameworkModel framework, IEnumerable<string> skills) =>
        string.Join(", ", skills.Select(id => framework.FindSkill(id)?.Name ?? id));
}
