using System.ComponentModel;
using System.Text.Json;

namespace JobFramework.Comp.Api.Contract;

/// <summary>
/// An employee's review guide: what their level and role expect (statements; per competency the expected and held
/// proficiency with behavioural indicators), the rating scale, the level-up criteria met and to change, development
/// goals with learning steps, and conversation prompts — the same bytes as <c>comp review-guide --json</c>.
/// </summary>
public sealed record ReviewGuideDocument(
    string EmployeeId,
    string Level,
    string LevelTitle,
    string? Role,
    string? RoleTitle,
    [property: Description("scope, impact and behaviours the level expects; null when the release states none.")] JsonElement? Expectations,
    [property: Description("skill, name, core, expected/held proficiency with labels and indicators, standing (below, meets, above).")] IReadOnlyList<JsonElement> Competencies,
    IReadOnlyList<JsonElement> RatingScale,
    [property: Description("eligible, target, met and toChange criteria (rule and message), nextLevelExpectations.")] JsonElement LevelUp,
    IReadOnlyList<JsonElement> DevelopmentGoals,
    IReadOnlyList<string> Prompts,
    string Release,
    string ContentHash);

/// <summary>
/// The pay-gap report of a roster snapshot (EU Directive 2023/970 Art. 9): per region the mean and median gaps of total,
/// basic and variable pay, the share receiving variable pay, the quartiles, and every category of equal value with its
/// flag (Art. 10) and explained points. Withheld figures are null. Also as CSV (one figure per row) or HTML (with charts).
/// </summary>
public sealed record PayGapDocument(
    string Release,
    string ContentHash,
    string TakenOn,
    string? Snapshot,
    int MinimumGroupSize,
    decimal ThresholdPct,
    IReadOnlyList<JsonElement> Units);
