using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Evaluation;
using RulesEngine.Models;

namespace JobFramework.Comp.Interop;

/// <summary>
/// Gives the RulesEngine workflows of a release their engine, at load: <c>WorkflowsToInject</c> resolved (the
/// injected rules appended, as RulesEngine does on its first read — done once here, because RulesEngine 6.0.1
/// appends them again on every execution), <c>EvaluateRule</c> targets checked, and every rule compiled by running
/// the workflow once on its parameters' defaults, so a rule that does not compile is a load error naming workflow,
/// rule, file and line — never a request that fails later. Custom types are off but for <see cref="Utils"/>.
/// </summary>
internal static class RulesEngineHost
{
    public static void Attach(IReadOnlyDictionary<string, CompiledWorkflow> workflows, DiagnosticBag diagnostics)
    {
        var onEngine = workflows.Values.Where(w => w.OnRulesEngine is not null).ToDictionary(w => w.Name, w => w.OnRulesEngine!, StringComparer.Ordinal);
        if (onEngine.Count == 0)
        {
            return;
        }

        int before = diagnostics.Count;
        var expanded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in onEngine.Keys)
        {
            Inject(name, onEngine, expanded, [], diagnostics);
        }

        foreach (var workflow in onEngine.Values)
        {
            foreach (var (target, rule, span) in workflow.Chained)
            {
                if (!onEngine.TryGetValue(target, out var chained))
                {
                    diagnostics.Error(Codes.UnknownId, Messages.UnknownValue("RulesEngine workflow", target, Json.ObjectReader.Suggest(target, onEngine.Keys), onEngine.Keys), span);
                }
                else if (!chained.TopRules.Any(r => r.Name == rule))
                {
                    var rules = chained.TopRules.Select(r => r.Name).ToArray();
                    diagnostics.Error(Codes.UnknownId, Messages.UnknownValue($"rule of workflow '{target}'", rule, Json.ObjectReader.Suggest(rule, rules), rules), span);
                }
            }
        }

        if (diagnostics.Count > before)
        {
            return;
        }

        var engine = new RulesEngine.RulesEngine(Settings());
        foreach (var workflow in onEngine.Values)
        {
            try
            {
                engine.AddWorkflow(workflow.Model);
            }
            catch (RulesEngine.Exceptions.RuleValidationException e)
            {
                diagnostics.Error(Codes.TableShape, Messages.RulesEngineRefused(workflow.Model.WorkflowName, e.Message), workflow.Span);
            }
        }

        if (diagnostics.Count > before)
        {
            return;
        }

        var parser = new RulesEngine.ExpressionBuilders.RuleExpressionParser(Settings());
        foreach (var workflow in onEngine.Values)
        {
            workflow.Attach(engine);
            Compile(workflow, parser, diagnostics);
        }
    }

    // Custom types off but for the allowlisted utilities; everything else as RulesEngine's defaults.
    private static ReSettings Settings() => new() { CustomTypes = [typeof(Utils)] };

    // Runs the workflow once on default values: RulesEngine compiles every rule for the declared types then, and
    // reports a rule that does not compile in its result. Action expressions of the branch not taken are parsed too.
    private static void Compile(RulesEngineWorkflow workflow, RulesEngine.ExpressionBuilders.RuleExpressionParser parser, DiagnosticBag diagnostics)
    {
        var defaults = ParameterValues.Defaults(workflow.Parameters, new EvaluationBudget(ParameterLimits.MaxSteps));
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var result in RulesEngineResults.Flatten(workflow.Run(defaults)))
        {
            var span = workflow.RuleSpans.GetValueOrDefault(result.Rule.RuleName, workflow.Span);
            if (RulesEngineResults.IsCompileError(result.ExceptionMessage) && reported.Add(result.ExceptionMessage!))
            {
                diagnostics.Error(Codes.ExpressionSyntax, Messages.RulesEngineCompile(workflow.Model.WorkflowName, result.Rule.RuleName, result.ExceptionMessage), span);
            }

            var inputs = result.Inputs?.Where(i => i.Value is not null).Select(i => new RuleParameter(i.Key, i.Value)).ToArray() ?? [];
            foreach (var action in new[] { result.Rule.Actions?.OnSuccess, result.Rule.Actions?.OnFailure })
            {
                if (action is not { Name: "OutputExpression" } || !action.Context.TryGetValue("Expression", out var expression))
                {
                    continue;
                }

                try
                {
                    parser.Evaluate<object>(expression?.ToString() ?? "", inputs);
                }
                catch (System.Linq.Dynamic.Core.Exceptions.ParseException e)
                {
                    diagnostics.Error(Codes.ExpressionSyntax, Messages.RulesEngineCompile(workflow.Model.WorkflowName, result.Rule.RuleName, "OutputExpression: " + e.Message), span);
                }
                catch (Exception e) when (e is NullReferenceException or InvalidOperationException or ArgumentException or InvalidCastException or ArithmeticException or IndexOutOfRangeException)
                {
                    // A run-time failure on default values (a null field, an empty list): the expression parsed.
                }
            }
        }
    }

    // The injected workflows' rules appended after the workflow's own, depth first; a cycle is a load error.
    private static void Inject(string name, Dictionary<string, RulesEngineWorkflow> workflows, HashSet<string> expanded, List<string> path, DiagnosticBag diagnostics)
    {
        var workflow = workflows[name];
        if (expanded.Contains(name) || workflow.Injects.Count == 0)
        {
            expanded.Add(name);
            return;
        }

        path.Add(name);
        var rules = (workflow.Model.Rules ?? []).ToList();
        var top = workflow.TopRules.ToList();
        foreach (var (target, span) in workflow.Injects)
        {
            if (!workflows.TryGetValue(target, out var injected))
            {
                diagnostics.Error(Codes.UnknownId, Messages.UnknownValue("RulesEngine workflow", target, Json.ObjectReader.Suggest(target, workflows.Keys), workflows.Keys), span);
                continue;
            }

            if (path.Contains(target))
            {
                diagnostics.Error(Codes.UnknownReference, Messages.InjectionCycle([.. path, target]), span);
                continue;
            }

            Inject(target, workflows, expanded, path, diagnostics);
            foreach (var rule in injected.Model.Rules ?? [])
            {
                if (rules.Any(r => r.RuleName == rule.RuleName))
                {
                    diagnostics.Error(Codes.DuplicateId, Messages.InjectedRuleClash(rule.RuleName, target, name), span);
                    continue;
                }

                rules.Add(rule);
                top.Add((rule.RuleName, rule.Enabled));
            }
        }

        path.RemoveAt(path.Count - 1);
        workflow.Model.Rules = rules;
        workflow.Model.WorkflowsToInject = null;
        workflow.TopRules = top;
        expanded.Add(name);
    }
}
