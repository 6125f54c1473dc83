using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace JobFramework.Comp.Releases;

/// <summary>
/// Writes release.json in one fixed layout — what <c>comp rules draft</c> and <c>comp rules approve</c> leave
/// behind — so a reviewer's diff of a manifest shows only what changed.
/// </summary>
public static class ManifestWriter
{
    public const string SchemaReference = "../../schema/release.schema.json";

    /// <param name="schemaReference">The manifest's <c>$schema</c>: the one the file had (a rules folder laid out
    /// differently points elsewhere, or nowhere), or the standard layout's for a new file; null writes none.</param>
    public static string Render(ReleaseManifest manifest, string? schemaReference = SchemaReference)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            if (schemaReference is not null)
            {
                json.WriteString("$schema", schemaReference);
            }

            json.WriteString("id", manifest.Id);
            json.WriteString("effectiveFrom", manifest.EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("status", manifest.IsApproved ? "approved" : "draft");
            json.WriteNumber("requiredApprovals", manifest.RequiredApprovals);
            json.WriteStartArray("approvals");
            foreach (var approval in manifest.Approvals)
            {
                json.WriteStartObject();
                json.WriteString("by", approval.By);
                json.WriteString("role", approval.Role);
                json.WriteString("at", approval.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                json.WriteString("contentHash", approval.ContentHash);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (manifest.ApprovedContentHash is { } hash)
            {
                json.WriteString("approvedContentHash", hash);
            }

            json.WriteStartArray("changes");
            foreach (var change in manifest.Changes)
            {
                json.WriteStringValue(change);
            }

            json.WriteEndArray();
            json.WriteString("notes", manifest.Notes);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()).ReplaceLineEndings("\n") + "\n";
    }

    /// <summary>The <c>$schema</c> an existing release.json names, or null when it names none or cannot be read.</summary>
    public static string? SchemaReferenceOf(string manifestPath)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(manifestPath));
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("$schema", out var schema) && schema.ValueKind == JsonValueKind.String
                ? schema.GetString()
                : null;
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
