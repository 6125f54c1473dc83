using System.Text.Json;
using System.ComponentModel;
using System.Text.Json.Serialization;

namespace JobFramework.Comp.Api.Contract;

/// <summary>Liveness or readiness.</summary>
public sealed record HealthReport(
    string Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Releases = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Audit = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Problem = null);

/// <summary>What is loaded: every release, which is in effect today, and release folders rejected at the last load.</summary>
public sealed record ReleasesReport(string LoadedAt, int Generation, IReadOnlyList<ReleaseSummary> Releases, IReadOnlyList<RejectedReleaseSummary> Rejected);

/// <summary>One loaded release.</summary>
public sealed record ReleaseSummary(string Id, string Status, string EffectiveFrom, string ContentHash, int Approvals, int RequiredApprovals, string Notes, bool InEffect);

/// <summary>A release folder that did not load. Folder and errors are shown only to comp-admin and auditor.</summary>
public sealed record RejectedReleaseSummary(string? Id, string? Folder, [property: Description("Its last good version still serves.")] bool StillLive, int ErrorCount, IReadOnlyList<string>? Errors);

/// <summary>Every diagnostic of a release bundle.</summary>
public sealed record ValidationReport(bool Valid, ReleaseRef? Release, IReadOnlyList<DiagnosticEntry> Diagnostics);

/// <summary>One diagnostic with its file, line and column.</summary>
public sealed record DiagnosticEntry(string Code, string Severity, string Message, string File, int Line, int Column, string Pointer, string Text);

/// <summary>The framework in effect: families, tracks and levels, regions, roles with their bands per region.</summary>
public sealed record FrameworkDocument(
    FrameworkRelease Release,
    string Company,
    IReadOnlyList<FamilyEntry> Families,
    IReadOnlyList<TrackEntry> Tracks,
    IReadOnlyList<RegionEntry> Regions,
    IReadOnlyList<RoleEntry> Roles);

/// <summary>The release the framework comes from.</summary>
public sealed record FrameworkRelease(string Id, string ContentHash, string EffectiveFrom);

public sealed record FamilyEntry(string Id, string Name, string? Description);

public sealed record TrackEntry(string Id, string Name, string? AlignedWith, IReadOnlyList<LevelEntry> Levels);

public sealed record LevelEntry(int Level, string Code, string Title);

public sealed record RegionEntry(string Id, string Name, string? Zone, string Currency);

public sealed record RoleEntry(string Id, string Title, string Family, string Track, int Level, string? Focus, IReadOnlyList<SkillRequirement> CoreSkills, IReadOnlyList<SkillRequirement> OptionalSkills, IReadOnlyList<BandEntry> Bands);

public sealed record SkillRequirement(string Skill, int Proficiency);

/// <summary>A band: amounts as strings with the currency's minor units.</summary>
/// <summary>One band of the band explorer; what the band table does not declare (mid, reference, bonus, equity) is null.</summary>
public sealed record BandEntry(string Region, string Currency, string Min, string? Mid, string Max, decimal? BonusTargetPct, bool? Equity)
{
    public string? Reference { get; init; }
}

/// <summary>A declared input of a workflow: its name, type, whether it must be given, its default, range and allowed values.</summary>
public sealed record WorkflowInputEntry(string Name, string Type, bool Required, JsonElement? Default, decimal? Min, decimal? Max, IReadOnlyList<string>? Values, string Description);

/// <summary>One named workflow of the release in effect: what it takes, what it decides and computes, and who may evaluate it.</summary>
public sealed record WorkflowEntry(string Name, string Description, IReadOnlyList<WorkflowInputEntry> Inputs, IReadOnlyList<string> Rules, IReadOnlyList<Evaluation.WorkflowOutput> Outputs, IReadOnlyList<string> AllowedRoles)
{
    /// <summary>typed, or RulesEngine 6.0.1 for a workflow over RuleParameters the typed compiler does not take.</summary>
    public string Engine { get; init; } = Evaluation.WorkflowEngines.Typed;

    /// <summary>A RulesEngine workflow's own inputs (asked with a subject and parameters instead of an employee): each name and its JSON Schema.</summary>
    public IReadOnlyList<WorkflowParameterEntry>? Parameters { get; init; }
}

/// <summary>A RulesEngine workflow's parameter: its name and the JSON Schema its value must meet.</summary>
public sealed record WorkflowParameterEntry(string Name, System.Text.Json.JsonElement Schema);

/// <summary>GET /api/workflows: the release in effect and its workflows.</summary>
public sealed record WorkflowsReport(string Release, IReadOnlyList<WorkflowEntry> Workflows);
