using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Expressions;
using JobFramework.Comp.Framework;
using JobFramework.Comp.Monetary;
using JobFramework.Comp.Tables;

namespace JobFramework.Comp.Releases;

/// <summary>
/// Checks the table named as the band table and turns each row into a <see cref="PayBand"/>. The table declares
/// which outputs it has: min and max (money) are required; mid and reference (money), bonusTargetPct (number)
/// and equity (bool) are optional — a pay scale cell may be one amount. Amounts are in one currency, the mid and
/// reference lie within min..max, and the row's currency must be its region's where the row names a region.
/// </summary>
internal static class BandTableReader
{
    /// <summary>The outputs a band table may declare, beyond the required min and max.</summary>
    public static readonly string[] OptionalOutputs = ["mid", "reference", "bonusTargetPct", "equity"];

    public static PayBand?[] Read(CompiledTable table, JobFrameworkModel framework, DiagnosticBag diagnostics)
    {
        int min = Output(table, "min", ExprType.Money), max = Output(table, "max", ExprType.Money);
        int mid = Output(table, "mid", ExprType.Money), reference = Output(table, "reference", ExprType.Money);
        int bonus = Output(table, "bonusTargetPct", ExprType.Number), equity = Output(table, "equity", ExprType.Boolean);
        if (bonus < 0)
        {
            bonus = Output(table, "bonusTargetPct", ExprType.Integer);
        }

        var problems = new[] { ("min", min), ("max", max) }.Where(o => o.Item2 < 0).Select(o => o.Item1 + " (missing or not money)")
            .Concat(OptionalOutputs.Where(name => Named(table, name) && Output(table, name, TypeOf(name)) < 0 && !(name == "bonusTargetPct" && bonus >= 0)).Select(name => name + " (mistyped)"))
            .ToArray();
        if (problems.Length > 0)
        {
            diagnostics.Error(Codes.TableShape, Messages.BandTableOutputs(table.Name, string.Join(", ", problems)), new SourceSpan(table.File, "/outputs", 1, 1));
            return [];
        }

        int regionColumn = Array.FindIndex(table.Inputs, i => string.Equals(i.Expression, "position.region", StringComparison.OrdinalIgnoreCase));
        var bands = new PayBand?[table.Rows.Length];
        for (int r = 0; r < table.Rows.Length; r++)
        {
            var row = table.Rows[r];
            var (lo, hi) = ((Money)row.Outputs[min], (Money)row.Outputs[max]);
            Money? md = mid < 0 ? null : (Money)row.Outputs[mid];
            Money? rf = reference < 0 ? null : (Money)row.Outputs[reference];
            if (lo.Currency != hi.Currency || (md is { } m && m.Currency != lo.Currency) || (rf is { } f && f.Currency != lo.Currency))
            {
                diagnostics.Error(Codes.BandCurrency, Messages.CurrencyMismatch(lo.Currency.Code, (md ?? rf ?? hi).Currency.Code) + row.OriginSuffix, row.Span);
                continue;
            }

            if (md is { } midpoint && (lo.Amount > midpoint.Amount || midpoint.Amount > hi.Amount))
            {
                diagnostics.Error(Codes.BandOrder, Messages.BandOrder(lo.Amount, midpoint.Amount, hi.Amount) + row.OriginSuffix, row.SpanOf(lo.Amount > midpoint.Amount ? min : max));
                continue;
            }

            if (lo.Amount > hi.Amount)
            {
                diagnostics.Error(Codes.BandOrder, Messages.BandRangeOrder(lo.Amount, hi.Amount) + row.OriginSuffix, row.SpanOf(max));
                continue;
            }

            if (rf is { } point && (point.Amount < lo.Amount || point.Amount > hi.Amount))
            {
                diagnostics.Error(Codes.BandOrder, Messages.BandPointOutside("reference", point.Amount, lo.Amount, hi.Amount) + row.OriginSuffix, row.SpanOf(reference));
                continue;
            }

            if (regionColumn >= 0 && row.Tests[regionColumn] is EqualsCell regions)
            {
                foreach (var value in regions.Values)
                {
                    var region = framework.FindRegion(value.Text ?? "");
                    if (region is not null && region.Currency != lo.Currency)
                    {
                        diagnostics.Error(Codes.BandCurrency, Messages.BandCurrency(lo.Currency.Code, region.Id, region.Currency.Code) + row.OriginSuffix, row.Span);
                    }
                }
            }

            decimal? bonusValue = bonus < 0 ? null : row.Outputs[bonus] is long l ? l : (decimal)row.Outputs[bonus];
            bool? equityValue = equity < 0 ? null : (bool)row.Outputs[equity];
            bands[r] = new PayBand(lo, md, hi, bonusValue, equityValue, r + 1, rf);
        }

        return bands;
    }

    /// <summary>Which optional outputs a band table declares (read by rules as band.mid, band.equity …).</summary>
    public static HashSet<string> Declared(CompiledTable table) =>
        new(OptionalOutputs.Where(name => Named(table, name)), StringComparer.OrdinalIgnoreCase);

    private static ExprType TypeOf(string name) => name switch
    {
        "bonusTargetPct" => ExprType.Number,
        "equity" => ExprType.Boolean,
        _ => ExprType.Money,
    };

    private static bool Named(CompiledTable table, string name) => Array.Exists(table.Outputs, o => string.Equals(o.Name, name, StringComparison.Ordinal));

    private static int Output(CompiledTable table, string name, ExprType type) =>
        Array.FindIndex(table.Outputs, o => string.Equals(o.Name, name, StringComparison.Ordinal) && o.Type.Equals(type));
}
