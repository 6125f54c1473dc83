using System.Globalization;
using System.Reflection;
using System.Text.Json;
using JobFramework.Comp.Evaluation;

namespace JobFramework.Comp.Interop;

/// <summary>
/// The values a caller passes to a RulesEngine workflow's parameters, read from JSON against their declared
/// shapes: every problem names its place (<c>parameters.input1.items[2].id</c>), undeclared fields are errors, and the
/// size budget (<see cref="ParameterLimits"/>) is checked here, before anything runs. What is read is a plain tree —
/// an object is the array of its field values in declared order, a list the array of its items — which the typed
/// compiler reads as it is and <see cref="Materialize"/> turns into the CLR objects RulesEngine evaluates. The
/// canonical JSON of what was read — fields in declared order, absent optional ones left out — is what the audit records.
/// </summary>
internal sealed class ParameterValues
{
    private readonly List<InputError> _errors = [];
    private int _values;

    /// <summary>Each parameter's field values (an object's tree), and the canonical JSON of them all.</summary>
    public sealed record Read(object?[][] Roots, string Canonical);

    public static EvaluationResult<Read> FromJson(IReadOnlyList<(string Name, ParameterShape Shape)> parameters, JsonElement? json)
    {
        var reader = new ParameterValues();
        if (json is not { ValueKind: JsonValueKind.Object } root)
        {
            return EvaluationResult<Read>.Fail("parameters", json is null or { ValueKind: JsonValueKind.Null }
                ? Diagnostics.Messages.ParametersMissing(parameters.Select(p => p.Name))
                : Diagnostics.Messages.WrongType("parameters", "an object", json.Value.ValueKind.ToString().ToLowerInvariant()));
        }

        using var stream = new MemoryStream();
        var values = new object?[parameters.Count][];
        using (var canonical = new Utf8JsonWriter(stream))
        {
            canonical.WriteStartObject();
            foreach (var property in root.EnumerateObject().Where(p => !parameters.Any(d => d.Name == p.Name)))
            {
                var known = parameters.Select(p => p.Name).ToArray();
                reader._errors.Add(new InputError("parameters." + property.Name, Diagnostics.Messages.UnknownValue("parameter", property.Name, Json.ObjectReader.Suggest(property.Name, known), known)));
            }

            for (int i = 0; i < parameters.Count; i++)
            {
                var (name, shape) = parameters[i];
                canonical.WritePropertyName(name);
                if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
                {
                    reader._errors.Add(new InputError("parameters." + name, Diagnostics.Messages.MissingParameter(name)));
                    canonical.WriteNullValue();
                    continue;
                }

                values[i] = reader.Value(shape, value, "parameters." + name, canonical) as object?[] ?? [];
            }

            canonical.WriteEndObject();
        }

        return reader._errors.Count > 0
            ? EvaluationResult<Read>.Fail(reader._errors)
            : EvaluationResult<Read>.Ok(new Read(values, System.Text.Encoding.UTF8.GetString(stream.ToArray())));
    }

    /// <summary>The CLR objects RulesEngine evaluates, built from what was read; lists count against <paramref name="budget"/>.</summary>
    public static object[] Materialize(IReadOnlyList<(string Name, ParameterShape Shape)> parameters, object?[][] roots, EvaluationBudget budget) =>
        [.. parameters.Select((p, i) => MaterializeNode(p.Shape, roots[i], budget)!)];

    /// <summary>Every parameter with each field at its type's zero, lists empty, objects present: what the loader compiles and warms up with.</summary>
    public static object[] Defaults(IReadOnlyList<(string Name, ParameterShape Shape)> parameters, EvaluationBudget budget) =>
        [.. parameters.Select(p => MaterializeNode(p.Shape, DefaultOf(p.Shape), budget)!)];

    private static object? DefaultOf(ParameterShape shape) => shape.Kind switch
    {
        ShapeKind.String => "",
        ShapeKind.Integer => shape.Required ? 0L : null,
        ShapeKind.Number => shape.Required ? 0d : null,
        ShapeKind.Boolean => shape.Required ? false : null,
        ShapeKind.List => Array.Empty<object?>(),
        _ => shape.Fields.Select(f => DefaultOf(f.Shape)).ToArray(),
    };

    private static object? MaterializeNode(ParameterShape shape, object? node, EvaluationBudget budget)
    {
        switch (shape.Kind, node)
        {
            case (ShapeKind.Object, object?[] fields):
                var instance = Activator.CreateInstance(shape.ClrType)!;
                for (int i = 0; i < fields.Length; i++)
                {
                    if (MaterializeNode(shape.Fields[i].Shape, fields[i], budget) is { } value)
                    {
                        shape.ClrType.GetProperty(shape.Fields[i].Name)!.SetValue(instance, value);
                    }
                }

                return instance;
            case (ShapeKind.List, object?[] items):
                var array = Array.CreateInstance(shape.Element!.ClrType, items.Length);
                for (int i = 0; i < items.Length; i++)
                {
                    array.SetValue(MaterializeNode(shape.Element, items[i], budget), i);
                }

                return Activator.CreateInstance(shape.ClrType, BindingFlags.Instance | BindingFlags.NonPublic, null, [array, budget], CultureInfo.InvariantCulture);
            default:
                return node;
        }
    }

