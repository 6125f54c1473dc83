using System.Buffers;
using System.Globalization;
using System.Text.Json;
using JobFramework.Comp.Framework;
using JobFramework.Comp.Releases;
using nietras.SeparatedValues;

namespace JobFramework.Comp.Benchmarks;

/// <summary>
/// The anchor `comp place` is measured against (issue 20): a plain Sep (or, for JSON Lines, System.Text.Json) program that reads the same roster and writes a
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
        WriteHeader(writer);

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

            Write(writer, row[id].Span, key, band, row[salary].Parse<decimal>(), release.Id);
            rows++;
        }

        return rows;
    }

    /// <summary>JSON Lines: one Utf8JsonReader pass over each line's bytes for the fields placement needs.</summary>
    public static long RunJsonLines(CompiledRelease release, string rosterPath, string outputPath)
    {
        var evaluator = new Evaluation.Evaluator(release);
        var bands = new Dictionary<(string Family, string Track, int Level, string Region), PayBand?>();
        long rows = 0;
        using var writer = Sep.New(',').Writer(o => o with { CultureInfo = CultureInfo.InvariantCulture, WriteHeader = false }).ToFile(outputPath);
        WriteHeader(writer);
        foreach (var line in Lines(rosterPath))
        {
            var (id, key, pay) = ReadEmployee(line.Span);
            if (!bands.TryGetValue(key, out var band))
            {
                bands[key] = band = evaluator.BandFor(key.Family, key.Track, key.Level, key.Region);
            }

            if (band is not null)
            {
                Write(writer, id, key, band, pay, release.Id);
                rows++;
            }
        }

        return rows;
    }

    /// <summary>Only reading JSON Lines: every line's fields parsed, nothing written.</summary>
    public static decimal ReadOnlyJsonLines(string rosterPath)
    {
        decimal total = 0;
        foreach (var line in Lines(rosterPath))
        {
            total += ReadEmployee(line.Span).Pay;
        }

        return total;
    }

    private static (string Id, (string Family, string Track, int Level, string Region) Key, decimal Pay) ReadEmployee(ReadOnlySpan<byte> line)
    {
        var json = new Utf8JsonReader(line);
        string id = "", family = "", track = "", region = "";
        int level = 0;
        decimal pay = 0;
        while (json.Read())
        {
            if (json.TokenType != JsonTokenType.PropertyName || json.CurrentDepth != 1)
            {
                continue;
            }

            if (json.ValueTextEquals("id"u8)) { json.Read(); id = json.GetString()!; }
            else if (json.ValueTextEquals("family"u8)) { json.Read(); family = json.GetString()!; }
            else if (json.ValueTextEquals("track"u8)) { json.Read(); track = json.GetString()!; }
            else if (json.ValueTextEquals("region"u8)) { json.Read(); region = json.GetString()!; }
            else if (json.ValueTextEquals("level"u8)) { json.Read(); level = json.GetInt32(); }
            else if (json.ValueTextEquals("baseSalary"u8)) { json.Read(); pay = json.GetDecimal(); }
        }

        return (id, (family, track, level, region), pay);
    }

    // The file's lines as UTF-8 bytes, from one reused buffer.
    private static IEnumerable<ReadOnlyMemory<byte>> Lines(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        byte[] buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
        int filled = 0;
        try
        {
            while (true)
            {
                int read = stream.Read(buffer, filled, buffer.Length - filled);
                filled += read;
                int start = 0;
                int newline;
                while ((newline = Array.IndexOf(buffer, (byte)'\n', start, filled - start)) >= 0)
                {
                    if (newline > start)
                    {
                        yield return buffer.AsMemory(start, newline - start);
                    }

                    start = newline + 1;
                }

                if (read == 0)
                {
                    if (filled > start)
                    {
                        yield return buffer.AsMemory(start, filled - start);
                    }

                    yield break;
                }

                Array.Copy(buffer, start, buffer, 0, filled - start);
                filled -= start;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static void WriteHeader(SepWriter writer) => WriteHeader(writer, Header);

    /// <summary>A header row of the given names (the anchors write their own header, as comp's writers do).</summary>
    public static void WriteHeader(SepWriter writer, string[] names)
    {
        using var first = writer.NewRow();
        for (int i = 0; i < names.Length; i++)
        {
            first[i].Set(names[i]);
        }
    }

    private static void Write(SepWriter writer, ReadOnlySpan<char> id, (string Family, string Track, int Level, string Region) key, PayBand band, decimal pay, string releaseId)
    {
        decimal min = band.Min.Amount, max = band.Max.Amount, mid = band.Mid?.Amount ?? 0m;
        using var output = writer.NewRow();
        output[0].Set(id);
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
        output[17].Set(releaseId);
    }
}
