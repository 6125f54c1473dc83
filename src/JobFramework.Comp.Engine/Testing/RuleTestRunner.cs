using System.Globalization;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Releases;

namespace JobFramework.Comp.Testing;

/// <summary>
/// Runs a release's test cases and reports every difference. The same runner serves the xunit suite and
/// <c>comp rules test</c>, so the comp team's CI and ours agree.
/// </summary>
public static class RuleTestRunner
{
    public sealed record CaseResult(RuleTestCase Case, IReadOnlyList<RuleTestFailure> Failures)
    {
        public bool Passed => Failures.Count == 0;
    }

    public static IReadOnlyList<CaseResult> Run(CompiledRelease release)
    {
        var evaluator = new Evaluator(release);
        return release.TestCases.Select(c => new CaseResult(c, RunCase(evaluator, c))).ToArray();
    }

    private static List<RuleTestFailure> RunCase(Evaluator evaluator, RuleTestCase testCase)
    {
        var failures = new List<RuleTestFailure>();
        void Compare(string field, string expected, string actual)
        {
            if (!string.Equals(expected, actual, StringComparison.Ordinal))
            {
                failures.Add(new RuleTestFailure(testCase.File, testCase.Span.Line, testCase.Name, field, expected, actual));
            }
        }

        if (testCase.AsOf < evaluator.Release.Manifest.EffectiveFrom)
        {
            Compare("asOf", "on or after " + evaluator.Release.Manifest.EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), testCase.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            return failures;
        }

        evaluator.AsOf = testCase.AsOf;
        if (testCase.ParametersJson is { } parametersJson)
        {
            using var document = System.Text.Json.JsonDocument.Parse(parametersJson);
            var decided = evaluator.Evaluate(testCase.Workflow!, document.RootElement);
            CompareWorkflow(testCase, decided, Compare);
            CompareErrors(testCase, decided.Errors, Compare);
            return failures;
        }

        var read = EmployeeReader.Read(testCase.EmployeeJson, evaluator.Release.Framework);
        var errors = read.Succeeded ? evaluator.Validate(read.Value!) : read.Errors;
        if (errors.Count == 0 && testCase.ExpectedPlacement.Count > 0)
        {
            if (!evaluator.TryPlaceValidated(read.Value!, out var placement, out var error))
            {
                errors = [error!];
            }
            else
            {
                var actual = PlacementFields(placement);
                foreach (var (field, expected) in testCase.ExpectedPlacement)
                {
                    Compare("placement." + field, expected, actual[field]);
                }
            }
        }

        if (errors.Count == 0 && testCase.ExpectedEligibility.Count > 0)
        {
            var decision = evaluator.CheckEligibility(read.Value!, testCase.Target);
            errors = decision.Errors;
            if (decision.Succeeded)
            {
                var actual = EligibilityFields(decision.Value!);
                foreach (var (field, expected) in testCase.ExpectedEligibility)
                {
                    Compare("eligibility." + field, expected, actual.GetValueOrDefault(field, "(no such output)"));
                }
            }
        }

        if (errors.Count == 0 && testCase.Workflow is { } workflowName)
        {
            errors = RunWorkflow(evaluator, testCase, workflowName, read.Value!, Compare);
        }

        if (errors.Count == 0 && testCase.AsksMobility)
        {
            var advice = Mobility.MobilityAdvisor.Advise(evaluator, read.Value!);
            errors = advice.Errors;
            if (advice.Succeeded)
            {
                var actual = MobilityFields(advice.Value!);
                foreach (var (field, expected) in testCase.ExpectedMobility)
                {
                    Compare("mobility." + field, expected, actual.GetValueOrDefault(field, field.Contains('.', StringComparison.Ordinal) ? "(not an option)" : "(no such output)"));
                }
            }
        }

        CompareErrors(testCase, errors, Compare);
        return failures;
    }

