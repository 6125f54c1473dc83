using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace JobFramework.Comp.Audit;

/// <summary>
/// Idempotency keys derived from what was decided — kind, as-of date, release content hash and canonical
/// input — for the bulk paths (a <c>comp place --audit</c> run, a streamed <c>POST /api/placements</c>). The
/// same row sent again under the same release and date is the same decision: it gets the same key and the
/// log returns the original record instead of writing a second one, so a caller recovering from a crash can
/// resend every row and nothing is lost or recorded twice.
/// </summary>
public static class ContentKeys
{
    /// <summary>Keys of this kind start with this prefix (what <c>comp audit show</c> prints).</summary>
    public const string Prefix = "comp:";

    public static string For(DecisionKind kind, DateOnly asOf, string releaseHash, string input)
    {
        string material = string.Join('\n', DecisionKinds.Name(kind), asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), releaseHash, input);
        return Prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(material)))[..32];
    }

    /// <summary>A draft keyed by its own content.</summary>
    public static DecisionDraft Keyed(DecisionKind kind, string employeeId, DateOnly asOf, string releaseId, string releaseHash, string input, string output, string? caller) =>
        new(kind, employeeId, asOf, releaseId, releaseHash, input, output, caller, For(kind, asOf, releaseHash, input));
}
