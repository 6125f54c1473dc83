using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Framework;
using JobFramework.Comp.Releases;

namespace JobFramework.Comp.Evaluation;

/// <summary>
/// Evaluates employees against one compiled release: band placement and level-up (or role) eligibility.
/// Deterministic: the same employee and release always give the same result. An evaluator reuses its
/// scratch space between calls, so it is not thread-safe — create one per thread; they are cheap.
/// </summary>
public sealed partial class Evaluator
{
    private readonly EvaluationScope _scope;
    private readonly RuleOutcome[] _outcomes;
    private readonly CompiledWorkflow? _levelUp;

    public Evaluator(CompiledRelease release)
    {
        Release = release;
        _scope = new EvaluationScope(release);
        _levelUp = release.LevelUpWorkflow;
        _outcomes = new RuleOutcome[Math.Max(1, release.Workflows.Values.Select(w => w.SlotCount).DefaultIfEmpty(0).Max())];
        _scope.Computed = new object?[release.Workflows.Values.Select(w => w.Outputs.Count).DefaultIfEmpty(0).Max()];
    }

    public CompiledRelease Release { get; }

    /// <summary>
    /// The date the evaluation is as of: the constants rules read are the values in effect then. Starts at the
    /// release's effective date; set it to the decision's as-of date before evaluating.
    /// </summary>
    public DateOnly AsOf
    {
        get => _scope.AsOf;
        set
        {
            if (value != _scope.AsOf)
            {
                _scope.SetAsOf(value);
            }
        }
    }

    public IReadOnlyList<InputError> Validate(Employee employee) => EmployeeValidator.Validate(Release.Framework, employee);

    /// <summary>
    /// Validates the employee against this release and returns it ready for the batch path
    /// (<see cref="TryPlaceValidated"/>, <see cref="IsEligibleForNextLevel"/>): its ids are the release's
    /// own instances, so lookups match them by reference. Fails with every input error otherwise.
    /// </summary>
    public EvaluationResult<Employee> Prepare(Employee employee)
    {
        var prepared = EmployeeValidator.Prepare(Release.Framework, employee, out var errors);
        return prepared is null ? EvaluationResult<Employee>.Fail(errors) : EvaluationResult<Employee>.Ok(prepared);
    }

    /// <summary>Validates the employee, then places their salary in their band.</summary>
    public EvaluationResult<Placement> Place(Employee employee)
    {
        var prepared = EmployeeValidator.Prepare(Release.Framework, employee, out var errors);
        if (prepared is null)
        {
            return EvaluationResult<Placement>.Fail(errors);
        }

        return TryPlaceValidated(prepared, out var placement, out var error) ? EvaluationResult<Placement>.Ok(placement) : EvaluationResult<Placement>.Fail([error!]);
    }

    /// <summary>
    /// Placement for an employee already validated against this release (the batch path); fastest for one
    /// returned by <see cref="Prepare"/>.
    /// </summary>
    public bool TryPlaceValidated(Employee employee, out Placement placement, out InputError? error)
    {
        Reset(employee);
        var band = _scope.FindCurrentBand();
        placement = default;
        if (band is null)
        {
            error = new InputError("level", Messages.NoBand(employee.Track, employee.Level, employee.Region));
            return false;
        }

        if (employee.Currency is not null && !string.Equals(employee.Currency, band.Currency.Code, StringComparison.OrdinalIgnoreCase))
        {
            error = new InputError("currency", Messages.SalaryCurrency(employee.Currency, band.Currency.Code));
            return false;
        }

        placement = PlacementCalculator.Place(employee.BaseSalary, band, Release.Framework.Placement);
        error = null;
        return true;
    }

    /// <summary>The band of a position (family, track, level, region, focus), or null when the band table has none.</summary>
    /// <remarks>
    /// A band table keyed on an employee attribute as well (a pay scale's step) is looked up with every attribute at
    /// its default, or its type's zero for a required one: such a position has no band of its own.
    /// </remarks>
    public PayBand? BandFor(string family, string track, int level, string region, string focus = "")
    {
        var attributes = Model.AttributeValues.DefaultsOf(Release.Framework.Attributes);
        Reset(new Employee { Id = "", Family = family, Track = track, Level = level, Region = region, Focus = focus, BaseSalary = 0m, Attributes = attributes });
        return _scope.FindCurrentBand();
    }

