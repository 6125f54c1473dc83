using System.Globalization;
using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Framework;

namespace JobFramework.Comp.Mobility;

/// <summary>
/// An employee's move options: every move the release's mobility graph allows from the role they hold, plus
/// same-level roles whose core skills the employee personally covers at the settings' share, each judged
/// against the employee (readiness, gaps with learning steps, trainings, pay in the target band, blocking
/// rules — for a level up, the level-up workflow itself) and ranked deterministically with the reasons shown.
/// Works on the compiled graph: nothing is parsed per call.
/// </summary>
public static class MobilityAdvisor
{
    /// <summary>Validates the employee and ranks their moves. Uses the evaluator (one per thread).</summary>
    public static EvaluationResult<MobilityAdvice> Advise(Evaluator evaluator, Employee employee)
    {
        var prepared = evaluator.Prepare(employee);
        if (!prepared.Succeeded)
        {
            return EvaluationResult<MobilityAdvice>.Fail(prepared.Errors);
        }

        employee = prepared.Value!;
        var framework = evaluator.Release.Framework;
        var current = framework.FindRole(employee.Family, employee.Track, employee.Level, employee.Focus)
            ?? framework.FindRole(employee.Family, employee.Track, employee.Level, "");
        if (current is null)
        {
            return EvaluationResult<MobilityAdvice>.Fail("level", Messages.NoRoleForEmployee(employee.Family, employee.Track, employee.Level, employee.Focus));
        }

        // The employee's own band, to compare every target band with: looked up once, not per option.
        var currentBand = evaluator.BandFor(employee.Family, employee.Track, employee.Level, employee.Region, employee.Focus);
        var options = Candidates(evaluator.Release.Mobility, employee, current)
            .Select(c => Judge(evaluator, employee, current, c.Target, c.Reasons, c.Path, currentBand))
            .Order(MoveRanking.Comparer)
            .Select((option, index) => option with { Rank = index + 1 })
            .ToArray();
        return EvaluationResult<MobilityAdvice>.Ok(new MobilityAdvice(employee.Id, current, options));
    }

    private sealed record Candidate(Role Target, IReadOnlyList<MoveReason> Reasons, CareerPath? Path);

    private static List<Candidate> Candidates(MobilityGraph graph, Employee employee, Role current)
    {
        var candidates = new List<Candidate>();
        foreach (var edge in graph.MovesFrom(current.Id))
        {
            candidates.Add(new Candidate(edge.To, edge.Reasons, edge.Path));
        }

        // Transferable skills are the person's, not only the role's: an analyst who has learnt Python may
        // already cover a data engineer's core skills although the analyst role does not ask for it.
        foreach (var role in graph.RolesAtLevel(employee.Level))
        {
            if (ReferenceEquals(role, current) || role.CoreSkills.Count == 0 || candidates.Exists(c => ReferenceEquals(c.Target, role)))
            {
                continue;
            }

            var held = role.CoreSkills.Where(need => employee.ProficiencyIn(need.Skill) >= need.Proficiency).Select(need => need.Skill).ToArray();
            if (held.Length > 0 && held.Length >= graph.Rules.Settings.TransferableShare * role.CoreSkills.Count)
            {
                candidates.Add(new Candidate(role, [new MoveReason(MoveReasonKind.SharedSkills, string.Create(CultureInfo.InvariantCulture,
                    $"your skills cover {held.Length} of {role.CoreSkills.Count} core skills: {MobilityGraph.SkillNames(graph.Framework, held)}"))], null));
            }
        }

        return candidates;
    }

