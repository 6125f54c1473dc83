using System.Text.Json;
using System.ComponentModel;

namespace JobFramework.Comp.Api.Contract;

// The request bodies the endpoints read. The endpoints parse bodies themselves (to name every bad field, refuse
// repeated ones and check encodings); these records are what the OpenAPI document and generated clients see.

/// <summary>
/// An employee snapshot: who, where in the framework, pay, scope and skills. A release may declare more fields
/// (a pay step, a hire date): GET /api/schema/employee gives the exact schema of the release in effect.
/// </summary>
public sealed record EmployeeInput(
    [property: Description("Employee id: 1–64 printable characters.")] string Id,
    [property: Description("Job family id, e.g. data.")] string Family,
    [property: Description("Track id, e.g. ic or manager.")] string Track,
    [property: Description("Level on the track (0–99).")] int Level,
    [property: Description("Region id, e.g. us.")] string Region,
    [property: Description("Annual base salary in the region's currency, no finer than its minor unit.")] decimal BaseSalary,
    [property: Description("Focus area id within the level, if any.")] string? Focus = null,
    [property: Description("ISO 4217 code; when given it must be the region's.")] string? Currency = null,
    [property: Description("Latest performance rating, 1–5.")] int? Rating = null,
    [property: Description("Months in the current level, 0–600.")] int? MonthsInLevel = null,
    [property: Description("Scope of impact, 0–10.")] int? Scope = null,
    [property: Description("Direct and indirect reports, 0–100,000.")] int? TeamSize = null,
    [property: Description("People mentored or trained, 0–1,000.")] int? Mentorship = null,
    [property: Description("Thought-leadership contributions, 0–1,000.")] int? ThoughtLeadership = null,
    [property: Description("Budget owned, in the salary's currency.")] decimal? Budget = null,
    [property: Description("Skills held: \"sql\" or \"sql:3\" (skill:proficiency); at most 100.")] IReadOnlyList<string>? Skills = null,
    [property: Description("Completed certifications and trainings by id; at most 100.")] IReadOnlyList<string>? Certifications = null);

/// <summary>A level (or a named role) to check eligibility for; default: the next level on the employee's track.</summary>
public sealed record EligibilityTargetInput(
    [property: Description("Target level on the employee's track.")] int? Level = null,
    [property: Description("Target role id.")] string? RoleId = null);

/// <summary>POST /api/eligibility: an employee, an optional target and the as-of date (default today, UTC).</summary>
public sealed record EligibilityRequest(EmployeeInput Employee, [property: Description("YYYY-MM-DD; picks the release in effect.")] string? AsOf = null, EligibilityTargetInput? Target = null);

/// <summary>POST /api/mobility: an employee and the as-of date (default today, UTC).</summary>
public sealed record MobilityRequest(EmployeeInput Employee, [property: Description("YYYY-MM-DD; picks the release in effect.")] string? AsOf = null);

/// <summary>POST /api/rules/validate: a release bundle, each file's path in the release mapped to its text.</summary>
public sealed record ValidateRequest([property: Description("e.g. {\"release.json\": \"{…}\", \"tables/bands.json\": \"{…}\"}")] IReadOnlyDictionary<string, string> Files);

/// <summary>
/// POST /api/workflows/{name}/evaluations: an employee, the as-of date (default today, UTC) and values for the
/// workflow's declared inputs (GET /api/workflows lists them; an input left out takes its default). A RulesEngine
/// workflow over its own RuleParameters is asked with a subject and its parameters instead of an employee.
/// </summary>
public sealed record WorkflowRequest(
    EmployeeInput? Employee = null,
    [property: Description("YYYY-MM-DD; picks the release in effect.")] string? AsOf = null,
    [property: Description("Values of the workflow's declared inputs by name, e.g. {\"prorationPct\": 50}.")] IReadOnlyDictionary<string, JsonElement>? Inputs = null,
    [property: Description("With parameters: the id of the person or case the decision is about (1–64 printable characters); the audit files the decision under it.")] string? Subject = null,
    [property: Description("For a RulesEngine workflow over its own RuleParameters: one object per parameter, as GET /api/workflows/{name} schema gives them, e.g. {\"input1\": {...}, \"input2\": {...}}.")] IReadOnlyDictionary<string, JsonElement>? Parameters = null);