    /// <summary>
    /// Validates the employee and decides eligibility for the target (default: the next level on their
    /// track), explaining every criterion and naming each skill gap.
    /// </summary>
    public EvaluationResult<EligibilityDecision> CheckEligibility(Employee employee, EligibilityTarget? target = null)
    {
        var prepared = EmployeeValidator.Prepare(Release.Framework, employee, out var errors);
        if (prepared is null)
        {
            return EvaluationResult<EligibilityDecision>.Fail(errors);
        }

        employee = prepared;

        if (_levelUp is not { } workflow)
        {
            return EvaluationResult<EligibilityDecision>.Fail("workflow", Messages.NoLevelUpWorkflow(Release.Id));
        }

        Reset(employee);
        var resolved = ResolveTarget(employee, target);
        if (resolved.Error is not null)
        {
            return EvaluationResult<EligibilityDecision>.Fail([resolved.Error]);
        }

        if (resolved.Level is null)
        {
            var top = new CriterionResult("NextLevel", RuleOutcome.Unmet, Messages.NoNextLevel(employee.Track, employee.Level), [], []);
            return EvaluationResult<EligibilityDecision>.Ok(new EligibilityDecision(false, workflow.Name, employee.Track, employee.Level, null, null, null, null, [top], []));
        }

        _scope.SetTarget(resolved.Track, resolved.Level.Number, resolved.Role);
        var (eligible, criteria, gaps) = Run(workflow);
        var outputs = OutputEvaluator.Evaluate(workflow.Outputs, _scope);
        return EvaluationResult<EligibilityDecision>.Ok(new EligibilityDecision(
            eligible, workflow.Name, resolved.Track, resolved.Level.Number, resolved.Level.Code, resolved.Role?.Id, resolved.Role?.Title,
            _scope.FindTargetBand(), criteria, gaps) { Outputs = outputs });
    }

    /// <summary>
    /// Validates the employee and evaluates a named workflow of the release (a merit increase, a step increase, a
    /// retention flag — level-up too): every rule explained, every output computed. <c>target</c> in its rules is the
    /// next level on the employee's track, as in level-up. <paramref name="inputs"/> are the workflow's declared
    /// inputs, read by <see cref="WorkflowArguments"/>; none when it declares none.
    /// </summary>
    public EvaluationResult<WorkflowDecision> Evaluate(string workflowName, Employee employee, Model.AttributeValues? inputs = null)
    {
        var begun = Begin(workflowName, employee, inputs);
        if (begun.Workflow is not { } workflow)
        {
            return EvaluationResult<WorkflowDecision>.Fail(begun.Errors);
        }

        try
        {
            var (passed, criteria, gaps) = Run(workflow);
            var outputs = OutputEvaluator.Evaluate(workflow.Outputs, _scope);
            return EvaluationResult<WorkflowDecision>.Ok(new WorkflowDecision(workflow.Name, passed, criteria, gaps, outputs, _scope.Inputs));
        }
        finally
        {
            _scope.Inputs = Model.AttributeValues.None;
        }
    }

    /// <summary>
    /// What a results table shows of <see cref="Evaluate(string, Employee, Model.AttributeValues?)"/> — whether every
    /// rule was met, the unmet rules by name (nested ones where their parent was met), the outputs — without the
    /// explanations: no messages rendered, no skill gaps gathered. The batch path when nothing is recorded.
    /// </summary>
    public EvaluationResult<WorkflowVerdict> EvaluateVerdict(string workflowName, Employee employee, Model.AttributeValues? inputs = null)
    {
        var begun = Begin(workflowName, employee, inputs);
        if (begun.Workflow is not { } workflow)
        {
            return EvaluationResult<WorkflowVerdict>.Fail(begun.Errors);
        }

        try
        {
            var outcomes = _outcomes.AsSpan(0, workflow.SlotCount);
            bool passed = workflow.Evaluate(_scope, outcomes);
            List<string>? unmet = null;
            foreach (var rule in workflow.Rules)
            {
                AddUnmet(rule, outcomes, ref unmet);
            }

            return EvaluationResult<WorkflowVerdict>.Ok(new WorkflowVerdict(workflow.Name, passed, (IReadOnlyList<string>?)unmet ?? [], OutputEvaluator.Evaluate(workflow.Outputs, _scope)));
        }
        finally
        {
            _scope.Inputs = Model.AttributeValues.None;
        }
    }

    // The same rules an explained decision lists as unmet: an unmet rule by its name, else its unmet descendants.
    private static void AddUnmet(CompiledRule rule, ReadOnlySpan<RuleOutcome> outcomes, ref List<string>? unmet)
    {
        if (outcomes[rule.Slot] == RuleOutcome.Unmet)
        {
            (unmet ??= []).Add(rule.Name);
            return;
        }

        foreach (var child in rule.Children)
        {
            AddUnmet(child, outcomes, ref unmet);
        }
    }

