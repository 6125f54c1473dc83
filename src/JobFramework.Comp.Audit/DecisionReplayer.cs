using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Releases;

namespace JobFramework.Comp.Audit;

/// <summary>
/// Re-evaluates a recorded decision: its recorded input, with the recorded release (found by id and checked
/// by content hash, so an edited release cannot pass for the original), and compares the outputs.
/// </summary>
public static class DecisionReplayer
{
    public static ReplayOutcome Replay(DecisionRecord record, ReleaseCatalog catalog)
    {
        var release = catalog.Releases.FirstOrDefault(r => string.Equals(r.Id, record.ReleaseId, StringComparison.Ordinal));
        if (release is null)
        {
            return ReplayOutcome.Failed($"release '{record.ReleaseId}' is not in the rules folder ({Known(catalog)}); check out the rules as they were when the decision was made");
        }

        if (!string.Equals(release.ContentHash, record.ReleaseHash, StringComparison.Ordinal))
        {
            return ReplayOutcome.Failed($"release '{record.ReleaseId}' in {release.Location} has content hash {release.ContentHash}, but the decision was made with {record.ReleaseHash}: the release was changed after the decision (restore that version from version control)");
        }

        // A disclosure is computed over a whole roster snapshot, not one record: the log keeps the answer as given.
        if (record.Kind == DecisionKind.Disclosure)
        {
            return ReplayOutcome.Failed("a disclosure is recorded as given; recompute it from its snapshot with 'comp transparency worker'");
        }

        if (record.Kind == DecisionKind.Workflow && DecisionPayloads.ReadParameters(record.Input) is var (workflow, parameters))
        {
            var decided = new Evaluator(release) { AsOf = record.AsOf }.Evaluate(workflow, parameters);
            return decided.Succeeded
                ? Compare(record, DecisionPayloads.Output(decided.Value!))
                : ReplayOutcome.Failed("the recorded input is now rejected: " + string.Join("; ", decided.Errors));
        }

        var input = DecisionPayloads.ReadInput(record.Input, release.Framework);
        if (!input.Succeeded)
        {
            return ReplayOutcome.Failed("the recorded input can no longer be read: " + string.Join("; ", input.Errors));
        }

        var evaluator = new Evaluator(release) { AsOf = record.AsOf };
        var (employee, target) = input.Value;
        string? replayed;
        IReadOnlyList<InputError> errors;
        switch (record.Kind)
        {
            case DecisionKind.Placement:
                var placement = evaluator.Place(employee);
                replayed = placement.Succeeded ? DecisionPayloads.Output(placement.Value) : null;
                errors = placement.Errors;
                break;
            case DecisionKind.Eligibility:
                var eligibility = evaluator.CheckEligibility(employee, target);
                replayed = eligibility.Succeeded ? DecisionPayloads.Output(eligibility.Value!) : null;
                errors = eligibility.Errors;
                break;
            case DecisionKind.Mobility:
                var advice = Mobility.MobilityAdvisor.Advise(evaluator, employee);
                replayed = advice.Succeeded ? DecisionPayloads.Output(advice.Value!) : null;
                errors = advice.Errors;
                break;
            case DecisionKind.Workflow:
                var arguments = DecisionPayloads.ReadWorkflowInput(record.Input, release);
                if (!arguments.Succeeded)
                {
                    return ReplayOutcome.Failed("the recorded workflow input can no longer be read: " + string.Join("; ", arguments.Errors));
                }

                var evaluated = evaluator.Evaluate(arguments.Value.Workflow, employee, arguments.Value.Inputs);
                replayed = evaluated.Succeeded ? DecisionPayloads.Output(evaluated.Value!) : null;
                errors = evaluated.Errors;
                break;
            default:
                return ReplayOutcome.Failed($"{DecisionKinds.Name(record.Kind)} decisions cannot be replayed by this version");
        }

        if (replayed is null)
        {
            return ReplayOutcome.Failed("the recorded input is now rejected: " + string.Join("; ", errors));
        }

        return Compare(record, replayed);
    }

    private static ReplayOutcome Compare(DecisionRecord record, string replayed) =>
        string.Equals(replayed, record.Output, StringComparison.Ordinal)
            ? new ReplayOutcome(true, [], null, replayed)
            : new ReplayOutcome(false, JsonDifferences.Between(record.Output, replayed), null, replayed);

    private static string Known(ReleaseCatalog catalog) =>
        catalog.Releases.Count == 0 ? "it holds no loadable release" : "it holds " + string.Join(", ", catalog.Releases.Select(r => r.Id));
}

/// <summary>
/// The result of a replay: identical, or different with each differing value; <see cref="Error"/> says why a
/// replay could not run at all (release missing or changed, input unreadable).
/// </summary>
public sealed record ReplayOutcome(bool Identical, IReadOnlyList<JsonDifference> Differences, string? Error, string? ReplayedOutput)
{
    public static ReplayOutcome Failed(string error) => new(false, [], error, null);
}
