using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace JobFramework.Comp.Audit.AzureTables;

/// <summary>
/// Key design of the decisions table. Partition = chain (<c>c00</c>…<c>c31</c>): employees hash evenly over
/// the 32 partitions (no hot partition), and everything one append touches sits in one partition, so one
/// entity group transaction writes records, index rows and the chain head together. Row keys:
/// <list type="bullet">
/// <item><c>r-{999999999999 − seq}</c>: the record; the inverted sequence sorts newest first.</item>
/// <item><c>e-{hex(employee id)}-k-{sha256(idempotency key)}</c>, or <c>e-{hex(employee id)}-s-{inverted seq}</c>
/// for a decision without a key: the employee's index row, pointing at the record. Keyed rows make a reused
/// key fail the transaction (409) — what makes concurrent retries safe — and one row per decision keeps the
/// write cost at two entities. An employee query reads the employee's index rows (small, and few per
/// person) and orders them by sequence.</item>
/// <item><c>head</c>: the chain's latest sequence and hash, replaced under its ETag by every append.</item>
/// </list>
/// Hex and SHA-256 keep row keys free of the characters the service forbids (/ \ # ? and controls).
/// </summary>
internal static class TableKeys
{
    public const long MaxSequence = 999_999_999_999;
    public const string Head = "head";
    public const string RecordPrefix = "r-";
    public const string RecordEnd = "r.";

    public static string Partition(int chain) => string.Create(CultureInfo.InvariantCulture, $"c{chain:D2}");

    public static string Record(long sequence) => RecordPrefix + Inverted(sequence);

    public static long SequenceOfRecord(string rowKey) =>
        rowKey.StartsWith(RecordPrefix, StringComparison.Ordinal) && long.TryParse(rowKey.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out long inverted)
            ? MaxSequence - inverted
            : 0;

    public static string EmployeePrefix(string employeeId) => "e-" + Convert.ToHexStringLower(Encoding.UTF8.GetBytes(employeeId)) + "-";

    public static string EmployeeEnd(string employeeId) => "e-" + Convert.ToHexStringLower(Encoding.UTF8.GetBytes(employeeId)) + ".";

    /// <summary>The index row of a decision: keyed by its idempotency key when it has one, else by its sequence.</summary>
    public static string EmployeeIndex(string employeeId, string? idempotencyKey, long sequence) =>
        idempotencyKey is null
            ? EmployeePrefix(employeeId) + "s-" + Inverted(sequence)
            : EmployeePrefix(employeeId) + "k-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(idempotencyKey)));

    public static string Inverted(long sequence) => (MaxSequence - sequence).ToString("D12", CultureInfo.InvariantCulture);

    /// <summary>An OData string literal.</summary>
    public static string Quote(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}
