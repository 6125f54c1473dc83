using System.Text.Json;
using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Json;
using JobFramework.Comp.Releases;
using RulesEngine.Models;

namespace JobFramework.Comp.Interop;

/// <summary>
/// Reads a workflow that declares <c>RuleParameters</c>: a RulesEngine workflow as its users write it, over its own
/// named inputs rather than the project's employee. The file is handed to RulesEngine 6.0.1 as it is; this reader
/// checks what RulesEngine would not: every property a known one (a typo is an error, not an ignored field), every
/// expression naming only what it may (<see cref="ExpressionGuard"/>), every <c>EvaluateRule</c> and
/// <c>WorkflowsToInject</c> pointing at a workflow of the release, and it remembers where each rule is so the
/// loader's compile errors name file, line and column.
/// </summary>
internal sealed class RulesEngineWorkflowReader(string file, DiagnosticBag diagnostics)
{
    private static readonly JsonSerializerOptions ModelOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    private static readonly HashSet<string> RuleProperties = new(
        typeof(Rule).GetProperties().Select(p => p.Name).Append("ErrorType"), StringComparer.OrdinalIgnoreCase);

    private readonly Dictionary<string, SourceSpan> _ruleSpans = new(StringComparer.Ordinal);
    private readonly List<(string Workflow, string Rule, SourceSpan Span)> _chained = [];
    private readonly HashSet<string> _names = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(SourceString Expression, string Where)> _expressions = [];

    public CompiledWorkflow? Read(ObjectReader workflow, SourceArray parameterArray)
    {
        int before = diagnostics.Count;
        var name = workflow.Identifier("WorkflowName");
        string description = workflow.String("Description", false)?.Value ?? "";
        var roles = WorkflowReader.ReadRoles(workflow.Array("AllowedRoles", false), diagnostics);
        int beforeParameters = diagnostics.Count;
        var parameters = new ParameterSchemaReader(diagnostics).Read(parameterArray);
        bool parametersRead = diagnostics.Count == beforeParameters;
        workflow.Get("RuleParameters");
        var injected = workflow.Strings("WorkflowsToInject", false);
        workflow.Get("RuleExpressionType");
        foreach (var refused in new[] { "Inputs", "Outputs" })
        {
            if (workflow.Get(refused) is { } value)
            {
                diagnostics.Error(Codes.UnknownProperty, Messages.NotWithRuleParameters(refused), value.Span);
            }
        }

        foreach (var (parameter, shape) in parameters)
        {
            _names.Add(parameter);
            _names.UnionWith(shape.FieldNames());
        }

        CollectParams(workflow.Array("GlobalParams", false), "GlobalParams");
        var rules = workflow.Array("Rules", true);
        var topRules = new List<(string, bool)>();
        foreach (var item in rules?.Items ?? [])
        {
            if (ReadRule(item, "Rules item") is { } rule)
            {
                topRules.Add(rule);
            }
        }

        workflow.Finish();
        // Names are checked against the parameters only when they were all read: otherwise every use of a broken one is noise.
        foreach (var (expression, where) in parametersRead ? _expressions : [])
        {
            if (ExpressionGuard.Check(expression.Value, _names) is { } refusal)
            {
                var span = expression.ColumnsMapExactly ? expression.Span with { Column = expression.ColumnOf(refusal.Position) } : expression.Span;
                diagnostics.Error(Codes.UnknownName, Messages.RefusedOnRulesEngine(where, refusal.Reason), span, expression.RawLine);
            }
        }

        if (name is null || diagnostics.Count > before)
        {
            return null;
        }

        Workflow model;
        try
        {
            model = SourceJson.ToNode(workflow.Source).Deserialize<Workflow>(ModelOptions)!;
        }
        catch (JsonException e)
        {
            diagnostics.Error(Codes.WrongType, Messages.NotARulesEngineWorkflow(e.Message), workflow.Span);
            return null;
        }

        return new CompiledWorkflow(name.Value, file, [], 0, System.Linq.Expressions.Expression.Parameter(typeof(EvaluationScope)))
        {
            Description = description, AllowedRoles = roles, Parameters = parameters,
            OnRulesEngine = new RulesEngineWorkflow(model, parameters, topRules, _ruleSpans, workflow.Span, [.. injected.Select(i => (i.Value, i.Span))], _chained),
        };
    }

    private (string Name, bool Enabled)? ReadRule(SourceValue item, string what)
    {
        var rule = ObjectReader.From(item, diagnostics, what, caseInsensitive: true);
        if (rule is null)
        {
            return null;
        }

        foreach (var property in rule.Source.Properties.Where(p => !RuleProperties.Contains(p.Name)))
        {
            diagnostics.Error(Codes.UnknownProperty, Messages.UnknownProperty(property.Name, ObjectReader.Suggest(property.Name, RuleProperties)), property.NameSpan);
        }

        var name = rule.Identifier("RuleName");
        bool enabled = rule.Bool("Enabled", false) ?? true;
        if (name is not null && !_ruleSpans.TryAdd(name.Value, name.Span))
        {
            diagnostics.Error(Codes.DuplicateId, Messages.DuplicateId("rule", name.Value), name.Span, name.RawLine);
        }

        string where = "rule '" + name?.Value + "'";
        CollectParams(rule.Array("LocalParams", false), where + " LocalParams");
        if (rule.String("Expression", false) is { } expression)
        {
            _expressions.Add((expression, where));
        }

        if (rule.Object("Actions", false, caseInsensitive: true) is { } actions)
        {
            ReadAction(actions.Object("OnSuccess", false, caseInsensitive: true), where + " OnSuccess");
            ReadAction(actions.Object("OnFailure", false, caseInsensitive: true), where + " OnFailure");
            actions.Finish();
        }

        foreach (var child in rule.Array("Rules", false)?.Items ?? [])
        {
            ReadRule(child, "Rules item");
        }

        return name is null ? null : (name.Value, enabled);
    }

    private void ReadAction(ObjectReader? action, string where)
    {
        if (action is null)
        {
            return;
        }

        var name = action.String("Name", true);
        var context = action.Object("Context", true, caseInsensitive: true);
        action.Finish();
        if (name is null || context is null)
        {
            return;
        }

        switch (name.Value)
        {
            case "OutputExpression":
                if (context.String("Expression", true) is { } expression)
                {
                    _expressions.Add((expression, where));
                }

                break;
            case "EvaluateRule":
                var workflow = context.Identifier("workflowName");
                var rule = context.Identifier("ruleName");
                context.Strings("inputFilter", false);
                if (context.Get("additionalInputs") is { } additional)
                {
                    diagnostics.Error(Codes.UnknownProperty, Messages.AdditionalInputsRefused, additional.Span);
                }

                if (workflow is not null && rule is not null)
                {
                    _chained.Add((workflow.Value, rule.Value, workflow.Span));
                }

                break;
            default:
                diagnostics.Error(Codes.UnknownId, Messages.UnsupportedAction(name.Value), name.Span, name.RawLine);
                break;
        }

        context.Finish();
    }

    private void CollectParams(SourceArray? array, string where)
    {
        foreach (var item in array?.Items ?? [])
        {
            var param = ObjectReader.From(item, diagnostics, where + " item", caseInsensitive: true);
            var name = param?.Identifier("Name");
            var expression = param?.String("Expression", true);
            param?.Finish();
            if (name is not null)
            {
                _names.Add(name.Value);
            }

            if (expression is not null)
            {
                _expressions.Add((expression, where + " '" + name?.Value + "'"));
            }
        }
    }
}
