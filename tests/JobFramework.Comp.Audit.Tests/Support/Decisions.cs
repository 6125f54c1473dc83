using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Releases;

namespace JobFramework.Comp.Audit.Tests.Support;

/// <summary>Real decisions to record: the sample release placing sample employees, varied by id and salary.</summary>
internal static class Decisions
{
    private static readonly Lazy<CompiledRelease> SampleRelease = new(() =>
        ReleaseCatalog.Load(Repository.Rules).Releases.Single(r => r.Id == "2026-h1"));

    public static CompiledRelease Release => SampleRelease.Value;

    public static Employee Employee(string id, decimal salary = 98_000m) => new()
    {
        Id = id,
        Family = "data",
        Track = "ic",
        Level = 3,
        Region = "sg",
        BaseSalary = salary,
        Rating = 4,
        MonthsInLevel = 16,
        Scope = 3,
        Skills = [new Framework.SkillHolding("sql", 3), new Framework.SkillHolding("tableau", 1)],
    };

    public static DecisionDraft Placement(string employeeId, decimal salary = 98_000m, string? key = null, string? caller = "tests")
    {
        var employee = Employee(employeeId, salary);
        var placement = new Evaluator(Release).Place(employee);
        placement.Succeeded.ShouldBeTrue(string.Join("; ", placement.Errors));
        return new DecisionDraft(
            DecisionKind.Placement, employee.Id, new DateOnly(2026, 3, 1), Release.Id, Release.ContentHash,
            DecisionPayloads.Input(employee), DecisionPayloads.Output(placement.Value), caller, key);
    }

    public static DecisionDraft Eligibility(string employeeId, string? key = null)
    {
        var employee = Employee(employeeId);
        var decision = new Evaluator(Release).CheckEligibility(employee);
        decision.Succeeded.ShouldBeTrue(string.Join("; ", decision.Errors));
        return new DecisionDraft(
            DecisionKind.Eligibility, employee.Id, new DateOnly(2026, 3, 1), Release.Id, Release.ContentHash,
            DecisionPayloads.Input(employee, new EligibilityTarget()), DecisionPayloads.Output(decision.Value!), "review-tooling", key);
    }
}

/// <summary>A clock the test moves by hand.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;
}
