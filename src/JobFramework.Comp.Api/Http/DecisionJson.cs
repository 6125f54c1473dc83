using System.Buffers;
using System.Text;
using System.Text.Json;
using JobFramework.Comp.Audit;

namespace JobFramework.Comp.Api.Http;

/// <summary>
/// A recorded decision as the service returns it — the same shape from every endpoint: id, kind, employee,
/// as-of, release (id and content hash), when and by whom, the canonical input and output (with the
/// explanation), and the chain links. The output is the recorded bytes, so a response can be checked
/// against the audit log.
/// </summary>
public static class DecisionJson
{
    public const string ContentType = "application/json; charset=utf-8";

    public static string Of(DecisionRecord record)
    {
        var buffer = new ArrayBufferWriter<byte>(record.Input.Length + record.Output.Length + 512);
        using (var json = new Utf8JsonWriter(buffer))
        {
            Write(json, record);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static void Write(Utf8JsonWriter json, DecisionRecord record)
    {
        json.WriteStartObject();
        json.WriteString("decisionId", record.DecisionId);
        json.WriteString("kind", DecisionKinds.Name(record.Kind));
        json.WriteString("employeeId", record.EmployeeId);
        json.WriteString("asOf", Hosting.ReleaseSet.Format(record.AsOf));
        json.WriteStartObject("release");
        json.WriteString("id", record.ReleaseId);
        json.WriteString("contentHash", record.ReleaseHash);
        json.WriteEndObject();
        json.WriteString("recordedAt", DecisionClock.Format(record.RecordedAt));
        json.WriteString("caller", record.Caller);
        json.WritePropertyName("input");
        json.WriteRawValue(record.Input, skipInputValidation: true);
        json.WritePropertyName("output");
        json.WriteRawValue(record.Output, skipInputValidation: true);
        json.WriteString("previousHash", record.PreviousHash);
        json.WriteString("hash", record.Hash);
        json.WriteEndObject();
    }

    public static IResult Result(DecisionRecord record, int status = StatusCodes.Status200OK) =>
        TypedResults.Text(Of(record), ContentType, Encoding.UTF8, status);
}
