using System.Text.RegularExpressions;
using RulesEngine.Models;

namespace JobFramework.Comp.Interop;

/// <summary>
/// Why a RulesEngine workflow over its own parameters cannot run on the typed compiler with RulesEngine's meaning,
/// one reason per finding; none means the typed compiler may try it. The typed compiler's own errors, when it then
/// refuses a rule, are the rest of the reasons (<see cref="Releases.WorkflowReader"/>).
/// </summary>
internal static partial class NativeReasons
{
    public static List<string> Of(IReadOnlyList<(string Name, ParameterShape Shape)> parameters, Workflow model)
    {
        var reasons = new List<string>();
        foreach (var (name, shape) in parameters)
        {
            foreach (var (field, fieldShape) in shape.Fields)
            {
                string path = name + "." + field;
                if (fieldShape.Kind is ShapeKind.Object || fieldShape is { Kind: ShapeKind.List, Element.Kind: not ShapeKind.String })
                {
                    reasons.Add($"{path} holds objects; the typed compiler reads flat parameters only");
                }
                else if (fieldShape.Kind == ShapeKind.Number)
                {
                    reasons.Add($"{path} is a number: RulesEngine computes it in binary floating point, the typed compiler in decimals");
                }
                else if (!fieldShape.AlwaysPresent)
                {
                    reasons.Add($"{path} is optional: RulesEngine reads a missing value as null, and the typed compiler has no null");
                }
            }
        }

        if (model.WorkflowsToInject?.Any() == true)
        {
            reasons.Add("WorkflowsToInject brings in rules of other workflows");
        }

        foreach (var param in model.GlobalParams ?? [])
        {
            CheckExpression("GlobalParams '" + param.Name + "'", param.Expression, reasons);
        }

        var lists = parameters.SelectMany(p => p.Shape.Fields.Where(f => f.Shape.Kind == ShapeKind.List).Select(f => p.Name + "." + f.Name))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in model.Rules ?? [])
        {
            CheckRule(rule, topLevel: true, lists, reasons);
        }

        return reasons;
    }

    private static void CheckRule(Rule rule, bool topLevel, HashSet<string> lists, List<string> reasons)
    {
        string where = "rule '" + rule.RuleName + "'";
        CheckExpression(where, rule.Expression, reasons);
        foreach (var param in rule.LocalParams ?? [])
        {
            CheckExpression(where + " LocalParams '" + param.Name + "'", param.Expression, reasons);
        }

        foreach (var action in new[] { rule.Actions?.OnSuccess, rule.Actions?.OnFailure })
        {
            if (action is { Name: "EvaluateRule" })
            {
                reasons.Add($"{where} chains to another workflow with EvaluateRule");
            }
            else if (action?.Context?.TryGetValue("Expression", out var expression) == true)
            {
                CheckExpression(where + " action", expression?.ToString(), reasons);
            }
        }

        // RulesEngine fills $(…) in the ErrorMessage of top-level rules only, from the inputs as JSON; elsewhere it leaves them as written.
        if (rule.SuccessEvent?.Contains("$(", StringComparison.Ordinal) == true || (!topLevel && rule.ErrorMessage?.Contains("$(", StringComparison.Ordinal) == true))
        {
            reasons.Add($"{where} has a $(…) placeholder RulesEngine leaves unfilled");
        }
        else if (topLevel && rule.ErrorMessage is { } message
            && Placeholder().Matches(message).Any(m => !m.Groups[1].Value.Contains('.', StringComparison.Ordinal) || lists.Contains(m.Groups[1].Value)))
        {
            reasons.Add($"{where} quotes a whole value in its ErrorMessage, which RulesEngine writes as JSON");
        }

        foreach (var child in rule.Rules ?? [])
        {
            CheckRule(child, topLevel: false, lists, reasons);
        }
    }

    private static void CheckExpression(string where, string? expression, List<string> reasons)
    {
        if (expression is null)
        {
            return;
        }

        string code = Quoted().Replace(expression, "\"\"");
        if (code.Contains('/', StringComparison.Ordinal))
        {
            reasons.Add($"{where} divides: RulesEngine divides whole numbers as C# does (7 / 2 is 3), the typed compiler exactly");
        }

        if (DecimalLiteral().IsMatch(code))
        {
            reasons.Add($"{where} has a decimal literal, a binary double on RulesEngine");
        }
    }

    [GeneratedRegex(@"\$\(([^)]*)\)")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"""(?:[^""\\]|\\.)*""|'(?:[^'\\]|\\.)*'")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"(?<![\w.])\d+\.\d")]
    private static partial Regex DecimalLiteral();
}
