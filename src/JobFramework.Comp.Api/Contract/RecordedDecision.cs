using System.ComponentModel;
using System.Text.Json;

namespace JobFramework.Comp.Api.Contract;

/// <summary>A release by id and content hash.</summary>
public sealed record ReleaseRef(string Id, [property: Description("sha256:… over every rule file that can change a decision.")] string ContentHash);

/// <summary>
/// A recorded decision, the same shape from every endpoint that decides or reads decisions: the canonical
/// input and output are the recorded bytes (output: placement, eligibility with every criterion and gap, or
/// ranked move options), and the hash chain links let anyone verify the record.
/// </summary>
public sealed record RecordedDecision(
    [property: Description("Chain and sequence, e.g. 04-000000000001.")] string DecisionId,
    [property: Description("placement, eligibility or mobility.")] string Kind,
    string EmployeeId,
    string AsOf,
    ReleaseRef Release,
    [property: Description("UTC, milliseconds.")] string RecordedAt,
    string? Caller,
    [property: Description("The canonical input snapshot.")] JsonElement Input,
    [property: Description("The decision with its explanation.")] JsonElement Output,
    string PreviousHash,
    string Hash);

/// <summary>An employee's decisions, newest first, and the token for the next page (null on the last).</summary>
public sealed record DecisionList(IReadOnlyList<RecordedDecision> Decisions, string? Continuation);

/// <summary>One difference between a recorded output and its replay.</summary>
public sealed record ReplayDifference(string Pointer, string? Recorded, string? Replayed);

/// <summary>A decision re-evaluated with its recorded release: identical, or every difference.</summary>
public sealed record ReplayReport(string DecisionId, ReleaseRef Release, bool RecordIntact, bool Identical, IReadOnlyList<ReplayDifference> Differences);

/// <summary>
/// One line of a placement stream (NDJSON): a placement (<c>decisionId</c>, <c>placement</c>; <c>replayed</c> when
/// the row was recorded by an earlier send), a row's errors (<c>errors</c>), or — last — the <c>summary</c>.
/// </summary>
public sealed record PlacementStreamLine(
    long? Line = null,
    string? EmployeeId = null,
    string? DecisionId = null,
    bool? Replayed = null,
    JsonElement? Placement = null,
    IReadOnlyList<FieldError>? Errors = null,
    PlacementSummary? Summary = null);

/// <summary>A field and what is wrong with it.</summary>
public sealed record FieldError(string Field, string Message);

/// <summary>The last line of a placement stream.</summary>
public sealed record PlacementSummary(long Placed, long Replayed, long Rejected, bool Complete, string Release, string ContentHash, string AsOf, string? Error = null, string? Retry = null);

/// <summary>Roles found by a search, each with its core skills (and their learning steps) and development paths.</summary>
public sealed record RoleSearchResult(int Count, IReadOnlyList<JsonElement> Roles);

/// <summary>A mobility map as JSON: the origin, the roles within the depth (nearest first) and every move with its reasons.</summary>
public sealed record MobilityMapDocument(string Origin, int Depth, IReadOnlyList<JsonElement> Nodes, IReadOnlyList<JsonElement> Edges);
