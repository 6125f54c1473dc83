using JobFramework.Comp.Api.Hosting;
using JobFramework.Comp.Api.People;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Framework;
using JobFramework.Comp.Mobility;
using JobFramework.Comp.People.Snapshots;

namespace JobFramework.Comp.Api.Pages.Career;

/// <summary>A mentor for a move: who, what they are, and why they fit (the role, or the skills they hold at the level the move needs).</summary>
public sealed record Mentor(string Name, string RoleTitle, string Because);

/// <summary>
/// Everything the career explorer shows for one person, computed by the engine for the release in effect:
/// their role and its expectations, their band placement, the level-up decision with every criterion, and
/// their move options with mentors from the snapshot. Nothing here is recorded: these are explanations, not decisions.
/// </summary>
public sealed record CareerModel(
    Person Person,
    Employee Employee,
    string? ManagerName,
    Role? Role,
    Level? Level,
    EvaluationResult<Placement> Placement,
    EvaluationResult<EligibilityDecision> Eligibility,
    EvaluationResult<MobilityAdvice> Moves,
    IReadOnlyDictionary<string, IReadOnlyList<Mentor>> Mentors,
    Releases.CompiledRelease Release)
{
    public JobFrameworkModel Framework => Release.Framework;

    /// <summary>The learning steps the release lists for a skill.</summary>
    public IReadOnlyList<LearningStep> LearningFor(string skill) => Release.Mobility.Rules.LearningFor(skill);

    public ProficiencyScale Scale => Framework.Scale;

    /// <summary>The roles two moves around the person's role, each a link to its page with the route from here; null without a role.</summary>
    public string? Map => Role is { } origin && MobilityMap.From(Release.Mobility, origin.Id, 2) is { Succeeded: true } map
        ? Mobility.Rendering.MapSvg.Render(map.Value!, Framework, role => $"/roles/{Uri.EscapeDataString(role.Id)}?from={Uri.EscapeDataString(origin.Id)}")
        : null;

    public string SkillName(string id) => Framework.FindSkill(id)?.Name ?? id;

    private const int MentorsPerMove = 5;

    public static CareerModel Build(PeopleView view, ReleaseSet releases, Person person, Employee employee)
    {
        var evaluator = view.Evaluator(releases);
        var framework = view.Release.Framework;
        var moves = MobilityAdvisor.Advise(evaluator, employee);
        var mentors = new Dictionary<string, IReadOnlyList<Mentor>>(StringComparer.Ordinal);
        foreach (var option in moves.Value?.Options ?? [])
        {
            mentors[option.Target.Id] = MentorsFor(view, framework, person, option);
        }

        return new CareerModel(
            person,
            employee,
            person.ManagerId is { } manager ? view.Directory.Find(manager)?.Name : null,
            framework.FindRole(employee.Family, employee.Track, employee.Level, employee.Focus),
            framework.FindTrack(employee.Track)?.FindLevel(employee.Level),
            evaluator.Place(employee),
            evaluator.CheckEligibility(employee),
            moves,
            mentors,
            view.Release);
    }

    /// <summary>"you would need Tableau at Practitioner; you have Working" — a gap in the scale's own words.</summary>
    public string Need(string skillName, int required, int held) =>
        $"You would need {skillName} at {Scale.LabelOf(required)}; you have {(held == 0 ? "none yet" : Scale.LabelOf(held))}.";

    // Mentors hold the target role (family, track, level and focus) or, failing that, at least one of the move's
    // gap skills at the proficiency it needs; those who cover more gaps come first.
    private static IReadOnlyList<Mentor> MentorsFor(PeopleView view, JobFrameworkModel framework, Person asker, MoveOption option)
    {
        var target = option.Target;
        var found = new List<(Mentor Mentor, int Score)>();
        foreach (var candidate in view.Directory.Mentors(asker.Id, _ => true))
        {
            if (!view.Employees.TryGetValue(candidate.Id, out var held))
            {
                continue;
            }

            string title = framework.FindRole(held.Family, held.Track, held.Level, held.Focus)?.Title ?? $"{held.Family} {held.Track} {held.Level}";
            if (held.Family == target.Family && held.Track == target.Track && held.Level == target.Level && held.Focus == target.Focus)
            {
                found.Add((new Mentor(candidate.Name, title, "holds the role"), int.MaxValue));
                continue;
            }

            var covered = option.Gaps.Where(g => held.ProficiencyIn(g.Skill) >= g.Required).Select(g => $"{g.SkillName} at {g.RequiredLabel}").ToList();
            if (covered.Count > 0)
            {
                found.Add((new Mentor(candidate.Name, title, "holds " + string.Join(", ", covered)), covered.Count));
            }
        }

        return [.. found.OrderByDescending(f => f.Score).ThenBy(f => f.Mentor.Name, StringComparer.CurrentCulture).Take(MentorsPerMove).Select(f => f.Mentor)];
    }
}
