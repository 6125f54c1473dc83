using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

namespace JobFramework.Comp.Audit;

/// <summary>
/// The hash of a record: SHA-256 over a canonical JSON document of every field but the hash itself, in a
/// fixed order, including the previous record's hash (which makes it a chain). Input and outputs enter as
/// strings, exactly as stored. Changing this format invalidates every stored chain: the "v" field says
/// which format a record was sealed with.
/// </summary>
public static class DecisionHasher
{
    private const int FormatVersion = 1;

    public static string Compute(DecisionRecord record)
    {
        var buffer = new ArrayBufferWriter<byte>(1024 + (record.Input.Length + record.Output.Length) * 2);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("v", FormatVersion);
            json.WriteString("id", record.DecisionId);
            json.WriteNumber("chain", record.Chain);
            json.WriteNumber("seq", record.Sequence);
            json.WriteString("kind", DecisionKinds.Name(record.Kind));
            json.WriteString("employeeId", record.EmployeeId);
            json.WriteString("asOf", record.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("releaseId", record.ReleaseId);
            json.WriteString("releaseHash", record.ReleaseHash);
            json.WriteString("input", record.Input);
            json.WriteString("output", record.Output);
            json.WriteString("caller", record.Caller);
            json.WriteString("idempotencyKey", record.IdempotencyKey);
            json.WriteString("recordedAt", DecisionClock.Format(record.RecordedAt));
            json.WriteString("prev", record.PreviousHash);
            json.WriteEndObject();
        }

        return Convert.ToHexStringLower(SHA256.HashData(buffer.WrittenSpan));
    }
}
