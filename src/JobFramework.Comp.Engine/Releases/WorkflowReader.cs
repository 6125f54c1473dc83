using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Expressions;
using JobFramework.Comp.Json;

namespace JobFramework.Comp.Releases;

/// <summary>
/// Reads a workflow in Microsoft RulesEngine's shape — WorkflowName, GlobalParams, Rules with RuleName,
/// Expression, ErrorMessage, SuccessEvent, Enabled, Operator (And/AndAlso/Or/OrElse) with nested Rules,
/// LocalParams, ErrorType, RuleExpressionType, Properties — so an existing RulesEngine file loads without
/// edits (property names ignore case, as RulesEngine's reader does). Unlike RulesEngine, a rule that does
/// not compile is an error at load with its position, never a rule that silently returns false.
/// </summary>
internal sealed partial class WorkflowReader(string file, BindingEnvironment release, DiagnosticBag diagnostics)
{
    private int _slots;

    public CompiledWorkflow? Read(ObjectReader workflow)
    {
        // A workflow over its own named inputs, as RulesEngine users write them: the typed compiler takes it when it
        // can with RulesEngine's meaning, RulesEngine itself runs it otherwise.
        if (workflow.Get("RuleParameters") is SourceArray parameters)
        {
            return new Interop.RulesEngineWorkflowReader(file, diagnostics).Read(workflow, parameters) is { } onEngine ? TryNative(workflow, onEngine) : null;
        }

        int before = diagnostics.Count;

        // Inputs, GlobalParams and outputs belong to this workflow: they must not leak into the next file read.
        var name = workflow.Identifier("WorkflowName");
        string description = workflow.String("Description", false)?.Value ?? "";
        var inputItems = workflow.Array("Inputs", false);
        var inputs = AttributeReader.Read(inputItems, diagnostics, reserved: [], caseInsensitive: true);
        var roles = ReadRoles(workflow.Array("AllowedRoles", false), diagnostics);
        var environment = release.Nested(InputModel.InputsFor(inputs));
        ReadParams(workflow, "GlobalParams", environment);
        var rules = ReadRules(workflow.Array("Rules", true), environment);

        // Outputs come after the rules: rules never depend on them, and they may use GlobalParams.
        var outputs = new OutputReader(environment, diagnostics).Read(workflow.Array("Outputs", false));
        workflow.Finish();
        if (inputItems is not null && inputs.Count == inputItems.Items.Count)
        {
            for (int i = 0; i < inputs.Count; i++)
            {
                if (!environment.InputReads.Contains(inputs[i].Name))
                {
                    diagnostics.Warning(Codes.Governance, Messages.InputNotRead(inputs[i].Name), inputItems.Items[i].Span);
                }
            }
        }

        return name is null || diagnostics.Count > before ? null : new CompiledWorkflow(name.Value, file, rules, _slots, environment.Scope)
        {
            Outputs = outputs, Inputs = inputs, AllowedRoles = roles, Description = description,
        };
    }

    // The typed compiler's reading of a RulesEngine workflow over flat parameters, into a bag of its own: its errors are
    // not the file's (RulesEngine runs what the typed compiler refuses) but the reasons the workflow is not native.
    private CompiledWorkflow TryNative(ObjectReader workflow, CompiledWorkflow onEngine)
    {
        var model = onEngine.OnRulesEngine!;
        var reasons = Interop.NativeReasons.Of(model.Parameters, model.Model);
        if (reasons.Count > 0)
        {
            return onEngine.WithReasons(reasons);
        }

        var native = Interop.NativeParameters.Of(model.Parameters);
        var probe = new DiagnosticBag();
        var environment = new BindingEnvironment
        {
            Scope = release.Scope, Tables = new Dictionary<string, TableSignature>(), Framework = release.Framework, Parameters = native.Types,
        };
        var reader = new WorkflowReader(file, environment, probe);
        var scope = environment.Nested();
        reader.ReadParams(workflow, "GlobalParams", scope);
        var rules = reader.ReadRules(workflow.Array("Rules", true), scope);
        if (probe.HasErrors)
        {
            return onEngine.WithReasons([.. probe.Items.Where(d => d.Severity == Severity.Error).Select(d => $"{d.Location.Line}:{d.Location.Column}: {d.Message}")]);
        }

        return new CompiledWorkflow(onEngine.Name, file, rules, reader._slots, environment.Scope)
        {
            Description = onEngine.Description, AllowedRoles = onEngine.AllowedRoles, Parameters = onEngine.Parameters, OnRulesEngine = model, Native = native,
        };
    }

