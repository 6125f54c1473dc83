using System.Collections.Frozen;

namespace JobFramework.Comp.Framework;

/// <summary>
/// The canonical, immutable job framework of one release: families, tracks and levels, focus areas,
/// regions, the skills catalog and roles. Built only by the release loader after validation, so every
/// reference in it resolves. Thread-safe.
/// </summary>
public sealed class JobFrameworkModel
{
    private readonly IdIndex<JobFamily> _families;
    private readonly IdIndex<Track> _tracks;
    private readonly IdIndex<Region> _regions;
    private readonly IdIndex<Skill> _skills;
    private readonly FrozenDictionary<string, Role> _roles;
    private readonly FrozenDictionary<(string Family, string Track, int Level, string Focus), Role> _rolesByPosition;

    internal JobFrameworkModel(
        string company,
        IReadOnlyList<JobFamily> families,
        IReadOnlyList<Track> tracks,
        IReadOnlyList<Region> regions,
        IReadOnlyList<FocusArea> focusAreas,
        ProficiencyScale scale,
        IReadOnlyList<SkillCluster> clusters,
        IReadOnlyList<Skill> skills,
        IReadOnlyList<Role> roles,
        PlacementSettings placement,
        string levelUpWorkflow)
    {
        Company = company;
        Families = families;
        Tracks = tracks;
        Regions = regions;
        FocusAreas = focusAreas;
        Scale = scale;
        Clusters = clusters;
        Skills = skills;
        Roles = roles;
        Placement = placement;
        LevelUpWorkflow = levelUpWorkflow;
        _families = new IdIndex<JobFamily>(families.Select(f => KeyValuePair.Create(f.Id, f)));
        _tracks = new IdIndex<Track>(tracks.Select(t => KeyValuePair.Create(t.Id, t)));
        _regions = new IdIndex<Region>(regions.Select(r => KeyValuePair.Create(r.Id, r)));
        _skills = new IdIndex<Skill>(skills.Select(s => KeyValuePair.Create(s.Id, s)));
        _roles = roles.ToFrozenDictionary(r => r.Id, StringComparer.Ordinal);
        // Two roles at one position are reported by the loader (the release is rejected); the first keeps the model whole meanwhile.
        _rolesByPosition = roles.DistinctBy(r => (r.Family, r.Track, r.Level, r.Focus)).ToFrozenDictionary(r => (r.Family, r.Track, r.Level, r.Focus));
    }

    public string Company { get; }

    /// <summary>Employee attributes this release declares beyond the built-in fields (none by default).</summary>
    public IReadOnlyList<Model.DeclaredAttribute> Attributes { get; init; } = [];

    /// <summary>The named, effective-dated values the release declares, read by rules as <c>constants.name</c>.</summary>
    public IReadOnlyList<Model.DeclaredConstant> Constants { get; init; } = [];

    /// <summary>A declared attribute by name, or null.</summary>
    public Model.DeclaredAttribute? FindAttribute(string name)
    {
        foreach (var attribute in Attributes)
        {
            if (string.Equals(attribute.Name, name, StringComparison.Ordinal))
            {
                return attribute;
            }
        }

        return null;
    }

    public IReadOnlyList<JobFamily> Families { get; }

    public IReadOnlyList<Track> Tracks { get; }

    public IReadOnlyList<Region> Regions { get; }

    public IReadOnlyList<FocusArea> FocusAreas { get; }

    public ProficiencyScale Scale { get; }

    public IReadOnlyList<SkillCluster> Clusters { get; }

    public IReadOnlyList<Skill> Skills { get; }

    public IReadOnlyList<Role> Roles { get; }

    public PlacementSettings Placement { get; }

    /// <summary>Which governance lints the release runs at load, and how strictly.</summary>
    public Governance.GovernanceSettings Governance { get; init; } = Comp.Governance.GovernanceSettings.Default;

    /// <summary>What the people pages may show (framework.json <c>pages</c>); by default employees see their own pay.</summary>
    public PageSettings Pages { get; init; } = PageSettings.Default;

    /// <summary>Name of the workflow that decides level-up eligibility.</summary>
    public string LevelUpWorkflow { get; }

    public JobFamily? FindFamily(string id) => _families.TryGetValue(id, out var family) ? family : null;

    public Track? FindTrack(string id) => _tracks.TryGetValue(id, out var track) ? track : null;

    public Region? FindRegion(string id) => _regions.TryGetValue(id, out var region) ? region : null;

    public Skill? FindSkill(string id) => _skills.TryGetValue(id, out var skill) ? skill : null;

    public Role? FindRole(string id) => _roles.TryGetValue(id, out var role) ? role : null;

    /// <summary>The role at a position; focus "" means the level's general role.</summary>
    public Role? FindRole(string family, string track, int level, string focus) =>
        _rolesByPosition.TryGetValue((family, track, level, focus), out var role) ? role : null;

    public bool HasFocusArea(string family, int level, string focus) => FindFocusArea(family, level, focus) is not null;

    public FocusArea? FindFocusArea(string family, int level, string focus) =>
        FocusAreas.FirstOrDefault(f => f.Id == focus && f.Family == family && f.Level == level);
}
