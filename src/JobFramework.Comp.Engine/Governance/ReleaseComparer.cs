using System.Globalization;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Framework;
using JobFramework.Comp.Releases;

namespace JobFramework.Comp.Governance;

/// <summary>Computes the <see cref="ReleaseDiff"/> of two compiled releases.</summary>
public static class ReleaseComparer
{
    public static ReleaseDiff Compare(CompiledRelease from, CompiledRelease to) => new(
        from.Id,
        to.Id,
        Bands(from, to),
        Roles(from.Framework, to.Framework),
        Skills(from.Framework, to.Framework),
        FocusAreas(from.Framework, to.Framework),
        Structure(from.Framework, to.Framework),
        Rules(from, to),
        Tables(from, to))
    {
        Mobility = MobilityComparer.Compare(from.Mobility.Rules, to.Mobility.Rules),
        Progression = ProgressionComparer.Compare(from, to),
    };

    private static List<BandChange> Bands(CompiledRelease from, CompiledRelease to)
    {
        var before = new Evaluator(from);
        var after = new Evaluator(to);
        var families = from.Framework.Families.Select(f => f.Id).Union(to.Framework.Families.Select(f => f.Id)).Order(StringComparer.Ordinal).ToList();
        var regions = from.Framework.Regions.Select(r => r.Id).Union(to.Framework.Regions.Select(r => r.Id)).Order(StringComparer.Ordinal).ToList();
        var positions = from.Framework.Tracks.SelectMany(t => t.Levels.Select(l => (Track: t.Id, l.Number)))
            .Union(to.Framework.Tracks.SelectMany(t => t.Levels.Select(l => (Track: t.Id, l.Number))))
            .OrderBy(p => p.Track, StringComparer.Ordinal).ThenBy(p => p.Number);
        var changes = new List<BandChange>();
        foreach (var (track, level) in positions)
        {
            foreach (var region in regions)
            {
                var perFamily = families.Select(family => Change(family, track, level, region, Band(before, from, family, track, level, region), Band(after, to, family, track, level, region)))
                    .ToList();
                if (perFamily.All(c => c is null))
                {
                    continue;
                }

                // The same change for every family is one line, not one per family.
                bool uniform = perFamily.All(c => c is not null && SameBand(c.Before, perFamily[0]!.Before) && SameBand(c.After, perFamily[0]!.After));
                changes.AddRange(uniform ? [perFamily[0]! with { Family = "*" }] : perFamily.OfType<BandChange>());
            }
        }

        return changes;
    }

    private static PayBand? Band(Evaluator evaluator, CompiledRelease release, string family, string track, int level, string region) =>
        release.Framework.FindFamily(family) is not null && release.Framework.FindTrack(track)?.FindLevel(level) is not null && release.Framework.FindRegion(region) is not null
            ? evaluator.BandFor(family, track, level, region)
            : null;

    private static BandChange? Change(string family, string track, int level, string region, PayBand? before, PayBand? after) =>
        (before, after) switch
        {
            (null, null) => null,
            (null, _) => new BandChange(family, track, level, region, ChangeKind.Added, null, after),
            (_, null) => new BandChange(family, track, level, region, ChangeKind.Removed, before, null),
            _ => SameBand(before, after) ? null : new BandChange(family, track, level, region, ChangeKind.Changed, before, after),
        };

    private static bool SameBand(PayBand? a, PayBand? b) =>
        a is null ? b is null
        : b is not null && a.Min == b.Min && a.Mid == b.Mid && a.Reference == b.Reference && a.Max == b.Max && a.BonusTargetPct == b.BonusTargetPct && a.Equity == b.Equity;