    // Who may evaluate the workflow over HTTP; the comp team alone unless the file says otherwise.
    internal static string[] ReadRoles(SourceArray? array, DiagnosticBag diagnostics)
    {
        if (array is null)
        {
            return [CallerRoles.CompAdmin];
        }

        var roles = new List<string>();
        foreach (var item in array.Items)
        {
            if (item is not SourceString role)
            {
                diagnostics.Error(Codes.WrongType, Messages.WrongType("AllowedRoles item", "a string", item.Describe()), item.Span);
                continue;
            }

            if (!CallerRoles.All.Contains(role.Value, StringComparer.Ordinal))
            {
                diagnostics.Error(Codes.UnknownId, Messages.UnknownValue("role", role.Value, ObjectReader.Suggest(role.Value, CallerRoles.All), CallerRoles.All), role.Span, role.RawLine);
                continue;
            }

            roles.Add(role.Value);
        }

        if (array.Items.Count == 0)
        {
            diagnostics.Error(Codes.EmptyValue, Messages.EmptyValue("AllowedRoles"), array.Span);
        }

        return [.. roles.Distinct(StringComparer.Ordinal)];
    }

    private List<CompiledRule> ReadRules(SourceArray? array, BindingEnvironment scope)
    {
        var rules = new List<CompiledRule>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in array?.Items ?? [])
        {
            var reader = ObjectReader.From(item, diagnostics, "Rules item", caseInsensitive: true);
            var rule = reader is null ? null : ReadRule(reader, scope);
            if (rule is null)
            {
                continue;
            }

            if (!names.Add(rule.Name))
            {
                diagnostics.Error(Codes.DuplicateId, Messages.DuplicateId("rule", rule.Name), item.Span);
            }

            rules.Add(rule);
        }

