using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Json;
using JobFramework.Comp.Releases;

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
            var fields = parameter?.Array("Fields", false);
            var schema = parameter?.Object("Schema", fields is null);
            parameter?.Finish();
            if (fields is not null && schema is not null)
            {
                diagnostics.Error(Codes.UnknownProperty, Messages.SchemaOrFields, fields.Span);
                continue;
            }

            if (name is not null && fields is not null)
            {
                if (FromFields(name.Value, fields) is { } declared)
                {
                    parameters.Add((name.Value, declared));
                }

                continue;
            }

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
            "string" => ParameterShape.Scalar(
                ShapeKind.String, required, schema.Int("maxLength", false, 0, ParameterLimits.MaxTextLength) ?? ParameterLimits.MaxTextLength,
                allowed: schema.Get("enum") is null ? null : schema.Strings("enum", false).Select(v => v.Value).ToArray(), defaultValue: schema.String("default", false)?.Value),
            "integer" => ParameterShape.Scalar(ShapeKind.Integer, required, minimum: Bound(schema, "minimum"), maximum: Bound(schema, "maximum"), defaultValue: WholeDefault(schema)),
            "number" => ParameterShape.Scalar(ShapeKind.Number, required, minimum: Bound(schema, "minimum"), maximum: Bound(schema, "maximum"), defaultValue: (double?)schema.Decimal("default", false)),
            "boolean" => ParameterShape.Scalar(ShapeKind.Boolean, required, defaultValue: schema.Bool("default", false)),
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

    // The declared-attribute form (docs/attributes.md) for a flat parameter: each field's Type, Required or Default,
    // Min, Max and Values, read and checked by the attribute reader itself.
    private ParameterShape? FromFields(string name, SourceArray items)
    {
        int before = diagnostics.Count;
        var declared = AttributeReader.Read(items, diagnostics, reserved: [], caseInsensitive: true);
        var fields = new List<(string, ParameterShape)>();
        for (int i = 0; i < declared.Count; i++)
        {
            var field = declared[i];
            var kind = field.Kind switch
            {
                Model.AttributeKind.Integer => ShapeKind.Integer,
                Model.AttributeKind.Number => ShapeKind.Number,
                Model.AttributeKind.String => ShapeKind.String,
                Model.AttributeKind.Boolean => ShapeKind.Boolean,
                Model.AttributeKind.StringList => ShapeKind.List,
                _ => (ShapeKind?)null,
            };
            if (kind is null)
            {
                diagnostics.Error(Codes.WrongType, Messages.ParameterFieldType(name + "." + field.Name, field.KindName), items.Items[Math.Min(i, items.Items.Count - 1)].Span);
                continue;
            }

            object? fallback = field.Default switch
            {
                decimal number when kind == ShapeKind.Number => (double)number,
                string[] => null,
                var other => other,
            };
            fields.Add((field.Name, kind == ShapeKind.List
                ? ParameterShape.List(field.Required, ParameterShape.Scalar(ShapeKind.String, true), ParameterLimits.MaxItems)
                : ParameterShape.Scalar(kind.Value, field.Required, minimum: (double?)field.Min, maximum: (double?)field.Max, allowed: field.Allowed, defaultValue: fallback)));
        }

        return diagnostics.Count > before ? null : ParameterShape.Object(required: true, fields);
    }

    private static double? Bound(ObjectReader schema, string name) => (double?)schema.Decimal(name, false);

    private long? WholeDefault(ObjectReader schema)
    {
        var value = schema.Number("default", false);
        if (value is null)
        {
            return null;
        }

        if (!long.TryParse(value.Raw, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out long whole))
        {
            diagnostics.Error(Codes.WrongType, Messages.WrongType("default", "a whole number", value.Raw), value.Span);
            return null;
        }

        return whole;
    }

    private static bool IsIdentifier(string name) =>
        name.Length is > 0 and <= 64 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
