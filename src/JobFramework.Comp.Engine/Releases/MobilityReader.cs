using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Framework;
using JobFramework.Comp.Json;
using JobFramework.Comp.Mobility;

namespace JobFramework.Comp.Releases;

/// <summary>
/// Reads mobility.json: settings, trainings, named career paths and learning pathways per skill. Every id
/// must resolve (roles, skills, trainings, with a suggestion when misspelt); a path to itself, or named paths
/// that lead back to where they start, are errors naming the roles; efforts and shares must be sensible.
/// </summary>
internal static class MobilityReader
{
    public static readonly string[] StepKinds = ["course", "certification", "mentoring", "stretch-assignment"];

    private const decimal MaxEffortHours = 10_000m;

    public static MobilityRules Read(ObjectReader? file, JobFrameworkModel framework, DiagnosticBag diagnostics)
    {
        if (file is null)
        {
            return MobilityRules.Empty;
        }

        var settings = ReadSettings(file.Object("settings", false), diagnostics);
        var trainings = ReadTrainings(file, diagnostics);
        var known = trainings.Select(t => t.Id).ToList();
        var paths = ReadPaths(file, framework, known, diagnostics);
        var learning = ReadLearning(file.Object("learning", false), framework, known, diagnostics);
        file.Finish();
        return new MobilityRules(settings, paths, trainings, learning);
    }

    private static MobilitySettings ReadSettings(ObjectReader? settings, DiagnosticBag diagnostics)
    {
        if (settings is null)
        {
            return MobilitySettings.Default;
        }

        var defaults = MobilitySettings.Default;
        var share = settings.Decimal("transferableShare", false);
        if (share is <= 0 or > 1)
        {
            diagnostics.Error(Codes.OutOfRange, Messages.ShareOutOfRange(share.Value), settings.Get("transferableShare")!.Span);
        }

        var ready = settings.Decimal("readyShare", false);
        if (ready is <= 0 or > 1)
        {
            diagnostics.Error(Codes.OutOfRange, Messages.ReadyShareOutOfRange(ready.Value), settings.Get("readyShare")!.Span);
        }

        var result = new MobilitySettings(
            share is > 0 and <= 1 ? MoveRanking.Normalize(share.Value) : defaults.TransferableShare,
            settings.Int("maxDepth", false, 1, 6) ?? defaults.MaxDepth,
            settings.Int("minimumMonthsInLevel", false, 0, 240) ?? defaults.MinimumMonthsInLevel,
            settings.Bool("protectPay", false) ?? defaults.ProtectPay,
            ready is > 0 and <= 1 ? MoveRanking.Normalize(ready.Value) : defaults.ReadyShare);
        settings.Finish();
        return result;
    }

    private static List<Training> ReadTrainings(ObjectReader file, DiagnosticBag diagnostics)
    {
        var trainings = new List<Training>();
        foreach (var item in file.Array("trainings", false)?.Items ?? [])
        {
            var entry = ObjectReader.From(item, diagnostics, "trainings item");
            var id = entry?.Identifier("id");
            var title = entry?.Identifier("title");
            var effort = entry is null ? null : Effort(entry, diagnostics);
            entry?.Finish();
            if (id is null || title is null || effort is null)
            {
                continue;
            }

            if (trainings.Any(t => t.Id == id.Value))
            {
                diagnostics.Error(Codes.DuplicateId, Messages.DuplicateId("training", id.Value), id.Span, id.RawLine);
                continue;
            }

            trainings.Add(new Training(id.Value, title.Value, effort.Value));
        }

        return trainings;
    }

    private static List<CareerPath> ReadPaths(ObjectReader file, JobFrameworkModel framework, List<string> trainings, DiagnosticBag diagnostics)
    {
        var paths = new List<(CareerPath Path, SourceString From)>();
        foreach (var item in file.Array("paths", false)?.Items ?? [])
        {
            var entry = ObjectReader.From(item, diagnostics, "paths item");
            if (entry is null)
            {
                continue;
            }

            int before = diagnostics.Count;
            var from = Role(entry, "from", framework, diagnostics);
            var to = Role(entry, "to", framework, diagnostics);
            var reason = entry.Identifier("reason");
            var requires = entry.Strings("requires", false);
            var protect = entry.Bool("protectPay", false);
            entry.Finish();
            foreach (var training in requires.Where(t => !trainings.Contains(t.Value)))
            {
                diagnostics.Error(Codes.UnknownId, Messages.UnknownReference("training", training.Value, ObjectReader.Suggest(training.Value, trainings)), training.Span, training.RawLine);
            }

            if (from is null || to is null || reason is null || diagnostics.Count > before)
            {
                continue;
            }

            if (from.Value == to.Value)
            {
                diagnostics.Error(Codes.MobilityPath, Messages.PathToItself(from.Value), to.Span, to.RawLine);
                continue;
            }

            if (paths.Any(p => p.Path.From == from.Value && p.Path.To == to.Value))
            {
                diagnostics.Error(Codes.DuplicateId, Messages.DuplicateId("career path", from.Value + " -> " + to.Value), to.Span, to.RawLine);
                continue;
            }

            paths.Add((new CareerPath(from.Value, to.Value, reason.Value, [.. requires.Select(r => r.Value)], protect), from));
        }

        ReportCycles(paths, diagnostics);
        return [.. paths.Select(p => p.Path)];
    }