    private object? Value(ParameterShape shape, JsonElement json, string path, Utf8JsonWriter canonical)
    {
        if (++_values > ParameterLimits.MaxValues)
        {
            if (_values == ParameterLimits.MaxValues + 1)
            {
                _errors.Add(new InputError(path, Diagnostics.Messages.TooManyValues(ParameterLimits.MaxValues)));
            }

            canonical.WriteNullValue();
            return null;
        }

        switch (shape.Kind, json.ValueKind)
        {
            case (ShapeKind.String, JsonValueKind.String):
                string text = json.GetString()!;
                if (text.Length > shape.MaxLength)
                {
                    return Fail(path, Diagnostics.Messages.TextTooLong(text.Length, shape.MaxLength), canonical);
                }

                if (shape.Allowed is { } allowed && !allowed.Contains(text, StringComparer.Ordinal))
                {
                    return Fail(path, Diagnostics.Messages.UnknownValue("value", text, Json.ObjectReader.Suggest(text, allowed), allowed), canonical);
                }

                canonical.WriteStringValue(text);
                return text;
            case (ShapeKind.Integer, JsonValueKind.Number):
                if (!json.TryGetInt64(out long whole))
                {
                    return Fail(path, Diagnostics.Messages.WrongType(path, "a whole number", json.GetRawText()), canonical);
                }

                if (OutOfRange(shape, whole) is { } range)
                {
                    return Fail(path, range, canonical);
                }

                canonical.WriteNumberValue(whole);
                return whole;
            case (ShapeKind.Number, JsonValueKind.Number):
                double number = json.GetDouble();
                if (!double.IsFinite(number))
                {
                    return Fail(path, Diagnostics.Messages.WrongType(path, "a finite number", json.GetRawText()), canonical);
                }

                if (OutOfRange(shape, number) is { } outside)
                {
                    return Fail(path, outside, canonical);
                }

                canonical.WriteRawValue(number.ToString("R", CultureInfo.InvariantCulture));
                return number;
            case (ShapeKind.Boolean, JsonValueKind.True or JsonValueKind.False):
                canonical.WriteBooleanValue(json.GetBoolean());
                return json.GetBoolean();
            case (ShapeKind.List, JsonValueKind.Array):
                return ListOf(shape, json, path, canonical);
            case (ShapeKind.Object, JsonValueKind.Object):
                return ObjectOf(shape, json, path, canonical);
            default:
                return Fail(path, Diagnostics.Messages.WrongType(path, Describe(shape.Kind), json.ValueKind.ToString().ToLowerInvariant()), canonical);
        }
    }

    private object? ListOf(ParameterShape shape, JsonElement json, string path, Utf8JsonWriter canonical)
    {
        int length = json.GetArrayLength();
        if (length > shape.MaxItems)
        {
            return Fail(path, Diagnostics.Messages.TooManyItems(length, shape.MaxItems), canonical);
        }

        var items = new object?[length];
        canonical.WriteStartArray();
        int index = 0;
        foreach (var element in json.EnumerateArray())
        {
            items[index] = Value(shape.Element!, element, path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]", canonical);
            index++;
        }

        canonical.WriteEndArray();
        return items;
    }

    private object?[] ObjectOf(ParameterShape shape, JsonElement json, string path, Utf8JsonWriter canonical)
    {
        foreach (var property in json.EnumerateObject().Where(p => !shape.Fields.Any(f => f.Name == p.Name)))
        {
            var known = shape.Fields.Select(f => f.Name).ToArray();
            _errors.Add(new InputError(path + "." + property.Name, Diagnostics.Messages.UnknownValue("field", property.Name, Json.ObjectReader.Suggest(property.Name, known), known)));
        }

        var values = new object?[shape.Fields.Count];
        canonical.WriteStartObject();
        for (int i = 0; i < values.Length; i++)
        {
            var (name, field) = shape.Fields[i];
            if (!json.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                if (field.Required)
                {
                    _errors.Add(new InputError(path + "." + name, Diagnostics.Messages.RequiredField(name)));
                }
                else if (field.Default is { } fallback)
                {
                    // The default is recorded as if sent, so the decision replays from its record alone.
                    canonical.WritePropertyName(name);
                    WriteScalar(canonical, fallback);
                    values[i] = fallback;
                }

                continue;
            }

            canonical.WritePropertyName(name);
            values[i] = Value(field, value, path + "." + name, canonical);
        }

        canonical.WriteEndObject();
        return values;
    }

    private static string? OutOfRange(ParameterShape shape, double value) =>
        value < shape.Minimum || value > shape.Maximum
            ? Diagnostics.Messages.ParameterOutOfRange(value, shape.Minimum, shape.Maximum)
            : null;

    private static void WriteScalar(Utf8JsonWriter json, object value)
    {
        switch (value)
        {
            case long whole: json.WriteNumberValue(whole); break;
            case double number: json.WriteRawValue(number.ToString("R", CultureInfo.InvariantCulture)); break;
            case bool flag: json.WriteBooleanValue(flag); break;
            default: json.WriteStringValue((string)value); break;
        }
    }

    private object? Fail(string path, string message, Utf8JsonWriter canonical)
    {
        _errors.Add(new InputError(path, message));
        canonical.WriteNullValue();
        return null;
    }

    private static string Describe(ShapeKind kind) => kind switch
    {
        ShapeKind.String => "a string",
        ShapeKind.Integer => "a whole number",
        ShapeKind.Number => "a number",
        ShapeKind.Boolean => "true or false",
        ShapeKind.List => "an array",
        _ => "an object",
    };
}
