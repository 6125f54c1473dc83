using JobFramework.Comp.Framework;

namespace JobFramework.Comp.Evaluation;

/// <summary>
/// An employee snapshot as the rules see it. Built by <see cref="EmployeeReader"/> (which names the field
/// of any bad value) or directly by code. Salary is in the region's currency; <see cref="Currency"/>, when
/// given, must match the band's currency or placement rejects the input.
/// </summary>
public sealed record Employee
{
    public required string Id { get; init; }

    public required string Family { get; init; }

    public required string Track { get; init; }

    public required int Level { get; init; }

    /// <summary>Focus area id within the level, or "" for none.</summary>
    public string Focus { get; init; } = "";

    public required string Region { get; init; }

    /// <summary>Annual base salary in <see cref="Currency"/> (or the region's currency when that is null).</summary>
    public required decimal BaseSalary { get; init; }

    /// <summary>ISO 4217 code the salary is stated in; null means "the region's currency".</summary>
    public string? Currency { get; init; }

    /// <summary>Latest performance rating, 1–5.</summary>
    public int Rating { get; init; }

    public int MonthsInLevel { get; init; }

    /// <summary>Breadth of impact on the framework's 0–10 scope scale.</summary>
    public int Scope { get; init; }

    /// <summary>Direct and indirect reports.</summary>
    public int TeamSize { get; init; }

    /// <summary>People mentored or trained (leading peer training counts).</summary>
    public int Mentorship { get; init; }

    /// <summary>Thought-leadership contributions in the review period (talks, papers, standards work).</summary>
    public int ThoughtLeadership { get; init; }

    /// <summary>Budget owned, in the salary's currency.</summary>
    public decimal Budget { get; init; }

    public SkillHolding[] Skills { get; init; } = [];

    /// <summary>Completed certifications, trainings and upskilling paths, by id.</summary>
    public string[] Certifications { get; init; } = [];

    /// <summary>Values of the attributes the release declares (a pay step, a hire date…), by slot.</summary>
    public Model.AttributeValues Attributes { get; init; } = Model.AttributeValues.None;

    /// <summary>The proficiency held in a skill, or 0 when the skill is not held.</summary>
    public int ProficiencyIn(string skill)
    {
        foreach (var holding in Skills)
        {
            if (Ids.Same(holding.Skill, skill))
            {
                return holding.Proficiency;
            }
        }

        return 0;
    }
}
