using System.Text;
using System.Text.Json;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Framework;

namespace JobFramework.Comp.Audit;

/// <summary>
/// The canonical JSON of a decision's input and outputs: every field always written, in a fixed order,
/// compact, invariant culture. Same employee and same release give the same bytes, which is what lets
/// replay say "identical". The employee snapshot is in the shape <see cref="EmployeeReader"/> reads, so a
/// recorded input can be evaluated again.
/// </summary>
public static class DecisionPayloads
{
    public static string Input(Employee employee, EligibilityTarget? target = null) => Write(json =>
    {
        json.WriteStartObject();
        json.WritePropertyName("employee");
        WriteEmployee(json, employee);
        if (target is not null)
        {
            json.WriteStartObject("target");
            WriteNullableInt(json, "level", target.Level);
            json.WriteString("roleId", target.RoleId);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    });

    /// <summary>The input of a disclosure: whom it is about and the snapshot it was computed from (the answer is the output, as given).</summary>
    public static string DisclosureInput(string employeeId, string snapshot, DateOnly takenOn) => Write(json =>
    {
        json.WriteStartObject();
        json.WriteString("employeeId", employeeId);
        json.WriteString("snapshot", snapshot);
        json.WriteString("takenOn", takenOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteEndObject();
    });

    /// <summary>The input of a named workflow's decision: the employee, the workflow and every declared input's value (defaults filled in).</summary>
    public static string Input(Employee employee, string workflow, Model.AttributeValues inputs) => Write(json =>
    {
        json.WriteStartObject();
        json.WritePropertyName("employee");
        WriteEmployee(json, employee);
        json.WriteString("workflow", workflow);
        json.WriteStartObject("inputs");
        foreach (var input in inputs.Declared)
        {
            json.WritePropertyName(input.Name);
            Model.AttributeValue.Write(json, input, inputs[input.Slot]);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    });

    /// <summary>
    /// The input of a RulesEngine workflow's decision: who or what it is about (the subject the audit files it under),
    /// the workflow, and the parameter values as read (canonical: declared field order, absent optional fields left out).
    /// </summary>
    public static string Input(string subject, string workflow, string parameters) => Write(json =>
    {
        json.WriteStartObject();
        json.WriteString("subject", subject);
        json.WriteString("workflow", workflow);
        json.WritePropertyName("parameters");
        json.WriteRawValue(parameters, skipInputValidation: true);
        json.WriteEndObject();
    });

    /// <summary>A recorded RulesEngine workflow input read back (workflow and parameters), or null when the input is an employee's.</summary>
    public static (string Workflow, JsonElement Parameters)? ReadParameters(string input)
    {
        using var document = JsonDocument.Parse(input);
        var root = document.RootElement;
        return root.TryGetProperty("parameters", out var parameters) && root.TryGetProperty("workflow", out var workflow) && workflow.ValueKind == JsonValueKind.String
            ? (workflow.GetString()!, parameters.Clone())
            : null;
    }

    public static string Output(WorkflowDecision decision) => Write(json =>
    {
        json.WriteStartObject();
        json.WriteString("workflow", decision.Workflow);

        // Written only when RulesEngine decided, so decisions of the typed compiler keep their bytes.
        if (decision.Engine != WorkflowEngines.Typed)
        {
            json.WriteString("engine", decision.Engine);
        }

        json.WriteBoolean("passed", decision.Passed);
        json.WriteStartArray("criteria");
        foreach (var criterion in decision.Criteria)
        {
            WriteCriterion(json, criterion);
        }

        json.WriteEndArray();
        WriteGaps(json, decision.Gaps);
        WriteOutputs(json, decision.Outputs);
        json.WriteEndObject();
    });

    public static string Output(Placement placement) => Write(json =>
    {
        json.WriteStartObject();
        json.WritePropertyName("band");
        WriteBand(json, placement.Band);
        json.WriteString("salary", placement.Salary.FormatAmount());
        WriteIfDefined(json, "compaRatio", placement.CompaRatio);
        WriteIfDefined(json, "rangePenetration", placement.RangePenetration);
        json.WriteString("position", placement.Position switch { BandPosition.Below => "below", BandPosition.Above => "above", _ => "within" });
        json.WriteString("amountToMinimum", placement.AmountToMinimum.FormatAmount());
        json.WriteEndObject();
    });

    public static string Output(EligibilityDecision decision) => Write(json =>
    {
        json.WriteStartObject();
        json.WriteBoolean("eligible", decision.Eligible);
        json.WriteString("workflow", decision.Workflow);
        json.WriteStartObject("target");
        json.WriteString("track", decision.TargetTrack);
        json.WriteNumber("level", decision.TargetLevel);
        json.WriteString("levelCode", decision.TargetLevelCode);
        json.WriteString("roleId", decision.TargetRoleId);
        json.WriteString("roleTitle", decision.TargetRoleTitle);
        json.WriteEndObject();
        json.WriteStartArray("criteria");
        foreach (var criterion in decision.Criteria)
        {
            WriteCriterion(json, criterion);
        }

        json.WriteEndArray();
        WriteGaps(json, decision.Gaps);
        json.WritePropertyName("targetBand");
        if (decision.TargetBand is { } band)
        {
            WriteBand(json, band);
        }
        else
        {
            json.WriteNullValue();
        }

        // Written only when the workflow has outputs, so decisions of releases without them keep their bytes.
        if (decision.Outputs.Count > 0)
        {
            WriteOutputs(json, decision.Outputs);
        }

        json.WriteEndObject();
    });

    /// <summary>Move options, in the canonical JSON the API answers with (see <see cref="Mobility.Rendering.MobilityJson"/>).</summary>
    public static string Output(Mobility.MobilityAdvice advice) => Mobility.Rendering.MobilityJson.Advice(advice);

    /// <summary>A recorded workflow input read back: the workflow's name and its input values, read as the workflow declares them now.</summary>
    public static EvaluationResult<(string Workflow, Model.AttributeValues Inputs)> ReadWorkflowInput(string input, Releases.CompiledRelease release)
    {
        using var document = JsonDocument.Parse(input);
        if (!document.RootElement.TryGetProperty("workflow", out var name) || name.ValueKind != JsonValueKind.String)
        {
            return EvaluationResult<(string, Model.AttributeValues)>.Fail("workflow", "the recorded input names no workflow");
        }

        string workflowName = name.GetString()!;
        if (release.FindWorkflow(workflowName) is not { } workflow)
        {
            return EvaluationResult<(string, Model.AttributeValues)>.Fail("workflow", $"the release has no workflow '{workflowName}'");
        }

        var inputs = WorkflowArguments.FromJson(workflow, document.RootElement.TryGetProperty("inputs", out var values) ? values : null);
        return inputs.Succeeded
            ? EvaluationResult<(string, Model.AttributeValues)>.Ok((workflowName, inputs.Value!))
            : EvaluationResult<(string, Model.AttributeValues)>.Fail(inputs.Errors);
    }

    /// <summary>Reads a recorded input back: the employee and, for eligibility, the target.</summary>
    public static EvaluationResult<(Employee Employee, EligibilityTarget? Target)> ReadInput(string input, Framework.JobFrameworkModel framework)
    {
        using var document = JsonDocument.Parse(input);
        if (!document.RootElement.TryGetProperty("employee", out var employeeJson))
        {
            return EvaluationResult<(Employee, EligibilityTarget?)>.Fail("employee", "the recorded input has no employee snapshot");
        }

        var employee = EmployeeReader.Read(Encoding.UTF8.GetBytes(employeeJson.GetRawText()), framework);
        if (!employee.Succeeded)
        {
            return EvaluationResult<(Employee, EligibilityTarget?)>.Fail(employee.Errors);
        }

        EligibilityTarget? target = null;
        if (document.RootElement.TryGetProperty("target", out var targetJson))
        {
            var level = targetJson.GetProperty("level");
            var role = targetJson.GetProperty("roleId");
            target = new EligibilityTarget(
                level.ValueKind == JsonValueKind.Null ? null : level.GetInt32(),
                role.ValueKind == JsonValueKind.Null ? null : role.GetString());
        }

        return EvaluationResult<(Employee, EligibilityTarget?)>.Ok((employee.Value!, target));
    }

    private static void WriteEmployee(Utf8JsonWriter json, Employee employee)
    {
        json.WriteStartObject();
        json.WriteString("id", employee.Id);
        json.WriteString("family", employee.Family);
        json.WriteString("track", employee.Track);
        json.WriteNumber("level", employee.Level);
        json.WriteString("focus", employee.Focus.Length == 0 ? null : employee.Focus);
        json.WriteString("region", employee.Region);
        json.WriteNumber("baseSalary", employee.BaseSalary);
        json.WriteString("currency", employee.Currency);
        // 0 is "no rating given" (ratings run 1–5): written as null, so the record reads back on replay.
        if (employee.Rating == 0)
        {
            json.WriteNull("rating");
        }
        else
        {
            json.WriteNumber("rating", employee.Rating);
        }

        json.WriteNumber("monthsInLevel", employee.MonthsInLevel);
        json.WriteNumber("scope", employee.Scope);
        json.WriteNumber("teamSize", employee.TeamSize);
        json.WriteNumber("mentorship", employee.Mentorship);
        json.WriteNumber("thoughtLeadership", employee.ThoughtLeadership);
        json.WriteNumber("budget", employee.Budget);
        json.WriteStartObject("skills");
        foreach (var holding in employee.Skills)
        {
            json.WriteNumber(holding.Skill, holding.Proficiency);
        }

        json.WriteEndObject();
        json.WriteStartArray("certifications");
        foreach (var certification in employee.Certifications)
        {
            json.WriteStringValue(certification);
        }

        json.WriteEndArray();

        // Declared attributes follow the built-in fields, in declaration order, as the readers read them.
        foreach (var attribute in employee.Attributes.Declared)
        {
            json.WritePropertyName(attribute.Name);
            Model.AttributeValue.Write(json, attribute, employee.Attributes[attribute.Slot]);
        }

        json.WriteEndObject();
    }

    private static void WriteBand(Utf8JsonWriter json, PayBand band)
    {
        json.WriteStartObject();
        json.WriteNumber("row", band.Row);
        json.WriteString("currency", band.Currency.Code);
        json.WriteString("min", band.Min.FormatAmount());
        if (band.Mid is { } mid)
        {
            json.WriteString("mid", mid.FormatAmount());
        }

        json.WriteString("max", band.Max.FormatAmount());
        if (band.Reference is { } reference)
        {
            json.WriteString("reference", reference.FormatAmount());
        }

        WriteIfDefined(json, "bonusTargetPct", band.BonusTargetPct);
        if (band.Equity is { } equity)
        {
            json.WriteBoolean("equity", equity);
        }

        json.WriteEndObject();
    }

    // What a band does not define is left out of the record, not written as zero.
    private static void WriteIfDefined(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } defined)
        {
            json.WriteNumber(name, defined);
        }
    }

    private static void WriteCriterion(Utf8JsonWriter json, CriterionResult criterion)
    {
        json.WriteStartObject();
        json.WriteString("rule", criterion.Rule);
        json.WriteString("outcome", criterion.Outcome.ToString().ToLowerInvariant());
        json.WriteString("message", criterion.Message);
        // Written only for a rule with an action, so decisions of workflows without them keep their bytes.
        if (criterion.ActionOutput is { } output)
        {
            json.WriteString("actionOutput", output);
        }

        WriteGaps(json, criterion.Gaps);
        json.WriteStartArray("rules");
        foreach (var child in criterion.Children)
        {
            WriteCriterion(json, child);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteOutputs(Utf8JsonWriter json, IReadOnlyList<ComputedOutput> outputs)
    {
        json.WriteStartArray("outputs");
        foreach (var output in outputs)
        {
            json.WriteStartObject();
            json.WriteString("name", output.Name);
            WriteOutputValue(json, "value", output.Value);
            json.WriteString("expression", output.Expression);
            json.WriteStartArray("inputs");
            foreach (var input in output.Inputs)
            {
                json.WriteStartObject();
                json.WriteString("name", input.Name);
                json.WriteString("value", input.Value);
                if (input.Source is { } source)
                {
                    json.WriteString("source", source);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteOutputValue(json, "unrounded", output.Unrounded);
            json.WriteString("rounding", output.Rounding);
            if (output.Limit is { } limit)
            {
                json.WriteStartObject("limit");
                json.WriteString("kind", limit.Kind);
                json.WriteString("expression", limit.Expression);
                WriteOutputValue(json, "bound", limit.Bound);
                WriteOutputValue(json, "before", limit.Before);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("limit");
            }

            json.WriteString("error", output.Error);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    // Amounts as strings with the currency's minor units, like band amounts; the currency beside them.
    private static void WriteOutputValue(Utf8JsonWriter json, string name, OutputValue? value)
    {
        if (value is not { } v)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        json.WriteString("amount", v.FormatAmount());
        json.WriteString("currency", v.Currency?.Code);
        json.WriteEndObject();
    }

    private static void WriteGaps(Utf8JsonWriter json, IReadOnlyList<SkillGap> gaps)
    {
        json.WriteStartArray("gaps");
        foreach (var gap in gaps)
        {
            json.WriteStartObject();
            json.WriteString("skill", gap.Skill);
            json.WriteString("skillName", gap.SkillName);
            json.WriteNumber("required", gap.Required);
            json.WriteNumber("held", gap.Held);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteNullableInt(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static string Write(Action<Utf8JsonWriter> body) => Json.JsonText.Write(body);
}
