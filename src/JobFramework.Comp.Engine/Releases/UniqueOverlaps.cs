using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Tables;

namespace JobFramework.Comp.Releases;

/// <summary>
/// Finds rows of a UNIQUE table that some input would match together. Rows filed in one index bucket
/// share their equality values, so only they (and rows with "-" in an indexed column) need comparing,
/// which keeps a 10,000-row table's check near-linear.
/// </summary>
internal static class UniqueOverlaps
{
    public static void Report(CompiledTable table, DiagnosticBag diagnostics)
    {
        var reported = new HashSet<(int, int)>();
        IEnumerable<int[]> groups = table.Index is null ? [Enumerable.Range(0, table.Rows.Length).ToArray()] : table.Index.Buckets;
        foreach (var group in groups)
        {
            for (int i = 0; i < group.Length; i++)
            {
                for (int j = i + 1; j < group.Length; j++)
                {
                    Check(table, group[i], group[j], reported, diagnostics);
                }
            }
        }

        if (table.Index is null || table.Index.Masks.All(m => m == 0))
        {
            return;
        }

        // Rows with "-" in an indexed column may overlap rows of any bucket.
        var wildcardRows = Enumerable.Range(0, table.Rows.Length).Where(r => table.Index.Columns.Any(c => table.Rows[r].Tests[c] is AnyCell)).ToArray();
        foreach (int w in wildcardRows)
        {
            for (int r = 0; r < table.Rows.Length; r++)
            {
                if (r != w)
                {
                    Check(table, Math.Min(w, r), Math.Max(w, r), reported, diagnostics);
                }
            }
        }
    }

    private static void Check(CompiledTable table, int first, int second, HashSet<(int, int)> reported, DiagnosticBag diagnostics)
    {
        var a = table.Rows[first];
        var b = table.Rows[second];
        for (int c = 0; c < a.Tests.Length; c++)
        {
            if (!a.Tests[c].Overlaps(b.Tests[c]))
            {
                return;
            }
        }

        if (reported.Add((first, second)))
        {
            diagnostics.Error(Codes.UniqueOverlap, Messages.UniqueOverlap(table.Name, a.Span.Line), b.Span);
        }
    }
}
