using System.Globalization;
using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Json;

namespace JobFramework.Comp.Releases;

/// <summary>
/// Reads release.json and checks its governance once the content hash is known: an approved release needs
/// its required approvals of this very content and the hash recorded at approval — an approved release edited
/// afterwards, by anyone, no longer loads.
/// </summary>
internal static class ManifestReader
{
    public const int MaxApprovals = 20;

    /// <summary>The manifest and the source values its governance diagnostics point at.</summary>
    public sealed record Read(ReleaseManifest Manifest, SourceSpan Span, SourceString? Status, SourceString? ApprovedHash, IReadOnlyList<SourceValue> ApprovalItems);

    public static Read? From(ObjectReader? reader, DiagnosticBag diagnostics)
    {
        if (reader is null)
        {
            return null;
        }

        int before = diagnostics.Count;
        var id = reader.Identifier("id");
        var effective = reader.String("effectiveFrom", true);
        string notes = reader.String("notes", false)?.Value ?? "";
        var status = reader.String("status", true);
        int? required = reader.Int("requiredApprovals", true, 1, MaxApprovals);
        var approvedHash = reader.String("approvedContentHash", false);
        var changes = reader.Strings("changes", false);
        var approvalItems = reader.Array("approvals", false)?.Items ?? [];
        var approvals = approvalItems.Select(item => ReadApproval(item, diagnostics)).ToList();
        reader.Finish();

        DateOnly date = default;
        if (effective is not null && !DateOnly.TryParseExact(effective.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            diagnostics.Error(Codes.WrongType, Messages.BadDate("effectiveFrom", effective.Value), effective.Span, effective.RawLine);
        }

        ReleaseStatus? parsedStatus = status?.Value switch
        {
            "draft" => ReleaseStatus.Draft,
            "approved" => ReleaseStatus.Approved,
            null => null,
            _ => null,
        };
        if (status is not null && parsedStatus is null)
        {
            diagnostics.Error(Codes.WrongType, Messages.BadStatus(status.Value), status.Span, status.RawLine);
        }

        foreach (var twice in approvals.OfType<Approval>().GroupBy(a => (a.By.ToUpperInvariant(), a.ContentHash)).Where(g => g.Count() > 1))
        {
            diagnostics.Error(Codes.Approval, Messages.ApprovedTwice(twice.First().By), reader.Get("approvals")!.Span);
        }

        if (diagnostics.Count > before || id is null)
        {
            return null;
        }

        var manifest = new ReleaseManifest(id.Value, date, notes)
        {
            Status = parsedStatus!.Value,
            RequiredApprovals = required!.Value,
            Approvals = [.. approvals.OfType<Approval>()],
            ApprovedContentHash = approvedHash?.Value,
            Changes = [.. changes.Select(c => c.Value)],
        };
        return new Read(manifest, reader.Span, status, approvedHash, approvalItems);
    }

    /// <summary>Governance against the content the release actually holds.</summary>
    public static void Check(Read read, string contentHash, DiagnosticBag diagnostics)
    {
        var manifest = read.Manifest;
        if (!manifest.IsApproved)
        {
            if (read.ApprovedHash is not null)
            {
                diagnostics.Error(Codes.Approval, Messages.DraftWithApprovedHash, read.ApprovedHash.Span, read.ApprovedHash.RawLine);
            }

            return;
        }

        if (read.ApprovedHash is null)
        {
            diagnostics.Error(Codes.Approval, Messages.ApprovedWithoutHash(manifest.Id), read.Status!.Span, read.Status.RawLine);
            return;
        }

        if (!string.Equals(read.ApprovedHash.Value, contentHash, StringComparison.Ordinal))
        {
            diagnostics.Error(Codes.Tampered, Messages.EditedAfterApproval(manifest.Id, read.ApprovedHash.Value, contentHash), read.ApprovedHash.Span, read.ApprovedHash.RawLine);
            return;
        }

        int given = manifest.ApprovalsOf(contentHash);
        if (given < manifest.RequiredApprovals)
        {
            diagnostics.Error(Codes.Approval, Messages.TooFewApprovals(manifest.Id, given, manifest.RequiredApprovals), read.Status!.Span, read.Status.RawLine);
        }
    }

    private static Approval? ReadApproval(SourceValue item, DiagnosticBag diagnostics)
    {
        var reader = ObjectReader.From(item, diagnostics, "approvals item");
        if (reader is null)
        {
            return null;
        }

        var by = reader.Identifier("by");
        var role = reader.Identifier("role");
        var at = reader.String("at", true);
        var hash = reader.String("contentHash", true);
        reader.Finish();
        if (at is not null && !DateTimeOffset.TryParseExact(at.Value, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))
        {
            diagnostics.Error(Codes.WrongType, Messages.BadTimestamp("at", at.Value), at.Span, at.RawLine);
            return null;
        }

        if (hash is not null && !hash.Value.StartsWith("sha256:", StringComparison.Ordinal))
        {
            diagnostics.Error(Codes.WrongType, Messages.BadContentHash(hash.Value), hash.Span, hash.RawLine);
            return null;
        }

        return by is null || role is null || at is null || hash is null
            ? null
            : new Approval(by.Value, role.Value, DateTimeOffset.ParseExact(at.Value, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal), hash.Value);
    }
}
