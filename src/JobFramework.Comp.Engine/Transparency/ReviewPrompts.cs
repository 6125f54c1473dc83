using System.Globalization;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Framework;

namespace JobFramework.Comp.Transparency;

/// <summary>
/// Conversation prompts for a review, drawn from the guide's facts: open questions about strengths, every unmet
/// criterion as something to talk through, every goal with its learning, and the next level's expectations.
/// Addressed to the employee ("you"), never gendered.
/// </summary>
internal static class ReviewPrompts
{
    public static IReadOnlyList<string> For(Level level, IReadOnlyList<Competency> competencies, EligibilityDecision decision, LevelExpectation? next, IReadOnlyList<DevelopmentGoal> goals, ProficiencyScale scale)
    {
        var prompts = new List<string>();
        foreach (var strength in competencies.Where(c => c.Standing == Standing.Above))
        {
            prompts.Add($"You hold {strength.Name} at {strength.HeldLabel}, above what {level.Code} expects: where has that made a difference this cycle, and who could learn from it?");
        }

        foreach (var criterion in decision.Criteria.SelectMany(c => c.Leaves()).Where(c => c.Outcome == RuleOutcome.Unmet && c.Message is not null))
        {
            prompts.Add($"{criterion.Message} What would need to change, and what support would help?");
        }

        foreach (var goal in goals)
        {
            string from = goal.From == 0 ? "none yet" : scale.LabelOf(goal.From);
            string learning = goal.Learning.Count == 0 ? "" : " The framework lists: " + string.Join("; ", goal.Learning.Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.Title} ({l.Kind}, {l.EffortHours} h)"))) + ".";
            prompts.Add($"Growing {goal.Name} from {from} to {goal.ToLabel}{(goal.ToIndicator is null ? "" : $" (\"{goal.ToIndicator}\")")}: which of these fits your work?{learning}");
        }

        if (next is not null && decision.TargetLevelCode is { } code)
        {
            prompts.Add($"{code} expects: {next.Scope} {next.Impact} Where have you already worked like this, and what would let you do it more?");
        }

        if (decision.Eligible)
        {
            prompts.Add($"Every level-up criterion for {decision.TargetLevelCode} is met: is a promotion case the next step, and who should review it?");
        }

        return prompts;
    }
}