    private static void CompareErrors(RuleTestCase testCase, IReadOnlyList<InputError> errors, Action<string, string, string> compare)
    {
        string actualError = errors.Count == 0 ? "(no error)" : string.Join("; ", errors.Select(e => e.Field));
        if (testCase.ExpectedErrorField is not null)
        {
            if (!errors.Any(e => e.Field == testCase.ExpectedErrorField))
            {
                compare("error.field", testCase.ExpectedErrorField, actualError);
            }
        }
        else if (errors.Count > 0)
        {
            compare("input", "(valid)", string.Join("; ", errors));
        }
    }

    private static IReadOnlyList<InputError> RunWorkflow(Evaluator evaluator, RuleTestCase testCase, string workflowName, Employee employee, Action<string, string, string> compare)
    {
        if (evaluator.Release.FindWorkflow(workflowName) is not { } workflow)
        {
            return evaluator.Evaluate(workflowName, employee).Errors;
        }

        using var inputsDocument = testCase.InputsJson is null ? null : System.Text.Json.JsonDocument.Parse(testCase.InputsJson);
        var inputs = WorkflowArguments.FromJson(workflow, inputsDocument?.RootElement);
        if (!inputs.Succeeded)
        {
            return inputs.Errors;
        }

        var decision = evaluator.Evaluate(workflowName, employee, inputs.Value);
        CompareWorkflow(testCase, decision, compare);
        return decision.Errors;
    }

    private static void CompareWorkflow(RuleTestCase testCase, EvaluationResult<WorkflowDecision> decision, Action<string, string, string> compare)
    {
        if (!decision.Succeeded)
        {
            return;
        }

        var actual = WorkflowFields(decision.Value!);
        foreach (var (field, expected) in testCase.ExpectedWorkflow)
        {
            compare("workflow." + field, expected, actual.GetValueOrDefault(field, "(no such output)"));
        }
    }

