using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using JobFramework.Comp.Governance;
using JobFramework.Comp.Releases;

namespace JobFramework.Comp.Cli.Commands;

/// <summary>
/// <c>comp rules diff &lt;from&gt; &lt;to&gt;</c>: what a release changes in the framework's own terms — bands
/// with the mid's change in percent, roles, skills, focus areas, structure, rules and lookup tables.
/// </summary>
internal static class DiffCommand
{
    public static Command Create(CliConsole console)
    {
        var from = new Argument<string>("from") { Description = "The release to compare from (usually the one in effect)." };
        var to = new Argument<string>("to") { Description = "The release to compare to (usually a draft)." };
        var json = new Option<bool>("--json") { Description = "Print the differences as JSON." };
        var rules = CommonOptions.Rules();
        var command = new Command("diff", "Show what changes between two releases: bands (with the % change of the mid), roles, skills, focus areas, levels, rules.") { from, to, json, rules };
        command.SetAction(result =>
        {
            var catalog = ReleaseCatalog.Load(result.GetValue(rules)!);
            var before = Find(console, catalog, result.GetValue(from)!);
            var after = Find(console, catalog, result.GetValue(to)!);
            if (before is null || after is null)
            {
                return ExitCodes.CannotRun;
            }

            var diff = ReleaseComparer.Compare(before, after);
            console.Out.Write(result.GetValue(json) ? Json(diff) : Text(diff));
            return ExitCodes.Ok;
        });
        return command;
    }

    public static CompiledRelease? Find(CliConsole console, ReleaseCatalog catalog, string id)
    {
        var release = catalog.Find(id);
        if (release is null)
        {
            foreach (var error in catalog.Diagnostics.Where(d => d.IsError))
            {
                console.Error.WriteLine(error);
            }

            console.Error.WriteLine($"No release '{id}' loaded without errors.");
        }

        return release;
    }

    public static string Text(ReleaseDiff diff)
    {
        var text = new System.Text.StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"diff {diff.From} -> {diff.To}\n");
        if (diff.IsEmpty)
        {
            return text.Append("no differences that change a decision or the framework\n").ToString();
        }

        Section(text, "bands", diff.Bands, band => Sign(band.Kind) + " " + BandLine(band));
        Section(text, "roles", diff.Roles, ItemLine);
        Section(text, "skills", diff.Skills, ItemLine);
        Section(text, "focus areas", diff.FocusAreas, ItemLine);
        Section(text, "families, regions, levels", diff.Structure, ItemLine);
        Section(text, "rules", diff.Rules, ItemLine);
        Section(text, "lookup tables", diff.Tables, ItemLine);
        Section(text, "mobility", diff.Mobility, ItemLine);
        Section(text, "progression criteria", diff.Progression, ItemLine);
        return text.ToString();
    }

    private static void Section<T>(System.Text.StringBuilder text, string title, IReadOnlyList<T> items, Func<T, string> line)
    {
        if (items.Count == 0)
        {
            return;
        }

        text.Append(CultureInfo.InvariantCulture, $"{title}: {items.Count} difference(s)\n");
        foreach (var item in items)
        {
            text.Append("  ").Append(line(item)).Append('\n');
        }
    }

    private static string BandLine(BandChange band)
    {
        string where = string.Create(CultureInfo.InvariantCulture, $"{band.Track} L{band.Level} {band.Region}{(band.Family == "*" ? "" : " (" + band.Family + ")")}");
        return band.Kind switch
        {
            ChangeKind.Added => $"{where}: {Range(band.After!)}",
            ChangeKind.Removed => $"{where}: was {Range(band.Before!)}",
            _ => string.Create(CultureInfo.InvariantCulture,
                $"{where}: min {Amount(band.Before!.Min)} -> {Amount(band.After!.Min)}, {CentreName(band.After)} {Amount(band.Before.Centre)} -> {Amount(band.After.Centre)} ({Percent(band.MidChangePercent)}), max {Amount(band.Before.Max)} -> {Amount(band.After.Max)} {band.After.Currency.Code}"),
        };
    }

    private static string Range(Framework.PayBand band) => $"{Amount(band.Min)}-{Amount(band.Max)} {band.Currency.Code} ({CentreName(band)} {Amount(band.Centre)})";

    // The centre compared is the mid where the table has one; otherwise say what it is.
    private static string CentreName(Framework.PayBand band) => band.Mid is not null ? "mid" : band.Reference is not null ? "reference" : "centre";

    // For people: 100,500.00 (the code follows once per line).
    private static string Amount(Monetary.Money money) => money.FormatDisplayAmount();

    private static string Percent(decimal? percent) =>
        percent is { } p ? (p >= 0 ? "+" : "") + p.ToString("0.00", CultureInfo.InvariantCulture) + "%" : "currency changed";

    private static string ItemLine(ItemChange item) => Sign(item.Kind) + " " + item.Id + ": " + string.Join("; ", item.Details);

    private static string Sign(ChangeKind kind) => kind switch
    {
        ChangeKind.Added => "+",
        ChangeKind.Removed => "-",
        _ => "~",
    };

    public static string Json(ReleaseDiff diff)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("from", diff.From);
            json.WriteString("to", diff.To);
            json.WriteStartArray("bands");
            foreach (var band in diff.Bands)
            {
                json.WriteStartObject();
                json.WriteString("kind", Kind(band.Kind));
                json.WriteString("family", band.Family);
                json.WriteString("track", band.Track);
                json.WriteNumber("level", band.Level);
                json.WriteString("region", band.Region);
                Band(json, "before", band.Before);
                Band(json, "after", band.After);
                if (band.MidChangePercent is { } percent)
                {
                    json.WriteNumber("midChangePercent", percent);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            Items(json, "roles", diff.Roles);
            Items(json, "skills", diff.Skills);
            Items(json, "focusAreas", diff.FocusAreas);
            Items(json, "structure", diff.Structure);
            Items(json, "rules", diff.Rules);
            Items(json, "tables", diff.Tables);
            Items(json, "mobility", diff.Mobility);
            Items(json, "progression", diff.Progression);
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void Band(Utf8JsonWriter json, string name, Framework.PayBand? band)
    {
        if (band is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        json.WriteString("currency", band.Currency.Code);
        json.WriteString("min", band.Min.FormatAmount());
        if (band.Mid is { } mid)
        {
            json.WriteString("mid", mid.FormatAmount());
        }

        json.WriteString("max", band.Max.FormatAmount());
        if (band.Reference is { } reference)
        {
            json.WriteString("reference", reference.FormatAmount());
        }

        if (band.BonusTargetPct is { } bonus)
        {
            json.WriteNumber("bonusTargetPct", bonus);
        }

        if (band.Equity is { } equity)
        {
            json.WriteBoolean("equity", equity);
        }
        json.WriteEndObject();
    }

    private static void Items(Utf8JsonWriter json, string name, IReadOnlyList<ItemChange> items)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStartObject();
            json.WriteString("kind", Kind(item.Kind));
            json.WriteString("id", item.Id);
            json.WriteStartArray("details");
            foreach (var detail in item.Details)
            {
                json.WriteStringValue(detail);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static string Kind(ChangeKind kind) => kind.ToString().ToLowerInvariant();
}