    private static SourceString? Role(ObjectReader entry, string property, JobFrameworkModel framework, DiagnosticBag diagnostics)
    {
        var id = entry.Identifier(property);
        if (id is not null && framework.FindRole(id.Value) is null)
        {
            diagnostics.Error(Codes.UnknownId, Messages.UnknownReference("role", id.Value, ObjectReader.Suggest(id.Value, framework.Roles.Select(r => r.Id))), id.Span, id.RawLine);
            return null;
        }

        return id;
    }

    // Named paths are directions a career takes; paths that lead back to their start say nothing about where to go.
    private static void ReportCycles(List<(CareerPath Path, SourceString From)> paths, DiagnosticBag diagnostics)
    {
        var next = paths.ToLookup(p => p.Path.From, StringComparer.Ordinal);
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new List<string>();
        void Visit(string role)
        {
            state[role] = 1;
            stack.Add(role);
            foreach (var (path, from) in next[role])
            {
                if (state.GetValueOrDefault(path.To) == 1)
                {
                    var cycle = stack.Skip(stack.IndexOf(path.To)).Append(path.To);
                    diagnostics.Error(Codes.MobilityPath, Messages.PathCycle(string.Join(" -> ", cycle)), from.Span, from.RawLine);
                }
                else if (state.GetValueOrDefault(path.To) == 0)
                {
                    Visit(path.To);
                }
            }

            stack.RemoveAt(stack.Count - 1);
            state[role] = 2;
        }

        foreach (var start in paths.Select(p => p.Path.From).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (state.GetValueOrDefault(start) == 0)
            {
                Visit(start);
            }
        }
    }

    private static Dictionary<string, IReadOnlyList<LearningStep>> ReadLearning(ObjectReader? learning, JobFrameworkModel framework, List<string> trainings, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<string, IReadOnlyList<LearningStep>>(StringComparer.Ordinal);
        foreach (var property in learning?.Properties ?? [])
        {
            if (framework.FindSkill(property.Name) is null)
            {
                diagnostics.Error(Codes.UnknownId, Messages.UnknownSkill(property.Name, ObjectReader.Suggest(property.Name, framework.Skills.Select(s => s.Id))), property.NameSpan);
                continue;
            }

            if (property.Value is not SourceArray steps)
            {
                diagnostics.Error(Codes.WrongType, Messages.WrongType(property.Name, "an array of learning steps", property.Value.Describe()), property.Value.Span);
                continue;
            }

            var list = new List<LearningStep>();
            foreach (var item in steps.Items)
            {
                var step = ObjectReader.From(item, diagnostics, "learning step");
                var kind = step?.Identifier("kind");
                var title = step?.Identifier("title");
                var effort = step is null ? null : Effort(step, diagnostics);
                var training = step?.String("training", false);
                step?.Finish();
                if (kind is not null && !StepKinds.Contains(kind.Value))
                {
                    diagnostics.Error(Codes.OutOfRange, Messages.UnknownStepKind(kind.Value, string.Join(", ", StepKinds)), kind.Span, kind.RawLine);
                    continue;
                }

                if (training is not null && !trainings.Contains(training.Value))
                {
                    diagnostics.Error(Codes.UnknownId, Messages.UnknownReference("training", training.Value, ObjectReader.Suggest(training.Value, trainings)), training.Span, training.RawLine);
                    continue;
                }

                if (kind is not null && title is not null && effort is not null)
                {
                    list.Add(new LearningStep(kind.Value, title.Value, effort.Value, training?.Value));
                }
            }

            result[property.Name] = list;
        }

        learning?.Finish();
        if (learning is not null)
        {
            ReportSkillsWithoutSteps(learning, framework, result, diagnostics);
        }

        return result;
    }

    // Once the rules list learning steps, every skill a role requires should have some: governance decides how loudly.
    private static void ReportSkillsWithoutSteps(ObjectReader learning, JobFrameworkModel framework, Dictionary<string, IReadOnlyList<LearningStep>> steps, DiagnosticBag diagnostics)
    {
        if (Governance.GovernanceSettings.SeverityOf(framework.Governance.LearningPathways) is not { } severity)
        {
            return;
        }

        var missing = framework.Roles
            .SelectMany(r => r.CoreSkills.Select(s => (Skill: s.Skill, Role: r.Id)))
            .Where(x => steps.GetValueOrDefault(x.Skill) is not { Count: > 0 })
            .GroupBy(x => x.Skill, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var skill in missing)
        {
            string[] roles = [.. skill.Select(x => x.Role).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
            diagnostics.Add(new Diagnostic(Codes.Governance, severity, Messages.NoLearningPathway(skill.Key, roles), learning.Span));
        }
    }

    private static decimal? Effort(ObjectReader entry, DiagnosticBag diagnostics)
    {
        var effort = entry.Decimal("effortHours", true);
        if (effort is <= 0 or > MaxEffortHours)
        {
            diagnostics.Error(Codes.OutOfRange, Messages.EffortOutOfRange(effort.Value, MaxEffortHours), entry.Get("effortHours")!.Span);
            return null;
        }

        // Read once without trailing zeros, so "24.0" hours reads and serialises as 24 everywhere.
        return effort is { } hours ? MoveRanking.Normalize(hours) : null;
    }
}