    private static MoveOption Judge(Evaluator evaluator, Employee employee, Role current, Role target, IReadOnlyList<MoveReason> reasons, CareerPath? path, Framework.PayBand? currentBand)
    {
        var framework = evaluator.Release.Framework;
        var rules = evaluator.Release.Mobility.Rules;
        var kind = MobilityGraph.KindOf(current, target);
        var gaps = new List<SkillGapPlan>();
        foreach (var need in target.CoreSkills)
        {
            int held = employee.ProficiencyIn(need.Skill);
            if (held < need.Proficiency)
            {
                // A training already completed is not a next step, even when the skill is still short.
                var steps = rules.LearningFor(need.Skill).Where(step => step.Training is null || !Completed(employee, step.Training)).ToArray();
                gaps.Add(new SkillGapPlan(need.Skill, framework.FindSkill(need.Skill)?.Name ?? need.Skill, need.Proficiency, held,
                    framework.Scale.LabelOf(need.Proficiency), held == 0 ? "none" : framework.Scale.LabelOf(held), steps));
            }
        }

        var trainings = (path?.RequiredTrainings ?? [])
            .Select(id => new TrainingStatus(rules.FindTraining(id)!, Completed(employee, id)))
            .ToArray();
        var blocks = Blocks(evaluator, employee, target, kind, trainings, out var band);
        var pay = band is null ? null : PayProtection.Apply(employee.BaseSalary, band, path?.ProtectPay ?? rules.Settings.ProtectPay, framework.Placement);
        int required = target.CoreSkills.Count;
        var readiness = new Readiness(required - gaps.Count, required,
            required == 0 ? 1m : decimal.Round((decimal)(required - gaps.Count) / required, 4, MidpointRounding.ToEven));
        decimal effort = Effort(gaps, trainings);
        var status = MoveOption.StatusOf(blocks, readiness, rules.Settings.ReadyShare);
        var option = new MoveOption(0, target, kind, status, reasons, blocks, readiness, gaps, trainings, effort, pay,
            band is null || currentBand is null ? null : new BandChange(currentBand, band), "");
        return option with { RankedBecause = MoveRanking.Explain(option) };
    }

    private static List<MoveBlock> Blocks(Evaluator evaluator, Employee employee, Role target, MoveKind kind, TrainingStatus[] trainings, out PayBand? band)
    {
        var framework = evaluator.Release.Framework;
        var settings = evaluator.Release.Mobility.Rules.Settings;
        var blocks = new List<MoveBlock>();
        if (employee.MonthsInLevel < settings.MinimumMonthsInLevel)
        {
            blocks.Add(new MoveBlock("minimumMonthsInLevel", Messages.TooSoonToMove(employee.MonthsInLevel, settings.MinimumMonthsInLevel)));
        }

        foreach (var training in trainings.Where(t => !t.Completed))
        {
            blocks.Add(new MoveBlock("requires:" + training.Training.Id, Messages.TrainingRequired(training.Training.Title, training.Training.Id, training.Training.EffortHours), ClosedByLearning: true));
        }

        // A level up is a promotion: the level-up workflow decides it, criterion by criterion.
        if (kind == MoveKind.Vertical)
        {
            var decision = evaluator.CheckEligibility(employee, new EligibilityTarget(RoleId: target.Id));
            if (!decision.Succeeded)
            {
                // Never an open level up the workflow could not judge.
                blocks.Add(new MoveBlock(framework.LevelUpWorkflow, string.Join("; ", decision.Errors)));
            }

            foreach (var unmet in decision.Value?.Criteria.Where(c => c.Outcome != RuleOutcome.Met) ?? [])
            {
                blocks.Add(new MoveBlock(decision.Value!.Workflow + ":" + unmet.Rule, unmet.Message ?? unmet.Rule, OnlySkills(unmet)));
            }
        }

        band = evaluator.BandFor(target.Family, target.Track, target.Level, employee.Region, target.Focus);
        if (band is null)
        {
            blocks.Add(new MoveBlock("targetBand", Messages.NoBand(target.Track, target.Level, employee.Region)));
        }

        return blocks;
    }

    // An unmet criterion learning closes: a leaf that names skill gaps, or a group whose unmet parts all are.
    // A rating, time in level or scope criterion is not closed by a course.
    private static bool OnlySkills(CriterionResult criterion)
    {
        var unmetParts = criterion.Children.Where(c => c.Outcome != RuleOutcome.Met).ToList();
        return criterion.Outcome == RuleOutcome.Unmet && (unmetParts.Count > 0 ? unmetParts.All(OnlySkills) : criterion.Gaps.Count > 0);
    }

    private static bool Completed(Employee employee, string training) => employee.Certifications.Contains(training, StringComparer.OrdinalIgnoreCase);

    // Closing a gap takes its whole learning pathway (every step the rules list for the skill, done in order),
    // so the effort adds up every step of every gap, plus the required trainings not yet done. A training
    // that is both a step and required counts once; a training already completed was dropped from the steps.
    private static decimal Effort(List<SkillGapPlan> gaps, TrainingStatus[] trainings)
    {
        decimal total = 0m;
        var counted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var step in gaps.SelectMany(g => g.Steps))
        {
            if (step.Training is null || counted.Add(step.Training))
            {
                total += step.EffortHours;
            }
        }

        foreach (var training in trainings.Where(t => !t.Completed && counted.Add(t.Training.Id)))
        {
            total += training.Training.EffortHours;
        }

        return MoveRanking.Normalize(total);
    }
}
