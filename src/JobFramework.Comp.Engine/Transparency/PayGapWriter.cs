using System.Globalization;
using System.Text;
using System.Text.Json;

namespace JobFramework.Comp.Transparency;

/// <summary>
/// Writes a <see cref="PayGapReport"/> as JSON (for systems), CSV (one figure per row, for spreadsheets) or a
/// standalone HTML report with charts. Withheld figures are written as withheld, never as zero.
/// </summary>
public static class PayGapWriter
{
    public const string Withheld = "withheld";

    public static string ToJson(PayGapReport report)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("release", report.ReleaseId);
            json.WriteString("contentHash", report.ContentHash);
            json.WriteString("takenOn", report.TakenOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            if (report.Snapshot is { } snapshot)
            {
                json.WriteString("snapshot", snapshot);
            }

            json.WriteNumber("minimumGroupSize", report.MinimumGroupSize);
            json.WriteNumber("thresholdPct", report.ThresholdPct);
            json.WriteStartArray("units");
            foreach (var unit in report.Units)
            {
                json.WriteStartObject();
                json.WriteString("region", unit.Region.Id);
                json.WriteString("currency", unit.Region.Currency.Code);
                People(json, unit.People, unit.Withheld);
                json.WriteBoolean("withheld", unit.Withheld);
                Pair(json, "total", unit.Total);
                Pair(json, "base", unit.Base);
                Pair(json, "variable", unit.Variable);
                Number(json, "womenReceivingVariablePct", unit.WomenReceivingVariablePct);
                Number(json, "menReceivingVariablePct", unit.MenReceivingVariablePct);
                json.WriteStartArray("quartiles");
                foreach (var quartile in unit.Quartiles)
                {
                    json.WriteStartObject();
                    json.WriteNumber("quartile", quartile.Number);
                    json.WriteNumber("people", quartile.People);
                    Number(json, "womenPct", quartile.WomenPct);
                    Number(json, "menPct", quartile.MenPct);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteStartArray("categories");
                foreach (var category in unit.Categories)
                {
                    json.WriteStartObject();
                    json.WriteString("category", category.Category.Id);
                    json.WriteString("name", category.Category.Name);
                    json.WriteString("basis", category.Category.Basis);
                    People(json, category.People, category.Withheld);
                    json.WriteBoolean("withheld", category.Withheld);
                    Pair(json, "base", category.Base);
                    Pair(json, "variable", category.Variable);
                    Pair(json, "total", category.Total);
                    json.WriteBoolean("flagged", category.Flagged);
                    json.WriteStartArray("explained");
                    foreach (var share in category.Explained)
                    {
                        json.WriteStartObject();
                        json.WriteString("factor", share.Factor.Name);
                        Number(json, "points", share.Points);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    Number(json, "unexplainedPoints", category.Unexplained);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>One figure per row: region, category ("" for the whole unit), figure, value.</summary>
    public static string ToCsv(PayGapReport report)
    {
        var csv = new StringBuilder("region,category,figure,value\n");
        void Row(string region, string category, string figure, string value) => csv.Append(CultureInfo.InvariantCulture, $"{region},{category},{figure},{value}\n");
        foreach (var unit in report.Units)
        {
            string r = unit.Region.Id;
            Row(r, "", "people", Count(unit.People.Total));
            Row(r, "", "women", unit.Withheld ? Withheld : Count(unit.People.Women));
            Row(r, "", "men", unit.Withheld ? Withheld : Count(unit.People.Men));
            foreach (var (name, pair) in new[] { ("total", unit.Total), ("base", unit.Base), ("variable", unit.Variable) })
            {
                Row(r, "", name + ".meanGapPct", Text(pair.Mean));
                Row(r, "", name + ".medianGapPct", Text(pair.Median));
            }

            Row(r, "", "womenReceivingVariablePct", Text(unit.WomenReceivingVariablePct));
            Row(r, "", "menReceivingVariablePct", Text(unit.MenReceivingVariablePct));
            foreach (var quartile in unit.Quartiles)
            {
                Row(r, "", $"quartile{quartile.Number}.womenPct", Text(quartile.WomenPct));
                Row(r, "", $"quartile{quartile.Number}.menPct", Text(quartile.MenPct));
            }

            foreach (var category in unit.Categories)
            {
                string c = category.Category.Id;
                Row(r, c, "people", Count(category.People.Total));
                Row(r, c, "women", category.Withheld ? Withheld : Count(category.People.Women));
                Row(r, c, "men", category.Withheld ? Withheld : Count(category.People.Men));
                foreach (var (name, pair) in new[] { ("base", category.Base), ("variable", category.Variable), ("total", category.Total) })
                {
                    Row(r, c, name + ".meanGapPct", Text(pair.Mean));
                    Row(r, c, name + ".medianGapPct", Text(pair.Median));
                }

                Row(r, c, "flagged", category.Withheld ? Withheld : category.Flagged ? "true" : "false");
                foreach (var share in category.Explained)
                {
                    Row(r, c, "explained." + share.Factor.Name, Text(share.Points));
                }

                Row(r, c, "unexplained", Text(category.Unexplained));
            }
        }

        return csv.ToString();
    }

    public static string ToHtml(PayGapReport report) => PayGapHtml.Write(report);

    /// <summary>The HTML report's sections without a page around them, for a page of one's own (the comp pages).</summary>
    public static string ToHtmlSections(PayGapReport report) => PayGapHtml.Sections(report);

    internal static string Text(decimal? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : Withheld;

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void People(Utf8JsonWriter json, Headcount people, bool withheld)
    {
        json.WriteNumber("people", people.Total);
        if (!withheld)
        {
            json.WriteNumber("women", people.Women);
            json.WriteNumber("men", people.Men);
            json.WriteNumber("others", people.Others);
        }
    }

    private static void Pair(Utf8JsonWriter json, string name, GapPair pair)
    {
        json.WriteStartObject(name);
        Number(json, "meanGapPct", pair.Mean);
        Number(json, "medianGapPct", pair.Median);
        json.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
