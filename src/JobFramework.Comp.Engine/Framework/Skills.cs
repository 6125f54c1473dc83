namespace JobFramework.Comp.Framework;

/// <summary>A skill in the catalog, grouped into a cluster of related competencies.</summary>
public sealed record Skill(string Id, string Name, string Cluster);

/// <summary>A group of skills that share competencies; shared clusters make lateral moves legitimate.</summary>
public sealed record SkillCluster(string Id, string Name);

/// <summary>The proficiency scale every skill is measured on, with a label per step (1 = Awareness …).</summary>
public sealed record ProficiencyScale(int Min, int Max, IReadOnlyList<string> Labels)
{
    public string LabelOf(int proficiency) =>
        proficiency >= Min && proficiency <= Max && proficiency - Min < Labels.Count ? Labels[proficiency - Min] : proficiency.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A skill a role needs, at a minimum proficiency.</summary>
public sealed record SkillRequirement(string Skill, int Proficiency);

/// <summary>A skill an employee holds, at a proficiency. A value type so an employee's skills sit in one array.</summary>
public readonly record struct SkillHolding(string Skill, int Proficiency);
