namespace JobFramework.Comp.Framework;

/// <summary>
/// A job: family × track × level (× focus area), with the skills it needs and the scope it expects.
/// </summary>
public sealed record Role(
    string Id,
    string Title,
    string Family,
    string Track,
    int Level,
    string Focus,
    IReadOnlyList<SkillRequirement> CoreSkills,
    IReadOnlyList<SkillRequirement> OptionalSkills,
    ScopeExpectations Expectations)
{
    // Arrays for the compiled rules: indexing without interface dispatch.
    internal SkillRequirement[] CoreSkillArray { get; } = [.. CoreSkills];

    internal SkillRequirement[] OptionalSkillArray { get; } = [.. OptionalSkills];
}

/// <summary>The scope a role expects: breadth of impact (0–10), team size, people mentored, thought-leadership contributions.</summary>
public sealed record ScopeExpectations(int Scope, int TeamSize, int Mentorship, int ThoughtLeadership);
