using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Governance;
using JobFramework.Comp.Json;

namespace JobFramework.Comp.Releases;

/// <summary>Reads framework.json's optional <c>governance</c> section; anything it leaves out keeps its default.</summary>
internal static class GovernanceSettingsReader
{
    public static GovernanceSettings Read(ObjectReader? reader, DiagnosticBag diagnostics)
    {
        if (reader is null)
        {
            return GovernanceSettings.Default;
        }

        var d = GovernanceSettings.Default;
        var settings = new GovernanceSettings
        {
            BandGap = Level(reader, "bandGap", d.BandGap, diagnostics),
            BandOverlap = Level(reader, "bandOverlap", d.BandOverlap, diagnostics),
            MaxOverlapPercent = reader.Int("maxOverlapPercent", false, 0, 100) ?? d.MaxOverlapPercent,
            MidProgression = Level(reader, "midProgression", d.MidProgression, diagnostics),
            AlignedBands = Level(reader, "alignedBands", d.AlignedBands, diagnostics),
            AlignedBandExceptions = Exceptions(reader, diagnostics),
            UnreachableLevels = Level(reader, "unreachableLevels", d.UnreachableLevels, diagnostics),
            FocusBands = Level(reader, "focusBands", d.FocusBands, diagnostics),
            LearningPathways = Level(reader, "learningPathways", d.LearningPathways, diagnostics),
            ShadowedRows = Level(reader, "shadowedRows", d.ShadowedRows, diagnostics),
            BandCoverage = Level(reader, "bandCoverage", d.BandCoverage, diagnostics),
        };
        reader.Finish();
        return settings;
    }

    private static LintLevel Level(ObjectReader reader, string name, LintLevel fallback, DiagnosticBag diagnostics)
    {
        var text = reader.String(name, false);
        switch (text?.Value)
        {
            case null:
                return fallback;
            case "error":
                return LintLevel.Error;
            case "warning":
                return LintLevel.Warning;
            case "off":
                return LintLevel.Off;
            default:
                diagnostics.Error(Codes.OutOfRange, Messages.LintLevel(name, text.Value), text.Span, text.RawLine);
                return fallback;
        }
    }

    private static List<AlignedBandException> Exceptions(ObjectReader reader, DiagnosticBag diagnostics)
    {
        var result = new List<AlignedBandException>();
        foreach (var item in reader.Array("alignedBandExceptions", false)?.Items ?? [])
        {
            var exception = ObjectReader.From(item, diagnostics, "alignedBandExceptions item");
            if (exception is null)
            {
                continue;
            }

            var track = exception.Identifier("track");
            int? level = exception.Int("level", true, 0, 99);
            var reason = exception.Identifier("reason");
            exception.Finish();
            if (track is not null && level is not null && reason is not null)
            {
                result.Add(new AlignedBandException(track.Value, level.Value, reason.Value));
            }
        }

        return result;
    }
}