    // Checks the workflow and the employee, then sets the scope up for the workflow's rules: the employee, the target
    // (the next level on their track, or their own at the top) and the workflow's inputs. Null workflow with the errors otherwise.
    private (CompiledWorkflow? Workflow, IReadOnlyList<InputError> Errors) Begin(string workflowName, Employee employee, Model.AttributeValues? inputs)
    {
        if (!Release.Workflows.TryGetValue(workflowName, out var workflow))
        {
            return (null, [new InputError("workflow", Release.UnknownWorkflow(workflowName))]);
        }

        if (workflow.OnRulesEngine is not null)
        {
            return (null, [new InputError("parameters", Messages.ParametersMissing(workflow.Parameters.Select(p => p.Name)))]);
        }

        if (inputs is not null && inputs.Declared.Count > 0 && !ReferenceEquals(inputs.Declared, workflow.Inputs))
        {
            return (null, [new InputError("inputs", Messages.InputsOfAnotherWorkflow(workflowName))]);
        }

        // None given: every input at its default (an error for a required one).
        if (inputs is null || inputs.Declared.Count < workflow.Inputs.Count)
        {
            var read = WorkflowArguments.FromJson(workflow.Definition, null);
            if (!read.Succeeded)
            {
                return (null, read.Errors);
            }

            inputs = read.Value!;
        }

        var prepared = EmployeeValidator.Prepare(Release.Framework, employee, out var errors);
        if (prepared is null)
        {
            return (null, errors);
        }

        Reset(prepared);
        var track = Release.Framework.FindTrack(prepared.Track)!;

        // The role there (the employee's focus area, else the level's general role) is looked up only if a rule reads it.
        _scope.SetTarget(track.Id, track.NextAbove(prepared.Level)?.Number ?? prepared.Level, null);
        _scope.Inputs = inputs;
        return (workflow, []);
    }

    /// <summary>
    /// Evaluates a RulesEngine workflow over its own named inputs (<c>RuleParameters</c>): <paramref name="parameters"/>
    /// is a JSON object with one property per parameter, checked against the declared schemas — every problem names
    /// its field (<c>parameters.input1.country</c>) — then run by RulesEngine 6.0.1 within the evaluation's budget.
    /// </summary>
    public EvaluationResult<WorkflowDecision> Evaluate(string workflowName, System.Text.Json.JsonElement? parameters)
    {
        if (!Release.Workflows.TryGetValue(workflowName, out var workflow))
        {
            return EvaluationResult<WorkflowDecision>.Fail("workflow", Release.UnknownWorkflow(workflowName));
        }

        if (workflow.OnRulesEngine is not { } onEngine)
        {
            return EvaluationResult<WorkflowDecision>.Fail("parameters", Messages.WorkflowTakesEmployee(workflowName));
        }

        if (workflow.Native is not { } native)
        {
            return onEngine.Evaluate(parameters);
        }

        // The typed compiler took it: the same parameter reading, the values in the slots its rules read.
        var read = Interop.ParameterValues.FromJson(workflow.Parameters, parameters);
        if (!read.Succeeded)
        {
            return EvaluationResult<WorkflowDecision>.Fail(read.Errors);
        }

        _scope.Inputs = native.Values(read.Value!.Roots);
        try
        {
            var (passed, criteria, gaps) = Run(workflow);
            return EvaluationResult<WorkflowDecision>.Ok(new WorkflowDecision(workflow.Name, passed, criteria, gaps, [], Model.AttributeValues.None)
            {
                Parameters = read.Value.Canonical,
            });
        }
        finally
        {
            _scope.Inputs = Model.AttributeValues.None;
        }
    }

    /// <summary>
    /// The level-up verdict alone, for an employee already validated (best: returned by <see cref="Prepare"/>):
    /// the batch and benchmark path. Stops at the first unmet rule, so it explains nothing.
    /// </summary>
    public bool IsEligibleForNextLevel(Employee employee)
    {
        Reset(employee);
        var track = Release.Framework.FindTrack(employee.Track);
        var next = track?.NextAbove(employee.Level);
        if (next is null)
        {
            return false;
        }

        _scope.SetTarget(employee.Track, next.Number, null);
        return _levelUp?.IsSatisfied(_scope) ?? false;
    }

    private void Reset(Employee employee) => _scope.Reset(employee);

    // Every rule evaluated and explained, and the skill gaps across them (the largest requirement per skill).
    private (bool Passed, CriterionResult[] Criteria, SkillGap[] Gaps) Run(CompiledWorkflow workflow)
    {
        bool passed = workflow.Evaluate(_scope, _outcomes.AsSpan(0, workflow.SlotCount));
        var criteria = new CriterionResult[workflow.Rules.Count];
        for (int i = 0; i < criteria.Length; i++)
        {
            criteria[i] = Explain(workflow.Rules[i], _outcomes);
        }

        return (passed, criteria, LargestGapPerSkill(criteria));
    }

