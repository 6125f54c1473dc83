using System.Globalization;
using System.Text;
using System.Text.Json;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Releases;

namespace JobFramework.Comp.Transparency;

/// <summary>The average pay of one sex in a category: how many, and mean basic and total pay; null averages when withheld.</summary>
public sealed record GroupAverage(string Sex, bool Withheld, decimal? MeanBase, decimal? MeanTotal);

/// <summary>
/// The answer to a worker's request for information (EU Directive 2023/970 Art. 7): their own pay level, and the
/// average pay levels of women and of men doing the same work or work of equal value — the same category in the
/// same region (one currency) — from one roster snapshot under the release in effect on its date. An average over
/// fewer people than the release's minimum group size is withheld so that no colleague's pay can be inferred.
/// </summary>
public sealed record WorkerPayInformation(
    string EmployeeId,
    string Region,
    string Currency,
    EqualValueCategory Category,
    decimal Base,
    decimal Variable,
    IReadOnlyList<GroupAverage> Averages,
    string ReleaseId,
    string ContentHash,
    DateOnly TakenOn,
    string? Snapshot)
{
    public decimal Total => Base + Variable;

    /// <summary>The answer for <paramref name="employeeId"/>, or an error naming the id when the snapshot does not hold them.</summary>
    public static EvaluationResult<WorkerPayInformation> For(CompiledRelease release, IReadOnlyList<PayRecord> records, string employeeId, DateOnly takenOn, string? snapshot = null)
    {
        var worker = records.FirstOrDefault(r => string.Equals(r.Employee.Id, employeeId, StringComparison.Ordinal));
        if (worker is null)
        {
            return EvaluationResult<WorkerPayInformation>.Fail("id", $"No one with id '{employeeId}' is in the snapshot.");
        }

        var settings = release.Transparency;
        var currency = release.Framework.FindRegion(worker.Region)!.Currency;
        var peers = records.Where(r => r.Region == worker.Region && r.Category == worker.Category).ToList();
        var averages = new[] { Sexes.Female, Sexes.Male }.Select(sex =>
        {
            var group = peers.Where(r => r.Sex == sex).ToList();
            bool withheld = group.Count < settings.MinimumGroupSize;
            return new GroupAverage(
                sex,
                withheld,
                withheld ? null : PayFigures.RoundAmount(PayFigures.Mean([.. group.Select(r => r.Base)]), currency.MinorUnits),
                withheld ? null : PayFigures.RoundAmount(PayFigures.Mean([.. group.Select(r => r.Total)]), currency.MinorUnits));
        }).ToList();
        return EvaluationResult<WorkerPayInformation>.Ok(new WorkerPayInformation(
            worker.Employee.Id, worker.Region, currency.Code, settings.Categories.First(c => c.Id == worker.Category), worker.Base, worker.Variable, averages,
            release.Id, release.ContentHash, takenOn, snapshot));
    }

    /// <summary>The answer as JSON: indented for people, compact (<paramref name="indented"/> false) as the audit log records it.</summary>
    public string ToJson(bool indented = true)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented }))
        {
            json.WriteStartObject();
            json.WriteString("employeeId", EmployeeId);
            json.WriteString("region", Region);
            json.WriteString("currency", Currency);
            json.WriteStartObject("category");
            json.WriteString("id", Category.Id);
            json.WriteString("name", Category.Name);
            json.WriteString("basis", Category.Basis);
            json.WriteEndObject();
            json.WriteStartObject("pay");
            json.WriteNumber("base", Base);
            json.WriteNumber("variable", Variable);
            json.WriteNumber("total", Total);
            json.WriteEndObject();
            json.WriteStartArray("averages");
            foreach (var average in Averages)
            {
                json.WriteStartObject();
                json.WriteString("sex", average.Sex);
                json.WriteBoolean("withheld", average.Withheld);
                if (!average.Withheld)
                {
                    json.WriteNumber("meanBase", average.MeanBase!.Value);
                    json.WriteNumber("meanTotal", average.MeanTotal!.Value);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteString("release", ReleaseId);
            json.WriteString("contentHash", ContentHash);
            json.WriteString("takenOn", TakenOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            if (Snapshot is { } id)
            {
                json.WriteString("snapshot", id);
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + (indented ? "\n" : "");
    }

    public string ToText(int minimumGroupSize)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Pay information for {EmployeeId} (EU Directive 2023/970 Art. 7), snapshot of {TakenOn:yyyy-MM-dd}, release {ReleaseId}.\n");
        text.Append(CultureInfo.InvariantCulture, $"Your pay: basic {Amount(Base)} {Currency}, variable {Amount(Variable)} {Currency}, total {Amount(Total)} {Currency} a year.\n");
        text.Append(CultureInfo.InvariantCulture, $"Your category of equal value: {Category.Name} — {Category.Basis}\n");
        foreach (var average in Averages)
        {
            string who = average.Sex == Sexes.Female ? "Women" : "Men";
            text.Append(average.Withheld
                ? $"{who} in this category and region: fewer than {minimumGroupSize.ToString(CultureInfo.InvariantCulture)}, so their average is withheld.\n"
                : $"{who} in this category and region: average basic {Amount(average.MeanBase!.Value)} {Currency}, average total {Amount(average.MeanTotal!.Value)} {Currency}.\n");
        }

        return text.ToString();
    }

    /// <summary>An amount as the answer shows it to people: 79,666.67.</summary>
    public static string Amount(decimal value) => value.ToString("#,0.00", CultureInfo.InvariantCulture);
}
