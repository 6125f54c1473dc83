using System.Text.Json.Serialization;

namespace JobFramework.Comp.Api.Contract;

/// <summary>
/// The pay range a job posting states for a role in a region: amounts as exact decimal strings, the bonus target and
/// equity only where the band defines them, and the release (with its content hash) that decides pay on the date.
/// </summary>
public sealed record PostingRange(
    string Role,
    string Title,
    string Level,
    string Region,
    string Currency,
    string Period,
    string BaseMin,
    string BaseMax,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? BonusTargetPct,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? Equity,
    string Release,
    string ContentHash,
    string EffectiveFrom,
    string AsOf);