    // Most decisions name no gap: gathering them allocates only when one exists (a roster evaluates a million of them).
    private static SkillGap[] LargestGapPerSkill(CriterionResult[] criteria)
    {
        SortedDictionary<string, SkillGap>? largest = null;
        foreach (var criterion in criteria)
        {
            Gather(criterion, ref largest);
        }

        return largest is null ? [] : [.. largest.Values];

        static void Gather(CriterionResult criterion, ref SortedDictionary<string, SkillGap>? largest)
        {
            foreach (var gap in criterion.Gaps)
            {
                largest ??= new SortedDictionary<string, SkillGap>(StringComparer.Ordinal);
                if (!largest.TryGetValue(gap.Skill, out var known) || gap.Required > known.Required)
                {
                    largest[gap.Skill] = gap;
                }
            }

            foreach (var child in criterion.Children)
            {
                Gather(child, ref largest);
            }
        }
    }

    private sealed record ResolvedTarget(string Track, Level? Level, Role? Role, InputError? Error);

    private ResolvedTarget ResolveTarget(Employee employee, EligibilityTarget? target)
    {
        var framework = Release.Framework;
        if (target?.RoleId is { } roleId)
        {
            var role = framework.FindRole(roleId);
            if (role is null)
            {
                return new ResolvedTarget("", null, null, new InputError("target.roleId", Messages.UnknownValue("role", roleId, Json.ObjectReader.Suggest(roleId, framework.Roles.Select(r => r.Id)))));
            }

            return new ResolvedTarget(role.Track, framework.FindTrack(role.Track)!.FindLevel(role.Level), role, null);
        }

        var track = framework.FindTrack(employee.Track)!;
        Level? level;
        if (target?.Level is { } number)
        {
            level = track.FindLevel(number);
            if (level is null)
            {
                return new ResolvedTarget("", null, null, new InputError("target.level", Messages.LevelNotInTrack(number, track.Id, [.. track.Levels.Select(l => l.Number)])));
            }
        }
        else
        {
            level = track.NextAbove(employee.Level);
        }

        // Keep the employee's focus area at the target when a role exists for it; otherwise the level's general role.
        var targetRole = level is null ? null
            : framework.FindRole(employee.Family, track.Id, level.Number, employee.Focus) ?? framework.FindRole(employee.Family, track.Id, level.Number, "");
        return new ResolvedTarget(track.Id, level, targetRole, null);
    }

    private CriterionResult Explain(CompiledRule rule, ReadOnlySpan<RuleOutcome> outcomes)
    {
        var outcome = outcomes[rule.Slot];
        var children = new CriterionResult[rule.Children.Count];
        for (int i = 0; i < children.Length; i++)
        {
            children[i] = Explain(rule.Children[i], outcomes);
        }

        string? message = outcome switch
        {
            RuleOutcome.Met => NullIfEmpty(rule.SuccessEvent.Render(_scope)),
            RuleOutcome.Unmet => NullIfEmpty(rule.ErrorMessage.Render(_scope)),
            RuleOutcome.Error => rule.ErrorText(_scope),
            _ => null,
        };
        var gaps = outcome == RuleOutcome.Unmet ? GapsOf(rule) : [];
        var action = outcome switch { RuleOutcome.Met => rule.OnSuccess, RuleOutcome.Unmet => rule.OnFailure, _ => null };
        string? output = action is null ? null
            : RuleErrors.TryEvaluate(() => Expressions.Runtime.Format(action.Value(_scope)), out var text) ? text : "?";
        return new CriterionResult(rule.Name, outcome, message, gaps, children) { ActionOutput = output };
    }

    private SkillGap[] GapsOf(CompiledRule rule)
    {
        var gaps = new List<SkillGap>();
        foreach (var check in rule.SkillChecks)
        {
            if (!RuleErrors.TryEvaluate(() => check.Requirements(_scope), out var requirements))
            {
                continue;
            }

            foreach (var requirement in requirements)
            {
                int held = _scope.Employee.ProficiencyIn(requirement.Skill);
                if (held < requirement.Proficiency)
                {
                    string name = Release.Framework.FindSkill(requirement.Skill)?.Name ?? requirement.Skill;
                    gaps.Add(new SkillGap(requirement.Skill, name, requirement.Proficiency, held));
                }
            }
        }

        return [.. gaps];
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
