using JobFramework.Comp.Framework;

namespace JobFramework.Comp.Api.Pages.Comp;

/// <summary>One band of the explorer: where it applies (family, track, level, region) and the band itself.</summary>
public sealed record BandRow(string Family, string Track, Level Level, Region Region, PayBand Band)
{
    /// <summary>Every band a release defines for a family and track, level by level and region by region.</summary>
    public static IReadOnlyList<BandRow> Of(Evaluation.Evaluator evaluator, string family, string track)
    {
        var framework = evaluator.Release.Framework;
        var rows = new List<BandRow>();
        foreach (var level in framework.FindTrack(track)?.Levels ?? [])
        {
            foreach (var region in framework.Regions)
            {
                if (evaluator.BandFor(family, track, level.Number, region.Id) is { } band)
                {
                    rows.Add(new BandRow(family, track, level, region, band));
                }
            }
        }

        return rows;
    }
}
