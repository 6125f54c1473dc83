using System.Globalization;
using JobFramework.Comp.Mobility;

namespace JobFramework.Comp.Governance;

/// <summary>What changes in the mobility rules between two releases: settings, trainings, named paths, learning steps.</summary>
internal static class MobilityComparer
{
    public static List<ItemChange> Compare(MobilityRules from, MobilityRules to)
    {
        var changes = ReleaseComparer.Items([from.Settings], [to.Settings], _ => "settings", Describe, (a, b) => ReleaseComparer.Details(
            ("transferableShare", Text(a.TransferableShare), Text(b.TransferableShare)),
            ("maxDepth", Text(a.MaxDepth), Text(b.MaxDepth)),
            ("minimumMonthsInLevel", Text(a.MinimumMonthsInLevel), Text(b.MinimumMonthsInLevel)),
            ("protectPay", Text(a.ProtectPay), Text(b.ProtectPay))));
        changes.AddRange(ReleaseComparer.Items(from.Trainings, to.Trainings, t => "training " + t.Id, t => $"{t.Title}, {Text(t.EffortHours)} h", (a, b) => ReleaseComparer.Details(
            ("title", a.Title, b.Title),
            ("effortHours", Text(a.EffortHours), Text(b.EffortHours)))));
        changes.AddRange(ReleaseComparer.Items(from.Paths, to.Paths, p => $"path {p.From} -> {p.To}", Describe, (a, b) => ReleaseComparer.Details(
            ("reason", a.Reason, b.Reason),
            ("requires", string.Join(", ", a.RequiredTrainings), string.Join(", ", b.RequiredTrainings)),
            ("protectPay", a.ProtectPay is { } x ? Text(x) : "default", b.ProtectPay is { } y ? Text(y) : "default"))));
        var skills = from.LearningSkills.Union(to.LearningSkills, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        changes.AddRange(ReleaseComparer.Items(
            skills.Where(s => from.LearningFor(s).Count > 0).Select(s => (Skill: s, Steps: from.LearningFor(s))),
            skills.Where(s => to.LearningFor(s).Count > 0).Select(s => (Skill: s, Steps: to.LearningFor(s))),
            x => "learning " + x.Skill, x => Steps(x.Steps), (a, b) => ReleaseComparer.Details(("steps", Steps(a.Steps), Steps(b.Steps)))));
        return changes;
    }

    private static string Describe(MobilitySettings s) =>
        $"share {Text(s.TransferableShare)}, max depth {Text(s.MaxDepth)}, {Text(s.MinimumMonthsInLevel)} months in level, protect pay {Text(s.ProtectPay)}";

    private static string Describe(CareerPath p) =>
        p.Reason + (p.RequiredTrainings.Count > 0 ? "; requires " + string.Join(", ", p.RequiredTrainings) : "") + (p.ProtectPay is { } protect ? "; protect pay " + Text(protect) : "");

    private static string Steps(IReadOnlyList<LearningStep> steps) => string.Join("; ", steps.Select(s => $"{s.Kind}: {s.Title} ({Text(s.EffortHours)} h)"));

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Text(bool value) => value ? "true" : "false";
}
