using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace JobFramework.Comp.Audit.AzureTables;

/// <summary>
/// Entities as the Table service's JSON (OData v3, minimal metadata): strings, 32-bit numbers and booleans
/// are plain JSON; 64-bit integers and dates are strings annotated with <c>Name@odata.type</c>.
/// </summary>
internal static class EntityJson
{
    private const string TypeSuffix = "@odata.type";

    public static byte[] Write(TableEntity entity)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("PartitionKey", entity.PartitionKey);
            json.WriteString("RowKey", entity.RowKey);
            foreach (var (name, value) in entity.Properties)
            {
                switch (value)
                {
                    case string text: json.WriteString(name, text); break;
                    case int number: json.WriteNumber(name, number); break;
                    case bool flag: json.WriteBoolean(name, flag); break;
                    case double real: json.WriteNumber(name, real); break;
                    case long wide:
                        json.WriteString(name, wide.ToString(CultureInfo.InvariantCulture));
                        json.WriteString(name + TypeSuffix, "Edm.Int64");
                        break;
                    case DateTimeOffset time:
                        json.WriteString(name, time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
                        json.WriteString(name + TypeSuffix, "Edm.DateTime");
                        break;
                    default:
                        throw new ArgumentException($"property '{name}' has type {value.GetType().Name}, which the Table client does not store", nameof(entity));
                }
            }

            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static TableEntity Read(JsonElement element, string? etag = null)
    {
        string partitionKey = element.GetProperty("PartitionKey").GetString()!;
        string rowKey = element.GetProperty("RowKey").GetString()!;
        if (etag is null && element.TryGetProperty("odata.etag", out var etagProperty))
        {
            etag = etagProperty.GetString();
        }

        var entity = new TableEntity(partitionKey, rowKey) { ETag = etag };
        foreach (var property in element.EnumerateObject())
        {
            string name = property.Name;
            if (name is "PartitionKey" or "RowKey" || name.StartsWith("odata.", StringComparison.Ordinal) || name.EndsWith(TypeSuffix, StringComparison.Ordinal))
            {
                continue;
            }

            string? type = element.TryGetProperty(name + TypeSuffix, out var annotation) ? annotation.GetString() : null;
            entity[name] = (type, property.Value.ValueKind) switch
            {
                ("Edm.Int64", _) => long.Parse(property.Value.GetString()!, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
                ("Edm.DateTime", _) => DateTimeOffset.Parse(property.Value.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
                (_, JsonValueKind.String) => property.Value.GetString(),
                (_, JsonValueKind.True) => true,
                (_, JsonValueKind.False) => false,
                (_, JsonValueKind.Number) when property.Value.TryGetInt32(out int number) => number,
                (_, JsonValueKind.Number) => property.Value.GetDouble(),
                _ => null,
            };
        }

        return entity;
    }
}
