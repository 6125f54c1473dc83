using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Expressions;
using JobFramework.Comp.Framework;
using JobFramework.Comp.Tables;

namespace JobFramework.Comp.Releases;

/// <summary>
/// Checks the table named as the band table and turns each row into a <see cref="PayBand"/>: outputs
/// min/mid/max (money), bonusTargetPct (number), equity (bool); min ≤ mid ≤ max in one currency; and the
/// row's currency must be its region's where the row names a region.
/// </summary>
internal static class BandTableReader
{
    public static PayBand?[] Read(CompiledTable table, JobFrameworkModel framework, DiagnosticBag diagnostics)
    {
        int min = Output(table, "min", ExprType.Money), mid = Output(table, "mid", ExprType.Money), max = Output(table, "max", ExprType.Money);
        int bonus = Output(table, "bonusTargetPct", ExprType.Number), equity = Output(table, "equity", ExprType.Boolean);
        if (bonus < 0)
        {
            bonus = Output(table, "bonusTargetPct", ExprType.Integer);
        }

        var missing = new[] { ("min", min), ("mid", mid), ("max", max), ("bonusTargetPct", bonus), ("equity", equity) }.Where(o => o.Item2 < 0).Select(o => o.Item1).ToArray();
        if (missing.Length > 0)
        {
            diagnostics.Error(Codes.TableShape, Messages.BandTableOutputs(table.Name, "missing or mistyped: " + string.Join(", ", missing)), new SourceSpan(table.File, "/outputs", 1, 1));
            return [];
        }

        int regionColumn = Array.FindIndex(table.Inputs, i => string.Equals(i.Expression, "position.region", StringComparison.OrdinalIgnoreCase));
        var bands = new PayBand?[table.Rows.Length];
        for (int r = 0; r < table.Rows.Length; r++)
        {
            var row = table.Rows[r];
            var (lo, md, hi) = ((Monetary.Money)row.Outputs[min], (Monetary.Money)row.Outputs[mid], (Monetary.Money)row.Outputs[max]);
            if (lo.Currency != md.Currency || md.Currency != hi.Currency)
            {
                diagnostics.Error(Codes.BandCurrency, Messages.CurrencyMismatch(lo.Currency.Code, hi.Currency.Code) + row.OriginSuffix, row.Span);
                continue;
            }

            if (lo.Amount > md.Amount || md.Amount > hi.Amount)
            {
                diagnostics.Error(Codes.BandOrder, Messages.BandOrder(lo.Amount, md.Amount, hi.Amount) + row.OriginSuffix, row.SpanOf(lo.Amount > md.Amount ? min : max));
                continue;
            }

            if (regionColumn >= 0 && row.Tests[regionColumn] is EqualsCell regions)
            {
                foreach (var value in regions.Values)
                {
                    var region = framework.FindRegion(value.Text ?? "");
                    if (region is not null && region.Currency != md.Currency)
                    {
                        diagnostics.Error(Codes.BandCurrency, Messages.BandCurrency(md.Currency.Code, region.Id, region.Currency.Code) + row.OriginSuffix, row.Span);
                    }
                }
            }

            var bonusValue = row.Outputs[bonus] is long l ? l : (decimal)row.Outputs[bonus];
            bands[r] = new PayBand(lo, md, hi, bonusValue, (bool)row.Outputs[equity], r + 1);
        }

        return bands;
    }

    private static int Output(CompiledTable table, string name, ExprType type) =>
        Array.FindIndex(table.Outputs, o => string.Equals(o.Name, name, StringComparison.Ordinal) && o.Type.Equals(type));
}
