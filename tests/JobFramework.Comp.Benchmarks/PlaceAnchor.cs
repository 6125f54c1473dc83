using System.Globalization;
using JobFramework.Comp.Framework;
using JobFramework.Comp.Releases;
using nietras.SeparatedValues;

namespace JobFramework.Comp.Benchmarks;

/// <summary>
/// The anchor `comp place` is measured against (issue 20): a plain Sep program that reads the same roster and writes a
/// placement CSV of the same shape — typed fields, the band looked up once per position in a dictionary, compa-ratio,
/// range penetration, position and amount to minimum computed inline — with none of the engine: no validation, no
/// rules, no error rows. What is left between the two is what the engine and its checks cost.
/// </summary>
internal static class PlaceAnchor
{
    private static readonly string[] Header =
        ["id", "family", "track", "level", "region", "currency", "baseSalary", "bandMin", "bandMid", "bandMax", "compaRatio", "rangePenetration", "position", "amountToMinimum", "bonusTargetPct", "equity", "bandRow", "release"];

    /// <summary>Only reading: every row's level and salary parsed, nothing written — the floor under any CSV batch.</summary>
    public static decimal ReadOnly(string rosterPath)
    {
        decimal total = 0;
        using var reader = Sep.New(',').Reader(o => o with { CultureInfo = CultureInfo.InvariantCulture }).FromFile(rosterPath);
        int level = reader.Header.IndexOf("level"), salary = reader.Header.IndexOf("baseSalary");
        foreach (var row in reader)
        {
            total += row[salary].Parse<decimal>() + row[level].Parse<int>();
        }

        return total;
    }

    public static long Run(CompiledRelease release, string rosterPath, string outputPath)
    {
        var evaluator = new Evaluation.Evaluator(release);
        var bands = new Dictionary<(string Family, string Track, int Level, string Region), PayBand?>();
        long rows = 0;
        using var reader = Sep.New(',').Reader(o => o with { CultureInfo = CultureInfo.InvariantCulture }).FromFile(rosterPath);
        using var writer = Sep.New(',').Writer(o => o with { CultureInfo = CultureInfo.InvariantCulture, WriteHeader = false }).ToFile(outputPath);
        // Columns by index; the header is the first row.
        using (var first = writer.NewRow())
        {
            for (int i = 0; i < Header.Length; i++)
            {
                first[i].Set(Header[i]);
            }
        }

        int id = reader.Header.IndexOf("id"), family = reader.Header.IndexOf("family"), track = reader.Header.IndexOf("track");
        int level = reader.Header.IndexOf("level"), region = reader.Header.IndexOf("region"), salary = reader.Header.IndexOf("baseSalary");
        foreach (var row in reader)
        {
            var key = (row[family].ToString(), row[track].ToString(), row[level].Parse<int>(), row[region].ToString());
            if (!bands.TryGetValue(key, out var band))
            {
                bands[key] = band = evaluator.BandFor(key.Item1, key.Item2, key.Item3, key.Item4);
            }

            if (band is null)
            {
                continue;
            }

            decimal pay = row[salary].Parse<decimal>();
            decimal min = band.Min.Amount, max = band.Max.Amount, mid = band.Mid?.Amount ?? 0m;
            using var output = writer.NewRow();
            output[0].Set(row[id].Span);
            output[1].Set(key.Item1);
            output[2].Set(key.Item2);
            output[3].Format(key.Item3);
            output[4].Set(key.Item4);
            output[5].Set(band.Currency.Code);
            output[6].Format(pay, "F2");
            output[7].Format(min, "F2");
            output[8].Format(mid, "F2");
            output[9].Format(max, "F2");
            output[10].Format(mid == 0 ? 0m : decimal.Round(pay / mid, 10, MidpointRounding.ToEven));
            output[11].Format(max == min ? 0m : decimal.Round((pay - min) / (max - min), 10, MidpointRounding.ToEven));
            output[12].Set(pay < min ? "below" : pay > max ? "above" : "within");
            output[13].Format(pay < min ? min - pay : 0m, "F2");
            output[14].Format(band.BonusTargetPct ?? 0m);
            output[15].Set(band.Equity == true ? "true" : "false");
            output[16].Format(band.Row);
            output[17].Set(release.Id);
            rows++;
        }

        return rows;
    }
}
