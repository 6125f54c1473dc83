using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Expressions;
using JobFramework.Comp.Framework;
using JobFramework.Comp.Json;
using JobFramework.Comp.Monetary;

namespace JobFramework.Comp.Releases;

/// <summary>
/// Reads framework.json, skills.json and roles.json into the canonical model, checking every reference
/// (tracks, levels, families, focus areas, skills, currencies). Bad entries are reported and left out;
/// the loader rejects the release if anything was reported.
/// </summary>
internal static class FrameworkReader
{
    /// <param name="skillsBroken">skills.json is there but did not parse: skill references are then not checked (one error, not a cascade).</param>
    public static JobFrameworkModel Read(ObjectReader? framework, ObjectReader? skillsFile, ObjectReader? rolesFile, DiagnosticBag diagnostics, bool skillsBroken = false)
    {
        string company = framework?.String("company", true)?.Value ?? "";
        var families = ReadList(framework, "families", diagnostics, "family", ReadFamily, f => f.Id);
        var tracks = ReadList(framework, "tracks", diagnostics, "track", ReadTrack, t => t.Id);
        var regions = ReadList(framework, "regions", diagnostics, "region", ReadRegion, r => r.Id);
        var placement = ReadPlacement(framework?.Object("placement", true), diagnostics);
        string levelUp = ReadEligibility(framework?.Object("eligibility", false));
        var pages = ReadPages(framework?.Object("pages", false));
        var governance = GovernanceSettingsReader.Read(framework?.Object("governance", false), diagnostics);
        var attributes = AttributeReader.Read(framework?.Array("attributes", false), diagnostics);
        var constants = ConstantReader.Read(framework?.Array("constants", false), diagnostics);
        CheckAlignment(framework, tracks, diagnostics);

        var scale = ReadScale(skillsFile?.Object("scale", true), diagnostics);
        var clusters = ReadList(skillsFile, "clusters", diagnostics, "cluster", (r, _) => new SkillCluster(r.Identifier("id")?.Value ?? "", r.String("name", true)?.Value ?? ""), c => c.Id);
        var skills = ReadList(skillsFile, "skills", diagnostics, "skill", (r, d) => ReadSkill(r, d, clusters), s => s.Id);

        var partial = new JobFrameworkModel(company, families, tracks, regions, [], scale, clusters, skills, [], placement, levelUp);
        // Focus areas are optional: a pay scale has none.
        var focusAreas = ReadList(framework, "focusAreas", diagnostics, "focus area", (r, d) => ReadFocusArea(r, d, partial), f => f.Family + "/" + f.Level + "/" + f.Id, required: false);
        partial = new JobFrameworkModel(company, families, tracks, regions, focusAreas, scale, clusters, skills, [], placement, levelUp);
        // Without a readable skills catalog every skill reference would look unknown: report the catalog, not the cascade.
        var roles = ReadList(rolesFile, "roles", diagnostics, "role", (r, d) => ReadRole(r, d, partial, checkSkills: !skillsBroken), r => r.Id);
        CheckRolePositions(rolesFile, roles, diagnostics);
        framework?.Finish();
        skillsFile?.Finish();
        rolesFile?.Finish();
        return new JobFrameworkModel(company, families, tracks, regions, focusAreas, scale, clusters, skills, roles, placement, levelUp) { Governance = governance, Attributes = attributes, Constants = constants, Pages = pages };
    }

    private static List<T> ReadList<T>(ObjectReader? file, string property, DiagnosticBag diagnostics, string kind, Func<ObjectReader, DiagnosticBag, T?> read, Func<T, string> key, bool required = true)
        where T : class
    {
        var result = new List<T>();
        var array = file?.Array(property, required);
        if (array is null)
        {
            return result;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in array.Items)
        {
            var reader = ObjectReader.From(item, diagnostics, property + " item");
            if (reader is null)
            {
                continue;
            }

            int before = diagnostics.Count;
            var value = read(reader, diagnostics);
            reader.Finish();
            if (value is null || diagnostics.Count > before)
            {
                continue;
            }

            string id = key(value);
            if (!seen.Add(id))
            {
                diagnostics.Error(Codes.DuplicateId, Messages.DuplicateId(kind, id), item.Span);
                continue;
            }

            result.Add(value);
        }

        return result;
    }

    private static JobFamily? ReadFamily(ObjectReader r, DiagnosticBag d) =>
        new(r.Identifier("id")?.Value ?? "", r.String("name", true)?.Value ?? "", r.String("description", false)?.Value);

