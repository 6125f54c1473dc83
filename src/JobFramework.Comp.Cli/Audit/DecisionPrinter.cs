using System.Globalization;
using System.Text.Json;
using JobFramework.Comp.Audit;

namespace JobFramework.Comp.Cli.Audit;

/// <summary>How recorded decisions look on the terminal and as JSON.</summary>
internal static class DecisionPrinter
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static void Table(TextWriter output, IReadOnlyList<DecisionRecord> records)
    {
        output.WriteLine($"{"decision",-15}  {"recorded (UTC)",-24}  {"kind",-11}  {"employee",-10}  {"release",-10}  result");
        foreach (var record in records)
        {
            output.WriteLine($"{record.DecisionId,-15}  {DecisionClock.Format(record.RecordedAt),-24}  {DecisionKinds.Name(record.Kind),-11}  {record.EmployeeId,-10}  {record.ReleaseId,-10}  {Result(record)}");
        }
    }

    public static void Details(TextWriter output, DecisionRecord record)
    {
        output.WriteLine($"decision:        {record.DecisionId} (chain {record.Chain}, #{record.Sequence})");
        output.WriteLine($"kind:            {DecisionKinds.Name(record.Kind)}");
        output.WriteLine($"employee:        {record.EmployeeId}");
        output.WriteLine($"as of:           {record.AsOf:yyyy-MM-dd}");
        output.WriteLine($"release:         {record.ReleaseId} ({record.ReleaseHash})");
        output.WriteLine($"recorded at:     {DecisionClock.Format(record.RecordedAt)}");
        output.WriteLine($"caller:          {record.Caller ?? "(unknown)"}");
        output.WriteLine($"idempotency key: {record.IdempotencyKey ?? "(none)"}");
        output.WriteLine($"hash:            {record.Hash}");
        output.WriteLine($"previous hash:   {record.PreviousHash}");
        output.WriteLine($"result:          {Result(record)}");
        output.WriteLine("input:");
        output.WriteLine(Pretty(record.Input));
        output.WriteLine("output:");
        output.WriteLine(Pretty(record.Output));
    }

    public static string Json(IEnumerable<DecisionRecord> records, string? continuation) =>
        JsonSerializer.Serialize(new { decisions = records.Select(Shape), continuation }, Indented);

    public static string Json(DecisionRecord record) => JsonSerializer.Serialize(Shape(record), Indented);

    /// <summary>A one-line reading of the recorded output.</summary>
    public static string Result(DecisionRecord record)
    {
        try
        {
            using var output = JsonDocument.Parse(record.Output);
            var root = output.RootElement;
            return record.Kind switch
            {
                DecisionKind.Placement => root.TryGetProperty("compaRatio", out var compa)
                    ? string.Create(CultureInfo.InvariantCulture, $"{root.GetProperty("position").GetString()} band, compa-ratio {compa.GetRawText()}")
                    : $"{root.GetProperty("position").GetString()} band",
                DecisionKind.Eligibility => (root.GetProperty("eligible").GetBoolean() ? "eligible for " : "not yet eligible for ") + (root.GetProperty("target").GetProperty("levelCode").GetString() ?? "the target"),
                DecisionKind.Mobility => Moves(root.GetProperty("options")),
                DecisionKind.Workflow => Workflow(root),
                DecisionKind.Disclosure => $"pay information: category {root.GetProperty("category").GetProperty("id").GetString()}, "
                    + (root.GetProperty("averages").EnumerateArray().All(a => !a.GetProperty("withheld").GetBoolean()) ? "averages of women and men given" : "some averages withheld"),
                _ => DecisionKinds.Name(record.Kind),
            };
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return "(output not readable: run 'comp audit verify')";
        }
    }

    // "merit: every rule met; meritIncrease 4120.00 USD": the verdict and the workflow's last output, usually the one that matters.
    private static string Workflow(JsonElement root)
    {
        string verdict = root.GetProperty("passed").GetBoolean() ? "every rule met" : "not every rule met";
        string last = "";
        if (root.GetProperty("outputs").EnumerateArray().LastOrDefault() is { ValueKind: JsonValueKind.Object } output
            && output.GetProperty("value") is { ValueKind: JsonValueKind.Object } value)
        {
            string? currency = value.GetProperty("currency").GetString();
            last = $"; {output.GetProperty("name").GetString()} {value.GetProperty("amount").GetString()}{(currency is null ? "" : " " + currency)}";
        }

        return $"{root.GetProperty("workflow").GetString()}: {verdict}{last}";
    }

    // "3 move(s), 0 open, 2 reachable with learning: risk-ic3 first". Records made before moves had a status
    // say only whether each was open.
    private static string Moves(JsonElement options)
    {
        var all = options.EnumerateArray().ToArray();
        int open = all.Count(o => o.GetProperty("open").GetBoolean());
        int learning = all.Count(o => o.TryGetProperty("status", out var status) && status.GetString() == "reachableWithLearning");
        string first = all.Length == 0 ? "" : ": " + all[0].GetProperty("role").GetProperty("id").GetString() + " first";
        return string.Create(CultureInfo.InvariantCulture, $"{all.Length} move(s), {open} open, {learning} reachable with learning{first}");
    }

    private static object Shape(DecisionRecord record) => new
    {
        decisionId = record.DecisionId,
        kind = DecisionKinds.Name(record.Kind),
        employeeId = record.EmployeeId,
        asOf = record.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        release = new { id = record.ReleaseId, contentHash = record.ReleaseHash },
        recordedAt = DecisionClock.Format(record.RecordedAt),
        caller = record.Caller,
        idempotencyKey = record.IdempotencyKey,
        chain = record.Chain,
        sequence = record.Sequence,
        previousHash = record.PreviousHash,
        hash = record.Hash,
        input = JsonDocument.Parse(record.Input).RootElement,
        output = JsonDocument.Parse(record.Output).RootElement,
    };

    private static string Pretty(string json)
    {
        using var document = JsonDocument.Parse(json);
        return JsonSerializer.Serialize(document.RootElement, Indented);
    }
}
