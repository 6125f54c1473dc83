using JobFramework.Comp.Evaluation;

namespace JobFramework.Comp.Cli.Roster;

/// <summary>Writes placements (one row per employee) and rejected rows (line, id, field, reason) as CSV.</summary>
internal sealed class PlacementCsvWriter : IDisposable
{
    private static readonly string[] Header =
        ["id", "family", "track", "level", "region", "currency", "baseSalary", "bandMin", "bandMid", "bandMax", "compaRatio", "rangePenetration", "position", "amountToMinimum", "bonusTargetPct", "equity", "bandRow", "release"];

    private readonly CsvLineWriter _csv;
    private readonly string _release;

    public PlacementCsvWriter(TextWriter writer, string release)
    {
        _csv = new CsvLineWriter(writer);
        _release = release;
        foreach (var column in Header)
        {
            _csv.Field(column);
        }

        _csv.EndLine();
    }

    public void Write(Employee employee, in Placement placement)
    {
        var band = placement.Band;
        _csv.Field(employee.Id);
        _csv.Field(employee.Family);
        _csv.Field(employee.Track);
        _csv.Field(employee.Level);
        _csv.Field(employee.Region);
        _csv.Field(band.Currency.Code);
        Amount(placement.Salary);
        _csv.Scaled(band.MinUnits, band.Currency.MinorUnits);
        if (band.MidUnits is { } mid)
        {
            _csv.Scaled(mid, band.Currency.MinorUnits);
        }
        else
        {
            _csv.Field("");
        }

        _csv.Scaled(band.MaxUnits, band.Currency.MinorUnits);
        _csv.Field(placement.CompaRatio);
        _csv.Field(placement.RangePenetration);
        _csv.Field(placement.Position switch { BandPosition.Below => "below", BandPosition.Above => "above", _ => "within" });
        Amount(placement.AmountToMinimum);
        _csv.Field(band.BonusTargetPct);
        _csv.Field(band.Equity switch { true => "true", false => "false", null => "" });
        _csv.Field(band.Row);
        _csv.Field(_release);
        _csv.EndLine();
    }

    public void Dispose() => _csv.Dispose();

    /// <summary>The amount with the currency's minor units (95000.00), or every decimal of an unrounded one.</summary>
    private void Amount(Monetary.Money money)
    {
        int minor = money.Currency.MinorUnits;
        if (Monetary.MinorUnits.TryConvert(money.Amount, minor, out long units))
        {
            _csv.Scaled(units, minor);
        }
        else
        {
            _csv.Field(money.Amount);
        }
    }
}

/// <summary>The errors file: every rejected row with its line number, id, field and reason.</summary>
internal sealed class RejectedRowsWriter : IDisposable
{
    private readonly CsvLineWriter _csv;

    public RejectedRowsWriter(TextWriter writer)
    {
        _csv = new CsvLineWriter(writer);
        foreach (var column in new[] { "line", "id", "field", "reason" })
        {
            _csv.Field(column);
        }

        _csv.EndLine();
    }

    public void Write(long line, string? id, InputError error)
    {
        _csv.Field(line);
        _csv.Field(id ?? "");
        _csv.Field(error.Field);
        _csv.Field(error.Message);
        _csv.EndLine();
    }

    public void Dispose() => _csv.Dispose();
}
