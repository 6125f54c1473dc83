using System.Text.Json;

namespace JobFramework.Comp.Interop;

/// <summary>A parameter's shape written back as JSON Schema: what <c>GET /api/workflows</c> and the request schema publish.</summary>
internal static class ParameterSchema
{
    public static string Write(ParameterShape shape)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            Write(json, shape);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(Utf8JsonWriter json, ParameterShape shape)
    {
        json.WriteStartObject();
        switch (shape.Kind)
        {
            case ShapeKind.Object:
                json.WriteString("type", "object");
                json.WriteStartObject("properties");
                foreach (var (name, field) in shape.Fields)
                {
                    json.WritePropertyName(name);
                    Write(json, field);
                }

                json.WriteEndObject();
                json.WriteStartArray("required");
                foreach (var (name, _) in shape.Fields.Where(f => f.Shape.Required))
                {
                    json.WriteStringValue(name);
                }

                json.WriteEndArray();
                json.WriteBoolean("additionalProperties", false);
                break;
            case ShapeKind.List:
                json.WriteString("type", "array");
                json.WriteNumber("maxItems", shape.MaxItems);
                json.WritePropertyName("items");
                Write(json, shape.Element!);
                break;
            case ShapeKind.String:
                json.WriteString("type", "string");
                json.WriteNumber("maxLength", shape.MaxLength);
                if (shape.Allowed is { } allowed)
                {
                    json.WriteStartArray("enum");
                    foreach (string value in allowed)
                    {
                        json.WriteStringValue(value);
                    }

                    json.WriteEndArray();
                }

                break;
            default:
                json.WriteString("type", shape.Kind.ToString().ToLowerInvariant());
                if (shape.Minimum is { } minimum)
                {
                    json.WriteNumber("minimum", minimum);
                }

                if (shape.Maximum is { } maximum)
                {
                    json.WriteNumber("maximum", maximum);
                }

                break;
        }

        if (shape.Default is { } fallback)
        {
            json.WritePropertyName("default");
            JsonSerializer.Serialize(json, fallback, fallback.GetType());
        }

        json.WriteEndObject();
    }
}
