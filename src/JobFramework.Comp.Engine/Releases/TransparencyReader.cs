using System.Globalization;
using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Framework;
using JobFramework.Comp.Json;
using JobFramework.Comp.Model;
using JobFramework.Comp.Transparency;

namespace JobFramework.Comp.Releases;

/// <summary>
/// Reads transparency.json. The sex attribute must be declared protected (so no rule reads it) with female and male
/// among its values; variable pay must be declared non-negative amounts; explaining factors must be objective (never
/// a protected attribute); and the categories of equal value must hold every family and level of the framework
/// exactly once — an overlap or a job left out is an error naming it.
/// </summary>
internal static class TransparencyReader
{
    public static TransparencySettings Read(ObjectReader? file, JobFrameworkModel framework, DiagnosticBag diagnostics)
    {
        if (file is null)
        {
            return TransparencySettings.None;
        }

        var defaults = TransparencySettings.None;
        var sex = ReadSex(file, framework, diagnostics);
        var variable = ReadVariablePay(file, framework, diagnostics);
        int minimum = file.Int("minimumGroupSize", false, 1, 1000) ?? defaults.MinimumGroupSize;
        var threshold = file.Decimal("gapThresholdPct", false);
        if (threshold is <= 0 or > 100)
        {
            diagnostics.Error(Codes.OutOfRange, Messages.OutOfRange("gapThresholdPct", threshold.Value.ToString(CultureInfo.InvariantCulture), 0, 100), file.Get("gapThresholdPct")!.Span);
        }

        var factors = ReadFactors(file, framework, diagnostics);
        int bucket = file.Int("timeInLevelBucketMonths", false, 1, 120) ?? defaults.TimeInLevelBucketMonths;
        var postings = new List<string>();
        foreach (var region in file.Strings("progressionInPostings", false))
        {
            if (framework.FindRegion(region.Value) is null)
            {
                diagnostics.Error(Codes.UnknownId, Messages.UnknownReference("region", region.Value, ObjectReader.Suggest(region.Value, framework.Regions.Select(r => r.Id))), region.Span, region.RawLine);
            }
            else
            {
                postings.Add(region.Value);
            }
        }

        var categories = ReadCategories(file, framework, diagnostics);
        file.Finish();
        return new TransparencySettings(sex, variable, minimum, threshold is > 0 and <= 100 ? threshold.Value : defaults.GapThresholdPct, factors, bucket, postings, categories);
    }

    private static string? ReadSex(ObjectReader file, JobFrameworkModel framework, DiagnosticBag diagnostics)
    {
        var name = file.Identifier("sexAttribute");
        if (name is null)
        {
            return null;
        }

        var attribute = Declared(name, "sexAttribute", framework, diagnostics);
        if (attribute is null)
        {
            return null;
        }

        if (attribute.DataClass != DataClass.Protected)
        {
            diagnostics.Error(Codes.Transparency, TransparencyMessages.SexNotProtected(name.Value), name.Span, name.RawLine);
        }

        if (attribute.Kind != AttributeKind.String || attribute.Allowed is not { } values || !values.Contains("female") || !values.Contains("male"))
        {
            diagnostics.Error(Codes.Transparency, TransparencyMessages.SexValues(name.Value), name.Span, name.RawLine);
        }

        return name.Value;
    }

    private static List<string> ReadVariablePay(ObjectReader file, JobFrameworkModel framework, DiagnosticBag diagnostics)
    {
        var result = new List<string>();
        foreach (var name in file.Strings("variablePay", false))
        {
            var attribute = Declared(name, "variablePay", framework, diagnostics);
            if (attribute is null)
            {
                continue;
            }

            if (attribute.Kind is not (AttributeKind.Money or AttributeKind.Number) || attribute.Min is not >= 0 || attribute.DataClass == DataClass.Protected)
            {
                diagnostics.Error(Codes.Transparency, TransparencyMessages.VariablePayKind(name.Value, attribute.KindName), name.Span, name.RawLine);
                continue;
            }

            result.Add(name.Value);
        }

        return result;
    }

    private static List<ExplainingFactor> ReadFactors(ObjectReader file, JobFrameworkModel framework, DiagnosticBag diagnostics)
    {
        var result = new List<ExplainingFactor>();
        foreach (var name in file.Strings("explainedBy", false))
        {
            ExplainingFactor? factor = name.Value switch
            {
                "band" => new ExplainingFactor(FactorKind.Band, "band", "Band (track, level, focus and region)"),
                "timeInLevel" => new ExplainingFactor(FactorKind.TimeInLevel, "timeInLevel", "Time in level"),
                _ => framework.FindAttribute(name.Value) is { } attribute
                    ? new ExplainingFactor(FactorKind.Attribute, attribute.Name, attribute.Description.Length > 0 ? Sentence(attribute.Description) : attribute.Name)
                    : null,
            };
            if (factor is null)
            {
                diagnostics.Error(Codes.UnknownId, TransparencyMessages.UnknownFactor(name.Value, ObjectReader.Suggest(name.Value, framework.Attributes.Select(a => a.Name).Append("band").Append("timeInLevel"))), name.Span, name.RawLine);
            }
            else if (factor.Kind == FactorKind.Attribute && framework.FindAttribute(factor.Name)!.DataClass == DataClass.Protected)
            {
                diagnostics.Error(Codes.Transparency, TransparencyMessages.ProtectedFactor(name.Value), name.Span, name.RawLine);
            }
            else if (result.All(f => f.Name != factor.Name))
            {
                result.Add(factor);
            }
        }

        return result;
    }

