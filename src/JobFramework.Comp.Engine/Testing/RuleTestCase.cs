using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Evaluation;

namespace JobFramework.Comp.Testing;

/// <summary>
/// A rule test case written by the comp team beside the rules: an employee (as JSON), an as-of date, an
/// optional eligibility target, and the exact outputs expected. Only the outputs named are compared.
/// </summary>
public sealed record RuleTestCase(
    string File,
    SourceSpan Span,
    string Name,
    DateOnly AsOf,
    byte[] EmployeeJson,
    EligibilityTarget? Target,
    IReadOnlyDictionary<string, string> ExpectedPlacement,
    IReadOnlyDictionary<string, string> ExpectedEligibility,
    string? ExpectedErrorField)
{
    /// <summary>Expected move options: "options" (role ids in rank order) and "role.field" per named option.</summary>
    public IReadOnlyDictionary<string, string> ExpectedMobility { get; init; } = new Dictionary<string, string>();

    /// <summary>Whether the case asks for move options at all (an expected error may be all it checks).</summary>
    public bool AsksMobility { get; init; }

    /// <summary>The named workflow the case evaluates (with <see cref="InputsJson"/>), when it has <c>expect.workflow</c>.</summary>
    public string? Workflow { get; init; }

    /// <summary>The workflow's input values as JSON (<c>"inputs": {...}</c>), or null for none.</summary>
    public byte[]? InputsJson { get; init; }

    /// <summary>A RulesEngine workflow's parameter values as JSON (<c>"parameters": {...}</c>), given in place of an employee.</summary>
    public byte[]? ParametersJson { get; init; }

    /// <summary>
    /// Expected workflow results: "passed", "met", "unmet", "gaps", "outputs.name" (with ".limit") and, per rule,
    /// "rules.name.outcome", "rules.name.message" and "rules.name.actionOutput".
    /// </summary>
    public IReadOnlyDictionary<string, string> ExpectedWorkflow { get; init; } = new Dictionary<string, string>();
}

/// <summary>A difference between a case's expected and actual output.</summary>
public sealed record RuleTestFailure(string File, int Line, string Case, string Field, string Expected, string Actual)
{
    public override string ToString() => $"{File}:{Line}: case '{Case}': {Field}: expected {Expected}, got {Actual}";
}
