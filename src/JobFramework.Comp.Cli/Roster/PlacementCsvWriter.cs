using System.Globalization;
using CsvHelper;
using JobFramework.Comp.Evaluation;

namespace JobFramework.Comp.Cli.Roster;

/// <summary>Writes placements (one row per employee) and rejected rows (line, id, field, reason) as CSV.</summary>
internal sealed class PlacementCsvWriter : IDisposable
{
    private static readonly string[] Header =
        ["id", "family", "track", "level", "region", "currency", "baseSalary", "bandMin", "bandMid", "bandMax", "compaRatio", "rangePenetration", "position", "amountToMinimum", "bonusTargetPct", "equity", "bandRow", "release"];

    private readonly CsvWriter _csv;
    private readonly string _release;

    public PlacementCsvWriter(TextWriter writer, string release)
    {
        _csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        _release = release;
        foreach (var column in Header)
        {
            _csv.WriteField(column);
        }

        _csv.NextRecord();
    }

    public void Write(Employee employee, in Placement placement)
    {
        var band = placement.Band;
        _csv.WriteField(employee.Id);
        _csv.WriteField(employee.Family);
        _csv.WriteField(employee.Track);
        _csv.WriteField(employee.Level.ToString(CultureInfo.InvariantCulture));
        _csv.WriteField(employee.Region);
        _csv.WriteField(band.Currency.Code);
        _csv.WriteField(Amount(placement.Salary));
        _csv.WriteField(Amount(band.Min));
        _csv.WriteField(Amount(band.Mid));
        _csv.WriteField(Amount(band.Max));
        _csv.WriteField(placement.CompaRatio.ToString(CultureInfo.InvariantCulture));
        _csv.WriteField(placement.RangePenetration.ToString(CultureInfo.InvariantCulture));
        _csv.WriteField(placement.Position switch { BandPosition.Below => "below", BandPosition.Above => "above", _ => "within" });
        _csv.WriteField(Amount(placement.AmountToMinimum));
        _csv.WriteField(band.BonusTargetPct.ToString(CultureInfo.InvariantCulture));
        _csv.WriteField(band.Equity ? "true" : "false");
        _csv.WriteField(band.Row.ToString(CultureInfo.InvariantCulture));
        _csv.WriteField(_release);
        _csv.NextRecord();
    }

    public void Dispose() => _csv.Dispose();

    private static string Amount(Monetary.Money money) => money.FormatAmount();
}

/// <summary>The errors file: every rejected row with its line number, id, field and reason.</summary>
internal sealed class RejectedRowsWriter : IDisposable
{
    private readonly CsvWriter _csv;

    public RejectedRowsWriter(TextWriter writer)
    {
        _csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        _csv.WriteField("line");
        _csv.WriteField("id");
        _csv.WriteField("field");
        _csv.WriteField("reason");
        _csv.NextRecord();
    }

    public void Write(long line, string? id, InputError error)
    {
        _csv.WriteField(line.ToString(CultureInfo.InvariantCulture));
        _csv.WriteField(id ?? "");
        _csv.WriteField(error.Field);
        _csv.WriteField(error.Message);
        _csv.NextRecord();
    }

    public void Dispose() => _csv.Dispose();
}
