using System.Text.Json;
using System.Text.Json.Serialization;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Framework;
using JobFramework.Comp.Releases;

namespace JobFramework.Comp.Cli.Commands;

/// <summary>The machine-readable eligibility decision (<c>--json</c>); money as "amount CCY" strings.</summary>
internal static class DecisionJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static object From(CompiledRelease release, Employee employee, EligibilityDecision decision, string? decisionId = null) => new
    {
        decisionId,
        release = new { id = release.Id, contentHash = release.ContentHash },
        employeeId = employee.Id,
        eligible = decision.Eligible,
        target = new { track = decision.TargetTrack, level = decision.TargetLevel, levelCode = decision.TargetLevelCode, roleId = decision.TargetRoleId, roleTitle = decision.TargetRoleTitle },
        criteria = decision.Criteria.Select(Criterion),
        gaps = decision.Gaps,
        targetBand = decision.TargetBand is { } band ? Band(band) : null,
        outputs = decision.Outputs.Count > 0 ? decision.Outputs.Select(Output) : null,
    };

    public static object From(CompiledRelease release, Employee employee, WorkflowDecision decision, string? decisionId = null)
    {
        using var recorded = JsonDocument.Parse(global::JobFramework.Comp.Audit.DecisionPayloads.Input(employee, decision.Workflow, decision.Inputs));
        return new
        {
            decisionId,
            release = new { id = release.Id, contentHash = release.ContentHash },
            employeeId = employee.Id,
            workflow = decision.Workflow,
            inputs = recorded.RootElement.GetProperty("inputs").Clone(),
            passed = decision.Passed,
            criteria = decision.Criteria.Select(Criterion),
            gaps = decision.Gaps,
            outputs = decision.Outputs.Select(Output),
        };
    }

    /// <summary>A RulesEngine workflow's decision over its own parameters: the subject, the engine, every rule with its message and action output.</summary>
    public static object From(CompiledRelease release, string? subject, WorkflowDecision decision, string? decisionId = null)
    {
        using var parameters = JsonDocument.Parse(decision.Parameters ?? "{}");
        return new
        {
            decisionId,
            release = new { id = release.Id, contentHash = release.ContentHash },
            subject,
            workflow = decision.Workflow,
            engine = decision.Engine,
            parameters = parameters.RootElement.Clone(),
            passed = decision.Passed,
            criteria = decision.Criteria.Select(Criterion),
        };
    }

    // The same shape as the audit record's outputs: amounts as strings with the currency beside them.
    private static object Output(ComputedOutput o) => new
    {
        name = o.Name,
        value = Value(o.Value),
        expression = o.Expression,
        inputs = o.Inputs,
        unrounded = Value(o.Unrounded),
        rounding = o.Rounding,
        limit = o.Limit is { } l ? new { kind = l.Kind, expression = l.Expression, bound = Value(l.Bound), before = Value(l.Before) } : null,
        error = o.Error,
    };

    private static object? Value(OutputValue? value) => value is { } v ? new { amount = v.FormatAmount(), currency = v.Currency?.Code } : null;

    private static object Criterion(CriterionResult c) => new
    {
        rule = c.Rule,
        outcome = c.Outcome,
        message = c.Message,
        actionOutput = c.ActionOutput,
        gaps = c.Gaps.Count > 0 ? c.Gaps : null,
        rules = c.Children.Count > 0 ? c.Children.Select(Criterion) : null,
    };

    private static object Band(PayBand band) => new
    {
        min = band.Min.ToString(),
        mid = band.Mid?.ToString(),
        max = band.Max.ToString(),
        reference = band.Reference?.ToString(),
        bonusTargetPct = band.BonusTargetPct,
        equity = band.Equity,
    };
}
