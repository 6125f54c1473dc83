using JobFramework.Comp.Api.Hosting;
using JobFramework.Comp.Api.People;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Monetary;
using JobFramework.Comp.People.Snapshots;

namespace JobFramework.Comp.Api.Pages.Team;

/// <summary>One team member as the team view shows them: their placement (null when the release cannot place them) and level-up decision.</summary>
public sealed record TeamMember(Person Person, Employee Employee, Placement? Placement, EligibilityDecision? Eligibility)
{
    /// <summary>The first criterion not met, in its own words: why they are not yet eligible.</summary>
    public string? FirstUnmet => Eligibility?.Criteria.FirstOrDefault(c => c.Outcome != RuleOutcome.Met) is { } criterion ? criterion.Message ?? criterion.Rule : null;
}

/// <summary>The people of one band (family, track, level, focus and region) with the band they share.</summary>
public sealed record BandGroup(string Label, Framework.PayBand Band, IReadOnlyList<TeamMember> Members);

/// <summary>
/// The team view's figures for the people a viewer may see, after the page's filters: band groups, the
/// compa-ratio distribution, who is eligible for the next level and why not, who is below band and what
/// reaching every minimum costs per currency.
/// </summary>
public sealed record TeamModel(IReadOnlyList<TeamMember> Members, IReadOnlyList<BandGroup> Bands, IReadOnlyList<(string Bucket, int Count)> CompaDistribution, IReadOnlyList<Money> CostToMinimum)
{
    private static readonly (string Label, decimal Below)[] Buckets = [("under 0.80", 0.80m), ("0.80–0.89", 0.90m), ("0.90–0.99", 1.00m), ("1.00–1.09", 1.10m), ("1.10–1.19", 1.20m), ("1.20 and over", decimal.MaxValue)];

    public static TeamModel Build(PeopleView view, ReleaseSet releases, IReadOnlyList<Person> people)
    {
        var evaluator = view.Evaluator(releases);
        var members = new List<TeamMember>(people.Count);
        foreach (var person in people)
        {
            if (view.Employees.TryGetValue(person.Id, out var employee))
            {
                var placement = evaluator.Place(employee);
                var eligibility = evaluator.CheckEligibility(employee);
                members.Add(new TeamMember(person, employee, placement.Succeeded ? placement.Value : null, eligibility.Value));
            }
        }

        var bands = members.Where(m => m.Placement is not null)
            .GroupBy(m => (m.Employee.Family, m.Employee.Track, m.Employee.Level, m.Employee.Focus, m.Employee.Region))
            .OrderBy(g => g.Key.Family, StringComparer.Ordinal).ThenBy(g => g.Key.Track, StringComparer.Ordinal).ThenBy(g => g.Key.Level).ThenBy(g => g.Key.Region, StringComparer.Ordinal)
            .Select(g => new BandGroup(Label(view, g.Key.Family, g.Key.Track, g.Key.Level, g.Key.Focus, g.Key.Region), g.First().Placement!.Value.Band, [.. g]))
            .ToList();
        var distribution = Buckets.Select((bucket, i) => (bucket.Label, members.Count(m =>
            m.Placement?.CompaRatio is { } compa && compa < bucket.Below && (i == 0 || compa >= Buckets[i - 1].Below)))).ToList();
        var cost = members.Where(m => m.Placement is { Position: BandPosition.Below })
            .GroupBy(m => m.Placement!.Value.Band.Currency.Code, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Select(m => m.Placement!.Value.AmountToMinimum).Aggregate((a, b) => a + b))
            .ToList();
        return new TeamModel(members, bands, distribution, cost);
    }

    private static string Label(PeopleView view, string family, string track, int level, string focus, string region)
    {
        var framework = view.Release.Framework;
        string levelCode = Shared.LevelCodes.Of(framework, track, level);
        string title = framework.FindRole(family, track, level, focus)?.Title ?? family;
        return $"{title} {levelCode}{(focus.Length > 0 ? " · " + focus : "")} · {framework.FindRegion(region)?.Name ?? region}";
    }
}
