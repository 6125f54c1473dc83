using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Json;

namespace JobFramework.Comp.Interop;

/// <summary>
/// Reads a RulesEngine workflow's <c>RuleParameters</c> — its named inputs as RulesEngine passes them
/// (<c>input1</c>, <c>basicInfo</c>…) — each typed by a JSON Schema: <c>object</c> with <c>properties</c> and
/// <c>required</c>, <c>string</c> (<c>maxLength</c>), <c>integer</c>, <c>number</c>, <c>boolean</c>, <c>array</c> with
/// <c>items</c> (<c>maxItems</c>). Anything else in a schema is a load error naming it: a type the loader does not
/// understand would otherwise be a value RulesEngine reads differently from what the author meant.
/// </summary>
internal sealed class ParameterSchemaReader(DiagnosticBag diagnostics)
{
    private static readonly string[] Types = ["object", "string", "integer", "number", "boolean", "array"];

    public IReadOnlyList<(string Name, ParameterShape Shape)> Read(SourceArray array)
    {
        var parameters = new List<(string, ParameterShape)>();
        foreach (var item in array.Items)
        {
            var parameter = ObjectReader.From(item, diagnostics, "RuleParameters item", caseInsensitive: true);
            var name = parameter?.Identifier("Name");
            var schema = parameter?.Object("Schema", true);
            parameter?.Finish();
            if (name is null || schema is null)
            {
                continue;
            }

            if (!IsIdentifier(name.Value))
            {
                diagnostics.Error(Codes.WrongType, Messages.ParameterName(name.Value), name.Span, name.RawLine);
                continue;
            }

            if (parameters.Any(p => string.Equals(p.Item1, name.Value, StringComparison.OrdinalIgnoreCase)))
            {
                diagnostics.Error(Codes.DuplicateId, Messages.DuplicateId("rule parameter", name.Value), name.Span, name.RawLine);
                continue;
            }

            if (ReadShape(schema, name.Value, required: true, depth: 0) is { } shape)
            {
                if (shape.Kind != ShapeKind.Object)
                {
                    diagnostics.Error(Codes.WrongType, Messages.ParameterNotObject(name.Value), schema.Span);
                    continue;
                }

                parameters.Add((name.Value, shape));
            }
        }

        if (array.Items.Count == 0)
        {
            diagnostics.Error(Codes.EmptyValue, Messages.EmptyValue("RuleParameters"), array.Span);
        }

        return parameters;
    }

    private ParameterShape? ReadShape(ObjectReader schema, string path, bool required, int depth)
    {
        schema.Get("description");
        schema.Get("title");
        var type = schema.String("type", true);
        if (type is null)
        {
            schema.Finish();
            return null;
        }

        if (depth > ParameterLimits.MaxDepth)
        {
            diagnostics.Error(Codes.ExpressionLimit, Messages.ParameterTooDeep(path, ParameterLimits.MaxDepth), schema.Span);
            return null;
        }

        ParameterShape? shape = type.Value switch
        {
            "object" => ReadObject(schema, path, required, depth),
            "array" => ReadArray(schema, path, required, depth),
            "string" => ParameterShape.Scalar(ShapeKind.String, required, schema.Int("maxLength", false, 0, ParameterLimits.MaxTextLength) ?? ParameterLimits.MaxTextLength),
            "integer" => ParameterShape.Scalar(ShapeKind.Integer, required),
            "number" => ParameterShape.Scalar(ShapeKind.Number, required),
            "boolean" => ParameterShape.Scalar(ShapeKind.Boolean, required),
            _ => null,
        };
        if (shape is null && !Types.Contains(type.Value, StringComparer.Ordinal))
        {
            diagnostics.Error(Codes.UnknownId, Messages.UnknownValue("schema type", type.Value, ObjectReader.Suggest(type.Value, Types), Types), type.Span, type.RawLine);
        }

        schema.Finish();
        return shape;
    }

    private ParameterShape? ReadObject(ObjectReader schema, string path, bool required, int depth)
    {
        var properties = schema.Object("properties", true);
        var requiredNames = schema.Strings("required", false).Select(s => s.Value).ToHashSet(StringComparer.Ordinal);
        if (schema.Get("additionalProperties") is { } additional and not SourceBoolean { Value: false })
        {
            diagnostics.Error(Codes.WrongType, Messages.AdditionalProperties(path), additional.Span);
        }

        if (properties is null)
        {
            return null;
        }

        var fields = new List<(string, ParameterShape)>();
        bool complete = true;
        foreach (var property in properties.Properties)
        {
            properties.Get(property.Name);
            if (!IsIdentifier(property.Name))
            {
                diagnostics.Error(Codes.WrongType, Messages.ParameterName(property.Name), property.NameSpan);
                complete = false;
                continue;
            }

            var field = ObjectReader.From(property.Value, diagnostics, path + "." + property.Name);
            var shape = field is null ? null : ReadShape(field, path + "." + property.Name, requiredNames.Contains(property.Name), depth + 1);
            complete &= shape is not null;
            if (shape is not null)
            {
                fields.Add((property.Name, shape));
            }
        }

        foreach (string name in requiredNames.Where(n => !fields.Any(f => f.Item1 == n)))
        {
            diagnostics.Error(Codes.UnknownId, Messages.RequiredNotDeclared(path, name), properties.Span);
            complete = false;
        }

        return complete ? ParameterShape.Object(required, fields) : null;
    }

    private ParameterShape? ReadArray(ObjectReader schema, string path, bool required, int depth)
    {
        var items = schema.Object("items", true);
        int maxItems = schema.Int("maxItems", false, 0, ParameterLimits.MaxItems) ?? ParameterLimits.MaxItems;
        var element = items is null ? null : ReadShape(items, path + "[]", required: true, depth + 1);
        return element is null ? null : ParameterShape.List(required, element, maxItems);
    }

    private static bool IsIdentifier(string name) =>
        name.Length is > 0 and <= 64 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
