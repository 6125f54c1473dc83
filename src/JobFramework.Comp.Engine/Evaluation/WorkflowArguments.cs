using System.Text.Json;
using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Model;

namespace JobFramework.Comp.Evaluation;

/// <summary>
/// Reads the values a caller passes to a workflow's declared inputs — a JSON object (API body, audit record) or
/// <c>name=value</c> texts (the CLI's <c>--input</c>) — checked as attributes are: type, range, allowed values,
/// required or defaulted. Every problem names the input as <c>inputs.name</c>; an undeclared name is an error.
/// </summary>
public static class WorkflowArguments
{
    public static EvaluationResult<AttributeValues> FromJson(WorkflowDefinition workflow, JsonElement? inputs)
    {
        var errors = new List<InputError>();
        var values = new object?[workflow.Inputs.Count];
        if (inputs is { } element && element.ValueKind != JsonValueKind.Null)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                return EvaluationResult<AttributeValues>.Fail("inputs", Messages.WrongType("inputs", "an object", element.ValueKind.ToString().ToLowerInvariant()));
            }

            foreach (var property in element.EnumerateObject())
            {
                var input = Find(workflow, property.Name, errors);
                if (input is null)
                {
                    continue;
                }

                var reader = new Utf8JsonReader(JsonSerializer.SerializeToUtf8Bytes(property.Value));
                reader.Read();
                Store(input, reader.TokenType == JsonTokenType.Null ? new AttributeValue.Result(null, null) : AttributeValue.FromJson(input, ref reader), values, errors);
            }
        }

        return Complete(workflow, values, errors);
    }

    /// <summary>From <c>name=value</c> pairs, values written as in a roster CSV (lists separated by ';').</summary>
    public static EvaluationResult<AttributeValues> FromText(WorkflowDefinition workflow, IEnumerable<string> assignments)
    {
        var errors = new List<InputError>();
        var values = new object?[workflow.Inputs.Count];
        foreach (string assignment in assignments)
        {
            int equals = assignment.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                errors.Add(new InputError("inputs", Messages.InputAssignment(assignment)));
                continue;
            }

            var input = Find(workflow, assignment[..equals].Trim(), errors);
            if (input is not null)
            {
                Store(input, AttributeValue.FromText(input, assignment[(equals + 1)..].Trim()), values, errors);
            }
        }

        return Complete(workflow, values, errors);
    }

    private static DeclaredAttribute? Find(WorkflowDefinition workflow, string name, List<InputError> errors)
    {
        var input = workflow.FindInput(name);
        if (input is null)
        {
            var known = workflow.Inputs.Select(i => i.Name).ToArray();
            errors.Add(new InputError("inputs." + name, known.Length == 0
                ? Messages.WorkflowTakesNoInputs(workflow.Name)
                : Messages.UnknownValue("input", name, Json.ObjectReader.Suggest(name, known), known)));
        }

        return input;
    }

    private static void Store(DeclaredAttribute input, AttributeValue.Result read, object?[] values, List<InputError> errors)
    {
        if (read.Error is not null)
        {
            errors.Add(new InputError("inputs." + input.Name, read.Error));
            return;
        }

        values[input.Slot] = read.Value;
    }

    private static EvaluationResult<AttributeValues> Complete(WorkflowDefinition workflow, object?[] values, List<InputError> errors)
    {
        var missing = new List<InputError>();
        var complete = AttributeValues.Complete(values, workflow.Inputs, missing);
        errors.AddRange(missing.Select(e => e with { Field = "inputs." + e.Field }));
        return errors.Count > 0 ? EvaluationResult<AttributeValues>.Fail(errors) : EvaluationResult<AttributeValues>.Ok(complete);
    }
}