    /// <summary>A workflow decision as the canonical text test cases are written in.</summary>
    public static Dictionary<string, string> WorkflowFields(WorkflowDecision d)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["passed"] = d.Passed ? "true" : "false",
            ["met"] = "[" + string.Join(", ", Flatten(d.Criteria).Where(c => c.Outcome == RuleOutcome.Met).Select(c => c.Rule)) + "]",
            ["unmet"] = "[" + string.Join(", ", Unmet(d.Criteria)) + "]",
            ["gaps"] = Gaps(d.Gaps),
        };
        AddOutputs(fields, d.Outputs);
        foreach (var criterion in Flatten(d.Criteria))
        {
            fields["rules." + criterion.Rule + ".outcome"] = criterion.Outcome.ToString().ToLowerInvariant();
            fields["rules." + criterion.Rule + ".message"] = criterion.Message ?? "(none)";
            fields["rules." + criterion.Rule + ".actionOutput"] = criterion.ActionOutput ?? "(none)";
        }

        return fields;
    }

    private static string Gaps(IEnumerable<SkillGap> gaps) =>
        "[" + string.Join(", ", gaps.Select(g => "{skill: " + g.Skill + ", required: " + g.Required.ToString(CultureInfo.InvariantCulture) + ", held: " + g.Held.ToString(CultureInfo.InvariantCulture) + "}")) + "]";

    // "outputs.name" is the value (or the error that left it without one), "outputs.name.limit" the cap or floor that applied.
    private static void AddOutputs(Dictionary<string, string> fields, IEnumerable<ComputedOutput> outputs)
    {
        foreach (var output in outputs)
        {
            fields["outputs." + output.Name] = output.Value?.ToString() ?? "(error: " + output.Error + ")";
            fields["outputs." + output.Name + ".limit"] = output.Limit?.Kind ?? "none";
        }
    }

    /// <summary>A placement as the canonical text test cases are written in.</summary>
    public static Dictionary<string, string> PlacementFields(Placement p) => new(StringComparer.Ordinal)
    {
        ["bandRow"] = p.Band.Row.ToString(CultureInfo.InvariantCulture),
        ["currency"] = p.Band.Currency.Code,
        ["min"] = p.Band.Min.ToString(),
        ["mid"] = p.Band.Mid?.ToString() ?? "",
        ["reference"] = p.Band.Reference?.ToString() ?? "",
        ["max"] = p.Band.Max.ToString(),
        ["compaRatio"] = p.CompaRatio?.ToString("G29", CultureInfo.InvariantCulture) ?? "",
        ["rangePenetration"] = p.RangePenetration?.ToString("G29", CultureInfo.InvariantCulture) ?? "",
        ["position"] = p.Position.ToString().ToLowerInvariant(),
        ["amountToMinimum"] = p.AmountToMinimum.ToString(),
        ["bonusTargetPct"] = p.Band.BonusTargetPct?.ToString("G29", CultureInfo.InvariantCulture) ?? "",
        ["equity"] = p.Band.Equity switch { true => "true", false => "false", null => "" },
    };

    public static Dictionary<string, string> EligibilityFields(EligibilityDecision d)
    {
        var fields = EligibilityVerdictFields(d);
        AddOutputs(fields, d.Outputs);

        return fields;
    }

    private static Dictionary<string, string> EligibilityVerdictFields(EligibilityDecision d) => new(StringComparer.Ordinal)
    {
        ["eligible"] = d.Eligible ? "true" : "false",
        ["targetLevel"] = d.TargetLevel.ToString(CultureInfo.InvariantCulture),
        ["targetRole"] = d.TargetRoleId ?? "",
        ["unmet"] = "[" + string.Join(", ", Unmet(d.Criteria)) + "]",
        ["gaps"] = Gaps(d.Gaps),
        ["targetBandMid"] = d.TargetBand?.Mid?.ToString() ?? "",
    };

    /// <summary>Move options as canonical text: "options" and "role.field" for every option.</summary>
    public static Dictionary<string, string> MobilityFields(Mobility.MobilityAdvice advice)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["options"] = "[" + string.Join(", ", advice.Options.Select(o => o.Target.Id)) + "]",
        };
        foreach (var o in advice.Options)
        {
            string key = o.Target.Id + ".";
            fields[key + "rank"] = o.Rank.ToString(CultureInfo.InvariantCulture);
            fields[key + "kind"] = Mobility.Rendering.MobilityJson.Name(o.Kind);
            fields[key + "open"] = o.Open ? "true" : "false";
            fields[key + "status"] = Mobility.Rendering.MobilityJson.StatusName(o.Status);
            fields[key + "band"] = o.Band?.Describe() ?? "(no band)";
            fields[key + "readiness"] = o.Readiness.Share.ToString("G29", CultureInfo.InvariantCulture);
            fields[key + "gaps"] = "[" + string.Join(", ", o.Gaps.Select(g => "{skill: " + g.Skill + ", required: " + g.Required.ToString(CultureInfo.InvariantCulture) + ", held: " + g.Held.ToString(CultureInfo.InvariantCulture) + "}")) + "]";
            fields[key + "blockedBy"] = "[" + string.Join(", ", o.BlockedBy.Select(b => b.Rule)) + "]";
            fields[key + "trainings"] = "[" + string.Join(", ", o.Trainings.Select(t => "{id: " + t.Training.Id + ", completed: " + (t.Completed ? "true" : "false") + "}")) + "]";
            fields[key + "effortHours"] = o.EffortHours.ToString("G29", CultureInfo.InvariantCulture);
            fields[key + "payEffect"] = o.Pay is null ? "(no band)" : Mobility.Rendering.MobilityJson.Name(o.Pay.Effect);
            fields[key + "proposedSalary"] = o.Pay?.Proposed.ToString() ?? "(no band)";
            fields[key + "payChange"] = o.Pay?.Change.ToString() ?? "(no band)";
            fields[key + "aboveMaximum"] = o.Pay?.AboveMaximum.ToString() ?? "(no band)";
        }

        return fields;
    }

    private static IEnumerable<CriterionResult> Flatten(IEnumerable<CriterionResult> criteria) =>
        criteria.SelectMany(c => Flatten(c.Children).Prepend(c));

    private static IEnumerable<string> Unmet(IEnumerable<CriterionResult> criteria) =>
        criteria.SelectMany(c => (c.Outcome is RuleOutcome.Unmet or RuleOutcome.Error ? [c.Rule] : Array.Empty<string>()).Concat(Unmet(c.Children)));
}
