using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace JobFramework.Comp.Audit;

/// <summary>
/// The hash of a record: SHA-256 over every field but the hash itself, in a fixed order, each written as
/// its UTF-8 bytes behind a 4-byte big-endian length (−1 for null) — unambiguous without escaping, so input
/// and output snapshots are hashed exactly as stored. The previous record's hash is one of the fields, which
/// makes the records a chain. A leading format version says how a record was sealed; changing this layout
/// means a new version, never an edit.
/// </summary>
public static class DecisionHasher
{
    private const string FormatVersion = "jfc-decision-v1";

    public static string Compute(DecisionRecord record)
    {
        ReadOnlySpan<string?> fields =
        [
            FormatVersion,
            record.DecisionId,
            record.Chain.ToString(CultureInfo.InvariantCulture),
            record.Sequence.ToString(CultureInfo.InvariantCulture),
            DecisionKinds.Name(record.Kind),
            record.EmployeeId,
            record.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            record.ReleaseId,
            record.ReleaseHash,
            record.Input,
            record.Output,
            record.Caller,
            record.IdempotencyKey,
            DecisionClock.Format(record.RecordedAt),
            record.PreviousHash,
        ];
        int size = 0;
        foreach (var field in fields)
        {
            size += 4 + (field is null ? 0 : Encoding.UTF8.GetByteCount(field));
        }

        byte[] buffer = ArrayPool<byte>.Shared.Rent(size);
        int at = 0;
        foreach (var field in fields)
        {
            int length = field is null ? -1 : Encoding.UTF8.GetBytes(field, buffer.AsSpan(at + 4));
            BinaryPrimitives.WriteInt32BigEndian(buffer.AsSpan(at), length);
            at += 4 + Math.Max(0, length);
        }

        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(buffer.AsSpan(0, at), digest);
        ArrayPool<byte>.Shared.Return(buffer);
        return Convert.ToHexStringLower(digest);
    }
}