        return rules;
    }

    private CompiledRule? ReadRule(ObjectReader rule, BindingEnvironment parent)
    {
        int slot = _slots++;
        var name = rule.Identifier("RuleName");
        bool enabled = rule.Bool("Enabled", false) ?? true;
        rule.String("ErrorType", false);
        var properties = rule.Object("Properties", false, caseInsensitive: true);
        // RulesEngine reads the enum by name or by number; LambdaExpression (0) is the only kind there is.
        switch (rule.Get("RuleExpressionType"))
        {
            case null or SourceString { Value: "LambdaExpression" } or SourceNumber { Raw: "0" }:
                break;
            case SourceString other:
                diagnostics.Error(Codes.TableShape, Messages.UnknownRuleExpressionType(other.Value), other.Span, other.RawLine);
                break;
            case var other:
                diagnostics.Error(Codes.TableShape, Messages.UnknownRuleExpressionType(other is SourceNumber number ? number.Raw : other.Describe()), other.Span);
                break;
        }

        // LocalParams are visible to this rule and its nested rules only.
        var scope = parent.Nested();
        ReadParams(rule, "LocalParams", scope);
        var binder = new Binder(scope);
        var errorMessage = rule.String("ErrorMessage", false) is { } error ? MessageTemplate.Compile(error, binder, diagnostics) : MessageTemplate.Empty;
        var successEvent = rule.String("SuccessEvent", false) is { } success ? MessageTemplate.Compile(success, binder, diagnostics) : MessageTemplate.Empty;
        var criterion = ReadCriterion(properties, name?.Value ?? "", binder);
        var (onSuccess, onFailure) = ReadActions(rule, binder);
        var operatorText = rule.String("Operator", false);
        var expression = rule.String("Expression", false);
        var nested = rule.Array("Rules", false);
        rule.Finish();

        if (operatorText is not null)
        {
            bool? isOr = operatorText.Value.ToUpperInvariant() switch
            {
                "AND" or "ANDALSO" => false,
                "OR" or "ORELSE" => true,
                _ => null,
            };
            if (isOr is null)
            {
                diagnostics.Error(Codes.TableShape, Messages.UnknownOperator(operatorText.Value), operatorText.Span, operatorText.RawLine);
                return null;
            }

            if (nested is null || nested.Items.Count == 0)
            {
                diagnostics.Error(Codes.TableShape, Messages.OperatorWithoutRules, operatorText.Span, operatorText.RawLine);
                return null;
            }

            var children = ReadRules(nested, scope);
            return name is null || errorMessage is null || successEvent is null ? null : new CompiledRule
            {
                Name = name.Value, Slot = slot, Enabled = enabled, IsOr = isOr.Value, Children = children,
                ErrorMessage = errorMessage, SuccessEvent = successEvent, Source = isOr.Value ? "Or" : "And", OnSuccess = onSuccess, OnFailure = onFailure,
                Criterion = criterion, Location = rule.Span,
            };
        }

        if (expression is null)
        {
            diagnostics.Error(Codes.MissingProperty, Messages.RuleNeedsExpression, rule.Span);
            return null;
        }

        var bound = ExpressionCompiler.Bind(expression, binder, ExprType.Boolean, "a rule expression", diagnostics);
        if (bound is null || name is null || errorMessage is null || successEvent is null)
        {
            return null;
        }

        return new CompiledRule
        {
            Name = name.Value, Slot = slot, Enabled = enabled,
            Predicate = ExpressionCompiler.Compile<bool>(bound, scope.Scope),
            Body = bound.Code,
            Source = expression.Value,
            ErrorMessage = errorMessage, SuccessEvent = successEvent, SkillChecks = [.. binder.SkillChecks], OnSuccess = onSuccess, OnFailure = onFailure,
            Criterion = criterion, Location = rule.Span,
        };
    }

    // RulesEngine keeps Properties as free-form data; "Criterion" there is the rule's bar in words, published as a
    // progression criterion (EU Directive 2023/970 Art. 6). It states the bar for everyone, so it may not read the person.
    private MessageTemplate ReadCriterion(ObjectReader? properties, string rule, Binder binder)
    {
        if (properties?.String("Criterion", false) is not { } text)
        {
            return MessageTemplate.Empty;
        }

        if (PersonalReference().IsMatch(text.Value))
        {
            diagnostics.Error(Codes.Transparency, TransparencyMessages.CriterionReadsPerson(rule), text.Span, text.RawLine);
            return MessageTemplate.Empty;
        }

        return MessageTemplate.Compile(text, binder, diagnostics) ?? MessageTemplate.Empty;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\$\([^)]*\b(employee|band|targetBand)\b")]
    private static partial System.Text.RegularExpressions.Regex PersonalReference();

    // "Actions": { "OnSuccess": { "Name": "OutputExpression", "Context": { "Expression": "…" } }, "OnFailure": … } as RulesEngine
    // writes it. The expression is typed and compiled here like the rule's own; EvaluateRule (chaining) is not supported.
    private (CompiledRule.RuleAction? OnSuccess, CompiledRule.RuleAction? OnFailure) ReadActions(ObjectReader rule, Binder binder)
    {
        var actions = rule.Object("Actions", false, caseInsensitive: true);
        if (actions is null)
        {
            return (null, null);
        }

        var onSuccess = ReadAction(actions, "OnSuccess", binder);
        var onFailure = ReadAction(actions, "OnFailure", binder);
        actions.Finish();
        return (onSuccess, onFailure);
    }

    private CompiledRule.RuleAction? ReadAction(ObjectReader actions, string when, Binder binder)
    {
        var action = actions.Object(when, false, caseInsensitive: true);
        if (action is null)
        {
            return null;
        }

        var name = action.String("Name", true);
        var context = action.Object("Context", true, caseInsensitive: true);
        var expression = context?.String("Expression", true);
        context?.Finish();
        action.Finish();
        if (name is not null && name.Value != "OutputExpression")
        {
            diagnostics.Error(Codes.UnknownId, Messages.UnsupportedAction(name.Value), name.Span, name.RawLine);
            return null;
        }

        var bound = expression is null || name is null ? null : ExpressionCompiler.Bind(expression, binder, null, when + " action", diagnostics);
        if (bound is null)
        {
            return null;
        }

        Binder.RequireValue(bound, 0);
        var value = System.Linq.Expressions.Expression.Lambda<Func<EvaluationScope, object>>(
            System.Linq.Expressions.Expression.Convert(bound.Code, typeof(object)), binder.Environment.Scope).Compile();
        return new CompiledRule.RuleAction(expression!.Value, value);
    }

    /// <summary>Named sub-expressions, each able to use the ones before it.</summary>
    private void ReadParams(ObjectReader owner, string property, BindingEnvironment scope)
    {
        foreach (var item in owner.Array(property, false)?.Items ?? [])
        {
            var param = ObjectReader.From(item, diagnostics, property + " item", caseInsensitive: true);
            if (param is null)
            {
                continue;
            }

            var name = param.Identifier("Name");
            var expression = param.String("Expression", true);
            param.Finish();
            if (name is null || expression is null)
            {
                continue;
            }

            var bound = ExpressionCompiler.Bind(expression, new Binder(scope), null, name.Value, diagnostics);
            if (bound is not null)
            {
                scope.Locals[name.Value] = bound;
            }
        }
    }
}