    // "Early-career progression step within the band (levels 1 and 2): 1, 2 or 3." → "Early-career progression step within the band"
    private static string Sentence(string description)
    {
        int end = description.IndexOfAny(['(', ':', '.']);
        return (end > 0 ? description[..end] : description).Trim();
    }

    private static List<EqualValueCategory> ReadCategories(ObjectReader file, JobFrameworkModel framework, DiagnosticBag diagnostics)
    {
        var categories = new List<EqualValueCategory>();
        var levels = framework.Tracks.SelectMany(t => t.Levels).Select(l => l.Number).Distinct().Order().ToList();
        var array = file.Array("categories", false);
        foreach (var item in array?.Items ?? [])
        {
            var entry = ObjectReader.From(item, diagnostics, "categories item");
            var id = entry?.Identifier("id");
            var name = entry?.Identifier("name");
            var basis = entry?.Identifier("basis");
            var levelArray = entry?.Array("levels", true);
            var families = entry?.Strings("families", false) ?? [];
            entry?.Finish();
            var held = new List<int>();
            foreach (var value in levelArray?.Items ?? [])
            {
                if (value is SourceNumber number && int.TryParse(number.Raw, NumberStyles.None, CultureInfo.InvariantCulture, out int level) && levels.Contains(level))
                {
                    held.Add(level);
                }
                else
                {
                    diagnostics.Error(Codes.UnknownId, value is SourceNumber n && int.TryParse(n.Raw, NumberStyles.None, CultureInfo.InvariantCulture, out int other)
                        ? TransparencyMessages.LevelNotInFramework(other)
                        : Messages.WrongType("levels item", "a level number", value.Describe()), value.Span);
                }
            }

            foreach (var family in families.Where(f => framework.FindFamily(f.Value) is null))
            {
                diagnostics.Error(Codes.UnknownId, Messages.UnknownReference("family", family.Value, ObjectReader.Suggest(family.Value, framework.Families.Select(f => f.Id))), family.Span, family.RawLine);
            }

            if (id is null || name is null || basis is null || levelArray is null)
            {
                continue;
            }

            if (categories.Any(c => c.Id == id.Value))
            {
                diagnostics.Error(Codes.DuplicateId, Messages.DuplicateId("category", id.Value), id.Span, id.RawLine);
                continue;
            }

            categories.Add(new EqualValueCategory(id.Value, name.Value, held, [.. families.Select(f => f.Value)], basis.Value));
        }

        if (array is not null)
        {
            CheckCoverage(categories, framework, levels, array.Span, diagnostics);
        }

        return categories;
    }

    // Every job — a family at a level some track has — is in exactly one category.
    private static void CheckCoverage(List<EqualValueCategory> categories, JobFrameworkModel framework, List<int> levels, SourceSpan where, DiagnosticBag diagnostics)
    {
        var uncovered = new List<string>();
        foreach (var family in framework.Families)
        {
            foreach (int level in levels)
            {
                var holding = categories.Where(c => c.Holds(family.Id, level)).ToList();
                if (holding.Count == 0)
                {
                    uncovered.Add(string.Create(CultureInfo.InvariantCulture, $"{family.Id} level {level}"));
                }
                else if (holding.Count > 1)
                {
                    diagnostics.Error(Codes.Transparency, TransparencyMessages.CategoryOverlap(family.Id, level.ToString(CultureInfo.InvariantCulture), holding[0].Id, holding[1].Id), where);
                }
            }
        }

        if (uncovered.Count > 0)
        {
            diagnostics.Error(Codes.Transparency, TransparencyMessages.CategoryGap(uncovered), where);
        }
    }

    private static DeclaredAttribute? Declared(SourceString name, string property, JobFrameworkModel framework, DiagnosticBag diagnostics)
    {
        var attribute = framework.FindAttribute(name.Value);
        if (attribute is null)
        {
            diagnostics.Error(Codes.UnknownId, TransparencyMessages.NotDeclaredAttribute(property, name.Value, ObjectReader.Suggest(name.Value, framework.Attributes.Select(a => a.Name))), name.Span, name.RawLine);
        }

        return attribute;
    }
}
