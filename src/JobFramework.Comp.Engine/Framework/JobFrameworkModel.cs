using System.Collections.Frozen;

namespace JobFramework.Comp.Framework;

/// <summary>
/// The canonical, immutable job framework of one release: families, tracks and levels, focus areas,
/// regions, the skills catalog and roles. Built only by the release loader after validation, so every
/// reference in it resolves. Thread-safe.
/// </summary>
public sealed class JobFrameworkModel
{
    private readonly FrozenDictionary<string, JobFamily> _families;
    private readonly FrozenDictionary<string, Track> _tracks;
    private readonly FrozenDictionary<string, Region> _regions;
    private readonly FrozenDictionary<string, Skill> _skills;
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
        _families = families.ToFrozenDictionary(f => f.Id, StringComparer.Ordinal);
        _tracks = tracks.ToFrozenDictionary(t => t.Id, StringComparer.Ordinal);
        _regions = regions.ToFrozenDictionary(r => r.Id, StringComparer.Ordinal);
        _skills = skills.ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);
        _roles = roles.ToFrozenDictionary(r => r.Id, StringComparer.Ordinal);
        _rolesByPosition = roles.ToFrozenDictionary(r => (r.Family, r.Track, r.Level, r.Focus));
    }

    public string Company { get; }

    public IReadOnlyList<JobFamily> Families { get; }

    public IReadOnlyList<Track> Tracks { get; }

    public IReadOnlyList<Region> Regions { get; }

    public IReadOnlyList<FocusArea> FocusAreas { get; }

    public ProficiencyScale Scale { get; }

    public IReadOnlyList<SkillCluster> Clusters { get; }

    public IReadOnlyList<Skill> Skills { get; }

    public IReadOnlyList<Role> Roles { get; }

    public PlacementSettings Placement { get; }

    /// <summary>Name of the workflow that decides level-up eligibility.</summary>
    public string LevelUpWorkflow { get; }

    public JobFamily? FindFamily(string id) => _families.GetValueOrDefault(id);

    public Track? FindTrack(string id) => _tracks.GetValueOrDefault(id);

    public Region? FindRegion(string id) => _regions.GetValueOrDefault(id);

    public Skill? FindSkill(string id) => _skills.GetValueOrDefault(id);

    public Role? FindRole(string id) => _roles.GetValueOrDefault(id);

    /// <summary>The role at a position; focus "" means the level's general role.</summary>
    public Role? FindRole(string family, string track, int level, string focus) =>
        _rolesByPosition.GetValueOrDefault((family, track, level, focus));

    public bool HasFocusArea(string family, int level, string focus) =>
        FocusAreas.Any(f => f.Id == focus && f.Family == family && f.Level == level);
}
