using System.Text.Json;

namespace JobFramework.Comp.Json;

/// <summary>Writes a <see cref="SourceValue"/> back to compact JSON (numbers exactly as written).</summary>
internal static class SourceWriter
{
    public static byte[] ToJson(SourceValue value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            Write(writer, value);
        }

        return stream.ToArray();
    }

    private static void Write(Utf8JsonWriter writer, SourceValue value)
    {
        switch (value)
        {
            case SourceObject obj:
                writer.WriteStartObject();
                foreach (var property in obj.Properties)
                {
                    writer.WritePropertyName(property.Name);
                    Write(writer, property.Value);
                }

                writer.WriteEndObject();
                break;
            case SourceArray array:
                writer.WriteStartArray();
                foreach (var item in array.Items)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case SourceString s:
                writer.WriteStringValue(s.Value);
                break;
            case SourceNumber n:
                writer.WriteRawValue(n.Raw, skipInputValidation: true);
                break;
            case SourceBoolean b:
                writer.WriteBooleanValue(b.Value);
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }
}
