using JobFramework.Comp.Evaluation;
using RulesEngine.Models;

namespace JobFramework.Comp.Interop;

/// <summary>RulesEngine's result tree in the project's decision shape, and the prefixes by which it tells a compile error from a run-time one.</summary>
internal static class RulesEngineResults
{
    // RulesEngine 6.0.1 reports both kinds in ExceptionMessage (RuleCompiler.CompileRule, LambdaExpressionBuilder, Helpers.ToResultTree).
    private static readonly string[] CompileErrorPrefixes = ["Error while compiling rule", "Exception while parsing expression"];
    private const string RunErrorPrefix = "Error while executing";

    public static bool IsCompileError(string? message) =>
        message is not null && CompileErrorPrefixes.Any(p => message.StartsWith(p, StringComparison.Ordinal));

    public static CriterionResult Criterion(RuleResultTree result)
    {
        string? exception = Empty(result.ExceptionMessage);
        var outcome = result.IsSuccess ? RuleOutcome.Met
            : exception is not null && (exception.StartsWith(RunErrorPrefix, StringComparison.Ordinal) || IsCompileError(exception)) ? RuleOutcome.Error
            : RuleOutcome.Unmet;

        // As RulesEngine fills them: a failure's ErrorMessage with its $(…) placeholders filled (top-level rules), a success's SuccessEvent as written.
        string? message = result.IsSuccess ? Empty(result.Rule.SuccessEvent) : exception ?? Empty(result.Rule.ErrorMessage);
        var children = result.ChildResults?.Select(Criterion).ToArray() ?? [];
        string? action = result.ActionResult switch
        {
            { Exception: not null } => "?",
            { Output: { } output } => Expressions.Runtime.Format(output),
            _ => null,
        };
        return new CriterionResult(result.Rule.RuleName, outcome, message, [], children) { ActionOutput = action };
    }

    public static IEnumerable<RuleResultTree> Flatten(IEnumerable<RuleResultTree> results) =>
        results.SelectMany(r => Flatten(r.ChildResults ?? []).Prepend(r));

    private static string? Empty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