    private static List<ItemChange> Roles(JobFrameworkModel from, JobFrameworkModel to) =>
        Items(from.Roles, to.Roles, r => r.Id, r => $"{r.Title} ({r.Family}, {r.Track}, level {r.Level}{(r.Focus.Length > 0 ? ", " + r.Focus : "")})", (a, b) =>
        {
            var details = new List<string>();
            Field(details, "title", a.Title, b.Title);
            Field(details, "position", $"{a.Family}/{a.Track}/{a.Level}/{a.Focus}", $"{b.Family}/{b.Track}/{b.Level}/{b.Focus}");
            Requirements(details, "core skill", a.CoreSkills, b.CoreSkills);
            Requirements(details, "optional skill", a.OptionalSkills, b.OptionalSkills);
            Field(details, "scope expected", a.Expectations.Scope, b.Expectations.Scope);
            Field(details, "team size expected", a.Expectations.TeamSize, b.Expectations.TeamSize);
            Field(details, "mentoring expected", a.Expectations.Mentorship, b.Expectations.Mentorship);
            Field(details, "thought leadership expected", a.Expectations.ThoughtLeadership, b.Expectations.ThoughtLeadership);
            return details;
        });

    private static List<ItemChange> Skills(JobFrameworkModel from, JobFrameworkModel to) =>
        Items(from.Skills, to.Skills, s => s.Id, s => $"{s.Name} ({s.Cluster})", (a, b) =>
        {
            var details = new List<string>();
            Field(details, "name", a.Name, b.Name);
            Field(details, "cluster", a.Cluster, b.Cluster);
            return details;
        });

    private static List<ItemChange> FocusAreas(JobFrameworkModel from, JobFrameworkModel to) =>
        Items(from.FocusAreas, to.FocusAreas, f => $"{f.Family}/L{f.Level}/{f.Id}", f => f.Name, (a, b) =>
        {
            var details = new List<string>();
            Field(details, "name", a.Name, b.Name);
            return details;
        });

    private static List<ItemChange> Structure(JobFrameworkModel from, JobFrameworkModel to)
    {
        var changes = new List<ItemChange>();
        changes.AddRange(Items(from.Families, to.Families, f => "family " + f.Id, f => f.Name, (a, b) => Details(("name", a.Name, b.Name))));
        changes.AddRange(Items(from.Regions, to.Regions, r => "region " + r.Id, r => $"{r.Name}, {r.Currency.Code}", (a, b) => Details(("name", a.Name, b.Name), ("currency", a.Currency.Code, b.Currency.Code), ("zone", a.Zone ?? "", b.Zone ?? ""))));
        changes.AddRange(Items(
            from.Tracks.SelectMany(t => t.Levels.Select(l => (Track: t, Level: l))), to.Tracks.SelectMany(t => t.Levels.Select(l => (Track: t, Level: l))),
            x => $"level {x.Track.Id}/{x.Level.Number}", x => $"{x.Level.Code} {x.Level.Title}",
            (a, b) => Details(("code", a.Level.Code, b.Level.Code), ("title", a.Level.Title, b.Level.Title))));
        changes.AddRange(Items(from.Attributes, to.Attributes, a => "attribute " + a.Name, Describe, (a, b) => Details(("declaration", Describe(a), Describe(b)))));
        changes.AddRange(Items(from.Constants, to.Constants, c => "constant " + c.Name, Describe, (a, b) => Details(("values", Describe(a), Describe(b)))));
        return changes;
    }

    // "integer, default 1, 1..3" / "date, required, personal"
    private static string Describe(Model.DeclaredAttribute attribute)
    {
        var parts = new List<string> { attribute.KindName, attribute.Required ? "required" : attribute.Default is null ? "optional" : "default " + Model.AttributeValue.Display(attribute.Kind, attribute.Default) };
        if (attribute.Min is not null || attribute.Max is not null)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{attribute.Min}..{attribute.Max}"));
        }

        if (attribute.Allowed is { } allowed)
        {
            parts.Add("one of " + string.Join("/", allowed));
        }

        if (attribute.DataClass != Model.DataClass.Ordinary)
        {
            parts.Add(attribute.DataClass.ToString().ToLowerInvariant());
        }

