using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Json;
using JobFramework.Comp.Model;

namespace JobFramework.Comp.Releases;

/// <summary>
/// Reads framework.json's <c>attributes</c>: the employee fields a release adds. Each is checked at load —
/// a known type, a name that is not a built-in field, a default of its type within its own range and values,
/// not both required and defaulted — and gets the next slot.
/// </summary>
internal static class AttributeReader
{
    /// <summary>The employee's built-in fields: an attribute may not shadow one.</summary>
    public static readonly string[] BuiltIn =
        ["id", "family", "track", "level", "focus", "region", "baseSalary", "currency", "rating", "monthsInLevel", "scope", "teamSize", "mentorship", "thoughtLeadership", "budget", "skills", "certifications"];

    public const int MaxAttributes = 200;

    /// <param name="reserved">Names an attribute may not take (the employee's built-in fields); a workflow's inputs reserve none.</param>
    /// <param name="caseInsensitive">Property names as RulesEngine files write them (<c>Name</c>, <c>Type</c>), for a workflow's inputs.</param>
    public static IReadOnlyList<DeclaredAttribute> Read(SourceArray? items, DiagnosticBag diagnostics, string[]? reserved = null, bool caseInsensitive = false)
    {
        reserved ??= BuiltIn;
        var attributes = new List<DeclaredAttribute>();
        foreach (var item in items?.Items ?? [])
        {
            var entry = ObjectReader.From(item, diagnostics, caseInsensitive ? "input" : "attribute", caseInsensitive);
            if (entry is null)
            {
                continue;
            }

            int before = diagnostics.Count;
            var name = entry.Identifier("name");
            var type = entry.String("type", true);
            bool required = entry.Bool("required", false) ?? false;
            var defaultValue = entry.Get("default");
            decimal? min = entry.Decimal("min", false);
            decimal? max = entry.Decimal("max", false);
            var allowed = entry.Strings("values", false);
            string description = entry.String("description", false)?.Value ?? "";
            var dataClassText = entry.String("dataClass", false);
            entry.Finish();

            if (name is not null && (reserved.Contains(name.Value, StringComparer.OrdinalIgnoreCase) || attributes.Exists(a => string.Equals(a.Name, name.Value, StringComparison.OrdinalIgnoreCase))))
            {
                diagnostics.Error(Codes.DuplicateId, reserved.Contains(name.Value, StringComparer.OrdinalIgnoreCase) ? Messages.AttributeShadowsBuiltIn(name.Value) : Messages.DuplicateId(caseInsensitive ? "input" : "attribute", name.Value), name.Span, name.RawLine);
            }

            AttributeKind kind = default;
            if (type is not null && !DeclaredAttribute.KindNames.TryGetValue(type.Value, out kind))
            {
                diagnostics.Error(Codes.UnknownId, Messages.UnknownAttributeType(type.Value, string.Join(", ", DeclaredAttribute.KindNames.Keys)), type.Span, type.RawLine);
            }

            var dataClass = DataClass.Ordinary;
            switch (dataClassText?.Value)
            {
                case null or "ordinary":
                    break;
                case "personal":
                    dataClass = DataClass.Personal;
                    break;
                case "protected":
                    dataClass = DataClass.Protected;
                    break;
                default:
                    diagnostics.Error(Codes.UnknownId, Messages.UnknownDataClass(dataClassText.Value), dataClassText.Span, dataClassText.RawLine);
                    break;
            }

            if (min is not null && max is not null && min > max)
            {
                diagnostics.Error(Codes.OutOfRange, Messages.AttributeRange(min.Value, max.Value), entry.Get("min")!.Span);
            }

            if (required && defaultValue is not null)
            {
                diagnostics.Error(Codes.TableShape, Messages.RequiredWithDefault(name?.Value ?? ""), defaultValue.Span);
            }

            if (diagnostics.Count > before || name is null || type is null)
            {
                continue;
            }

            int kindSlot = attributes.Count(a => AttributeValues.StorageOf(a.Kind) == AttributeValues.StorageOf(kind));
            var declared = new DeclaredAttribute(name.Value, kind, attributes.Count, kindSlot, required, null, min, max, allowed.Count > 0 ? [.. allowed.Select(a => a.Value)] : null, description, dataClass);
            if (defaultValue is not null)
            {
                var parsed = AttributeValue.FromJson(declared, defaultValue);
                if (parsed.Error is not null)
                {
                    diagnostics.Error(Codes.WrongType, Messages.BadAttributeDefault(name.Value, parsed.Error), defaultValue.Span);
                    continue;
                }

                declared = declared with { Default = parsed.Value };
            }

            if (attributes.Count == MaxAttributes)
            {
                diagnostics.Error(Codes.TableLimit, Messages.TooManyAttributes(MaxAttributes), name.Span);
                break;
            }

            attributes.Add(declared);
        }

        return attributes;
    }
}
