using JobFramework.Comp.Tables;

namespace JobFramework.Comp.Governance;

/// <summary>
/// Rows a FIRST table can never return: an earlier row matches every input they would (a duplicated band row
/// with other amounts, a specific row below a general one). The second row's amounts then silently never pay
/// anyone. Found by cell coverage (<see cref="CellTest.Covers"/>), so only provable shadows are reported.
/// </summary>
internal static class ShadowedRows
{
    /// <summary>Each unreachable row (0-based) with the earlier row that shadows it.</summary>
    public static IEnumerable<(int Row, int By)> Find(CompiledTable table)
    {
        if (table.Policy != HitPolicy.First)
        {
            yield break;
        }

        // Candidates are narrowed by the most selective column where a row names one value: an earlier row can
        // cover it only with the same value there or a "-".
        var rows = table.Rows;
        int columns = table.Inputs.Length;
        var byValue = new Dictionary<CellValue, List<int>>[columns];
        var wildcards = new List<int>[columns];
        for (int c = 0; c < columns; c++)
        {
            byValue[c] = [];
            wildcards[c] = [];
        }

        for (int r = 0; r < rows.Length; r++)
        {
            var candidates = Candidates(rows[r], byValue, wildcards, r);
            int shadow = candidates.FirstOrDefault(earlier => Covers(rows[earlier], rows[r]), -1);
            if (shadow >= 0)
            {
                yield return (r, shadow);
            }

            for (int c = 0; c < columns; c++)
            {
                switch (rows[r].Tests[c])
                {
                    case AnyCell:
                        wildcards[c].Add(r);
                        break;
                    case EqualsCell { Values.Count: 1 } single:
                        if (!byValue[c].TryGetValue(single.Values[0], out var list))
                        {
                            byValue[c][single.Values[0]] = list = [];
                        }

                        list.Add(r);
                        break;
                }
            }
        }
    }

    private static IEnumerable<int> Candidates(TableRow row, Dictionary<CellValue, List<int>>[] byValue, List<int>[] wildcards, int before)
    {
        IEnumerable<int>? best = null;
        int bestCount = int.MaxValue;
        for (int c = 0; c < row.Tests.Length; c++)
        {
            if (row.Tests[c] is EqualsCell { Values.Count: 1 } single)
            {
                var same = byValue[c].GetValueOrDefault(single.Values[0]) ?? [];
                int count = same.Count + wildcards[c].Count;
                if (count < bestCount)
                {
                    bestCount = count;
                    best = same.Concat(wildcards[c]);
                }
            }
        }

        return (best ?? Enumerable.Range(0, before)).Order();
    }

    private static bool Covers(TableRow earlier, TableRow later)
    {
        for (int c = 0; c < earlier.Tests.Length; c++)
        {
            if (!earlier.Tests[c].Covers(later.Tests[c]))
            {
                return false;
            }
        }

        return true;
    }
}