        return string.Join(", ", parts);
    }

    // "number: 3.5 from 2027-07-01, 3.0 from 2028-01-01"
    private static string Describe(Model.DeclaredConstant constant) =>
        constant.Kind.ToString().ToLowerInvariant() + ": " + string.Join(", ", constant.Values.Select(v => string.Create(CultureInfo.InvariantCulture, $"{Model.AttributeValue.Display(constant.Kind, v.Value)} from {v.From:yyyy-MM-dd}")));

    private static List<ItemChange> Rules(CompiledRelease from, CompiledRelease to)
    {
        var rules = Items(RulesOf(from), RulesOf(to), x => x.Path, x => x.Source, (a, b) => Details(
            ("expression", a.Source, b.Source),
            ("enabled", a.Enabled ? "true" : "false", b.Enabled ? "true" : "false"),
            ("error message", a.ErrorMessage, b.ErrorMessage),
            ("success event", a.SuccessEvent, b.SuccessEvent)));
        return [.. rules, .. Parameters(from, to), .. Outputs(from, to)];
    }

    private sealed record RuleText(string Path, string Source, bool Enabled, string ErrorMessage, string SuccessEvent);

    // Every rule as written, nested ones by path: from the typed compiler's rules, or — for a workflow RulesEngine
    // runs, which the typed compiler did not compile — from RulesEngine's own model of the file.
    private static IEnumerable<RuleText> RulesOf(CompiledRelease release)
    {
        static IEnumerable<RuleText> Typed(string prefix, IEnumerable<CompiledRule> rules) =>
            rules.SelectMany(r => Typed(prefix + r.Name + "/", r.Children).Prepend(new RuleText(prefix + r.Name, r.Source, r.Enabled, r.ErrorMessage.Source, r.SuccessEvent.Source)));

        static IEnumerable<RuleText> OnEngine(string prefix, IEnumerable<RulesEngine.Models.Rule> rules) =>
            rules.SelectMany(r => OnEngine(prefix + r.RuleName + "/", r.Rules ?? []).Prepend(new RuleText(
                prefix + r.RuleName, r.Expression ?? r.Operator ?? "", r.Enabled, r.ErrorMessage ?? "", r.SuccessEvent ?? "")));

        return release.Workflows.Values.SelectMany(w => w.RunsOnRulesEngine
            ? OnEngine(w.Name + "/", w.OnRulesEngine!.Model.Rules ?? [])
            : Typed(w.Name + "/", w.Rules));
    }

    // A RulesEngine workflow's own inputs: a parameter added, removed, or its schema changed.
    private static List<ItemChange> Parameters(CompiledRelease from, CompiledRelease to)
    {
        static IEnumerable<(string Path, string Schema)> All(CompiledRelease release) =>
            release.WorkflowDefinitions.SelectMany(w => w.Parameters.Select(p => (w.Name + "/parameters/" + p.Name, p.Schema)));

        return Items(All(from), All(to), x => x.Path, x => x.Schema, (a, b) => Details(("schema", a.Schema, b.Schema)));
    }

    // Workflow outputs (a promotion recommendation): the formula, its rounding and its bounds.
    private static List<ItemChange> Outputs(CompiledRelease from, CompiledRelease to)
    {
        static IEnumerable<(string Path, CompiledOutput Output)> All(CompiledRelease release) =>
            release.Workflows.Values.SelectMany(w => w.Outputs.Select(o => (w.Name + "/outputs/" + o.Name, o)));

        static string Describe(CompiledOutput o) =>
            o.Expression + (o.Rounding is { } r ? ", rounded " + r : "") + (o.Floor is { } f ? ", floor " + f.Expression : "") + (o.Cap is { } c ? ", cap " + c.Expression : "");

        return Items(All(from), All(to), x => x.Path, x => Describe(x.Output), (a, b) => Details(
            ("expression", a.Output.Expression, b.Output.Expression),
            ("rounding", a.Output.Rounding?.ToString() ?? "none", b.Output.Rounding?.ToString() ?? "none"),
            ("floor", a.Output.Floor?.Expression ?? "none", b.Output.Floor?.Expression ?? "none"),
            ("cap", a.Output.Cap?.Expression ?? "none", b.Output.Cap?.Expression ?? "none")));
    }

    // Lookup tables other than the band table (whose changes are the bands above): rows added or removed, by content.
    private static List<ItemChange> Tables(CompiledRelease from, CompiledRelease to)
    {
        static Dictionary<string, Tables.CompiledTable> Lookup(CompiledRelease r) =>
            r.Tables.Where(t => !ReferenceEquals(t, r.BandTable)).ToDictionary(t => t.Name, StringComparer.Ordinal);

        return Items(Lookup(from).Values, Lookup(to).Values, t => "table " + t.Name, t => t.Rows.Length.ToString(CultureInfo.InvariantCulture) + " rows", (a, b) =>
        {
            var rowsBefore = a.Rows.Select(RowText).ToList();
            var rowsAfter = b.Rows.Select(RowText).ToList();
            int removed = rowsBefore.Except(rowsAfter).Count();
            int added = rowsAfter.Except(rowsBefore).Count();
            return removed + added == 0 ? [] : [string.Create(CultureInfo.InvariantCulture, $"{added} row(s) added, {removed} row(s) removed ({a.Rows.Length} -> {b.Rows.Length})")];
        });
    }

    private static string RowText(Tables.TableRow row) =>
        string.Join("|", row.Tests.Select(t => t.ToString())) + " => " + string.Join("|", row.Outputs.Select(Expressions.Runtime.Format));

    internal static List<ItemChange> Items<T>(IEnumerable<T> from, IEnumerable<T> to, Func<T, string> id, Func<T, string> describe, Func<T, T, List<string>> compare)
    {
        var before = from.GroupBy(id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var after = to.GroupBy(id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var changes = new List<ItemChange>();
        foreach (var key in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            if (!after.TryGetValue(key, out var b))
            {
                changes.Add(new ItemChange(key, ChangeKind.Removed, [describe(before[key])]));
            }
            else if (!before.TryGetValue(key, out var a))
            {
                changes.Add(new ItemChange(key, ChangeKind.Added, [describe(b)]));
            }
            else if (compare(a, b) is { Count: > 0 } details)
            {
                changes.Add(new ItemChange(key, ChangeKind.Changed, details));
            }
        }

        return changes;
    }

    private static void Requirements(List<string> details, string what, IReadOnlyList<SkillRequirement> before, IReadOnlyList<SkillRequirement> after)
    {
        var a = before.ToDictionary(r => r.Skill, r => r.Proficiency, StringComparer.Ordinal);
        var b = after.ToDictionary(r => r.Skill, r => r.Proficiency, StringComparer.Ordinal);
        foreach (var skill in a.Keys.Union(b.Keys).Order(StringComparer.Ordinal))
        {
            if (!b.TryGetValue(skill, out int now))
            {
                details.Add(string.Create(CultureInfo.InvariantCulture, $"{what} {skill} (proficiency {a[skill]}) removed"));
            }
            else if (!a.TryGetValue(skill, out int was))
            {
                details.Add(string.Create(CultureInfo.InvariantCulture, $"{what} {skill} added at proficiency {now}"));
            }
            else if (was != now)
            {
                details.Add(string.Create(CultureInfo.InvariantCulture, $"{what} {skill}: proficiency {was} -> {now}"));
            }
        }
    }

    private static void Field<T>(List<string> details, string name, T before, T after)
    {
        if (!EqualityComparer<T>.Default.Equals(before, after))
        {
            details.Add(string.Create(CultureInfo.InvariantCulture, $"{name}: {before} -> {after}"));
        }
    }

    internal static List<string> Details(params (string Name, string Before, string After)[] fields)
    {
        var details = new List<string>();
        foreach (var (name, before, after) in fields)
        {
            Field(details, name, before, after);
        }

        return details;
    }
}