    private static Track? ReadTrack(ObjectReader r, DiagnosticBag d)
    {
        string id = r.Identifier("id")?.Value ?? "";
        string name = r.String("name", true)?.Value ?? "";
        string? aligned = r.String("alignedWith", false)?.Value;
        var levels = new List<Level>();
        var array = r.Array("levels", true);
        foreach (var item in array?.Items ?? [])
        {
            var level = ObjectReader.From(item, d, "levels item");
            if (level is null)
            {
                continue;
            }

            var number = level.Int("level", true, 0, 99);
            var code = level.Identifier("code")?.Value;
            var title = level.String("title", true)?.Value;
            level.Finish();
            if (number is null || code is null || title is null)
            {
                continue;
            }

            if (levels.Any(l => l.Number == number))
            {
                d.Error(Codes.DuplicateId, Messages.DuplicateId("level", number.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)), item.Span);
                continue;
            }

            levels.Add(new Level(number.Value, code, title));
        }

        return new Track(id, name, aligned, levels.OrderBy(l => l.Number).ToArray());
    }

    private static void CheckAlignment(ObjectReader? framework, List<Track> tracks, DiagnosticBag diagnostics)
    {
        if (framework?.Get("tracks") is not SourceArray array)
        {
            return;
        }

        foreach (var item in array.Items)
        {
            if (item is SourceObject obj && obj.Properties.FirstOrDefault(p => p.Name == "alignedWith") is { Value: SourceString aligned }
                && tracks.All(t => t.Id != aligned.Value))
            {
                diagnostics.Error(Codes.UnknownId, Messages.UnknownReference("track", aligned.Value, ObjectReader.Suggest(aligned.Value, tracks.Select(t => t.Id))), aligned.Span);
            }
        }
    }

    private static Region? ReadRegion(ObjectReader r, DiagnosticBag d)
    {
        string id = r.Identifier("id")?.Value ?? "";
        string name = r.String("name", true)?.Value ?? "";
        string? zone = r.String("zone", false)?.Value;
        var code = r.String("currency", true);
        if (code is null)
        {
            return null;
        }

        if (!Currency.TryParse(code.Value, out var currency))
        {
            d.Error(Codes.UnknownCurrency, Messages.UnknownCurrency(code.Value), code.Span, code.RawLine);
            return null;
        }

        return new Region(id, name, zone, currency.Value);
    }

    private static PageSettings ReadPages(ObjectReader? r)
    {
        if (r is null)
        {
            return PageSettings.Default;
        }

        bool showPay = r.Bool("showPayToEmployees", false) ?? PageSettings.Default.ShowPayToEmployees;
        r.Finish();
        return new PageSettings(showPay);
    }

    private static PlacementSettings ReadPlacement(ObjectReader? r, DiagnosticBag d)
    {
        if (r is null)
        {
            return new PlacementSettings("", 4, MidpointRounding.ToEven);
        }

        string table = r.Identifier("bandTable")?.Value ?? "";
        int decimals = r.Int("ratioDecimals", true, 0, 10) ?? 4;
        var rounding = ReadRounding(r, "ratioRounding", d) ?? MidpointRounding.ToEven;
        r.Finish();
        return new PlacementSettings(table, decimals, rounding);
    }

    internal static MidpointRounding? ReadRounding(ObjectReader r, string property, DiagnosticBag d)
    {
        var text = r.String(property, true);
        if (text is null)
        {
            return null;
        }

        if (Monetary.RoundingModes.TryParse(text.Value, out var mode))
        {
            return mode.ToMidpointRounding();
        }

        d.Error(Codes.OutOfRange, Messages.RoundingName(text.Value, string.Join(", ", Monetary.RoundingModes.Names)), text.Span, text.RawLine);
        return null;
    }

    private static string ReadEligibility(ObjectReader? r)
    {
        string workflow = r?.Identifier("levelUpWorkflow")?.Value ?? "";
        r?.Finish();
        return workflow;
    }

    private static ProficiencyScale ReadScale(ObjectReader? r, DiagnosticBag d)
    {
        if (r is null)
        {
            return new ProficiencyScale(1, 5, []);
        }

        int min = r.Int("min", true, 0, 10) ?? 1;
        int max = r.Int("max", true, 0, 10) ?? 5;
        var labels = r.Strings("labels", true).Select(s => s.Value).ToArray();
        if (min >= max)
        {
            d.Error(Codes.OutOfRange, Messages.ScaleOrder(min, max), r.Span);
        }
        else if (labels.Length != max - min + 1)
        {
            d.Error(Codes.OutOfRange, Messages.LabelCount(max - min + 1, labels.Length), r.Span);
        }

        r.Finish();
        return new ProficiencyScale(min, max, labels);
    }

    private static Skill? ReadSkill(ObjectReader r, DiagnosticBag d, List<SkillCluster> clusters)
    {
        string id = r.Identifier("id")?.Value ?? "";
        string name = r.String("name", true)?.Value ?? "";
        var cluster = r.Identifier("cluster");
        if (cluster is not null && clusters.All(c => c.Id != cluster.Value))
        {
            d.Error(Codes.UnknownId, Messages.UnknownReference("cluster", cluster.Value, ObjectReader.Suggest(cluster.Value, clusters.Select(c => c.Id))), cluster.Span, cluster.RawLine);
        }

        return new Skill(id, name, cluster?.Value ?? "");
    }

    private static FocusArea? ReadFocusArea(ObjectReader r, DiagnosticBag d, JobFrameworkModel framework)
    {
        string id = r.Identifier("id")?.Value ?? "";
        string name = r.String("name", true)?.Value ?? "";
        var family = r.Identifier("family");
        int level = r.Int("level", true, 0, 99) ?? 0;
        if (family is not null && framework.FindFamily(family.Value) is null)
        {
            d.Error(Codes.UnknownId, Messages.UnknownReference("family", family.Value, ObjectReader.Suggest(family.Value, framework.Families.Select(f => f.Id))), family.Span, family.RawLine);
        }

        return new FocusArea(id, name, family?.Value ?? "", level);
    }

    private static Role? ReadRole(ObjectReader r, DiagnosticBag d, JobFrameworkModel framework, bool checkSkills)
    {
        string id = r.Identifier("id")?.Value ?? "";
        string title = r.String("title", true)?.Value ?? "";
        var family = r.Identifier("family");
        var trackId = r.Identifier("track");
        int? level = r.Int("level", true, 0, 99);
        var focus = r.String("focus", false);
        var core = ReadRequirements(r, "coreSkills", true, d, framework, checkSkills);
        var optional = ReadRequirements(r, "optionalSkills", false, d, framework, checkSkills);
        var expectations = r.Object("expectations", false);
        var scope = new ScopeExpectations(
            expectations?.Int("scope", false, 0, 10) ?? 0,
            expectations?.Int("teamSize", false, 0, 100000) ?? 0,
            expectations?.Int("mentorship", false, 0, 1000) ?? 0,
            expectations?.Int("thoughtLeadership", false, 0, 1000) ?? 0);
        expectations?.Finish();

        if (family is not null && framework.FindFamily(family.Value) is null)
        {
            d.Error(Codes.UnknownId, Messages.UnknownReference("family", family.Value, ObjectReader.Suggest(family.Value, framework.Families.Select(f => f.Id))), family.Span, family.RawLine);
        }

        var track = trackId is null ? null : framework.FindTrack(trackId.Value);
        if (trackId is not null && track is null)
        {
            d.Error(Codes.UnknownId, Messages.UnknownReference("track", trackId.Value, ObjectReader.Suggest(trackId.Value, framework.Tracks.Select(t => t.Id))), trackId.Span, trackId.RawLine);
        }
        else if (track is not null && level is not null && track.FindLevel(level.Value) is null)
        {
            d.Error(Codes.UnknownId, Messages.LevelNotInTrack(level.Value, track.Id, [.. track.Levels.Select(l => l.Number)]), r.Get("level")!.Span);
        }

        if (focus is not null && family is not null && level is not null && !framework.HasFocusArea(family.Value, level.Value, focus.Value))
        {
            d.Error(Codes.UnknownId, Messages.FocusNotAtLevel(focus.Value, family.Value, level.Value), focus.Span, focus.RawLine);
        }

        return new Role(id, title, family?.Value ?? "", trackId?.Value ?? "", level ?? 0, focus?.Value ?? "", core, optional, scope);
    }

    private static List<SkillRequirement> ReadRequirements(ObjectReader r, string property, bool required, DiagnosticBag d, JobFrameworkModel framework, bool checkSkills)
    {
        var result = new List<SkillRequirement>();
        foreach (var item in r.Array(property, required)?.Items ?? [])
        {
            var entry = ObjectReader.From(item, d, property + " item");
            if (entry is null)
            {
                continue;
            }

            var skill = entry.Identifier("skill");
            int? proficiency = entry.Int("proficiency", true, framework.Scale.Min, framework.Scale.Max);
            entry.Finish();
            if (skill is not null && checkSkills && framework.FindSkill(skill.Value) is null)
            {
                d.Error(Codes.UnknownId, Messages.UnknownSkill(skill.Value, ObjectReader.Suggest(skill.Value, framework.Skills.Select(s => s.Id))), skill.Span, skill.RawLine);
            }
            else if (skill is not null && proficiency is not null)
            {
                result.Add(new SkillRequirement(skill.Value, proficiency.Value));
            }
        }

        return result;
    }

    private static void CheckRolePositions(ObjectReader? rolesFile, List<Role> roles, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<(string, string, int, string), string>();
        foreach (var role in roles)
        {
            if (!seen.TryAdd((role.Family, role.Track, role.Level, role.Focus), role.Id) && rolesFile is not null)
            {
                diagnostics.Error(Codes.DuplicateId, Messages.DuplicateId("role position (family/track/level/focus)", role.Family + "/" + role.Track + "/" + role.Level + "/" + role.Focus + " (roles '" + seen[(role.Family, role.Track, role.Level, role.Focus)] + "' and '" + role.Id + "')"), rolesFile.Span);
            }
        }
    }
}
