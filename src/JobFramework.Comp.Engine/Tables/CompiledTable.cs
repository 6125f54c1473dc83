using JobFramework.Comp.Evaluation;

namespace JobFramework.Comp.Tables;

/// <summary>
/// A decision table compiled for lookups: parsed cells, typed outputs and a hash index over its equality
/// columns. Immutable and thread-safe; per-lookup scratch space lives in the <see cref="EvaluationScope"/>.
/// </summary>
internal sealed class CompiledTable
{
    private readonly int[][] _residualColumns;
    private readonly bool _hasResidualColumns;

    public CompiledTable(string name, string file, int number, HitPolicy policy, TableInput[] inputs, TableOutput[] outputs, TableRow[] rows)
    {
        Name = name;
        File = file;
        Number = number;
        Policy = policy;
        Inputs = inputs;
        Outputs = outputs;
        Rows = rows;
        Index = TableIndex.Build(rows, inputs);
        var indexed = Index?.Columns ?? [];
        _residualColumns = rows
            .Select(r => Enumerable.Range(0, inputs.Length).Where(c => !indexed.Contains(c) && r.Tests[c] is not AnyCell).ToArray())
            .ToArray();
        _hasResidualColumns = _residualColumns.Any(c => c.Length > 0);
        _singleProbe = Index is not null && !_hasResidualColumns && Index.Masks is [0];
    }

    // Every row names a value in every column and the index covers them all: one probe decides the lookup.
    private readonly bool _singleProbe;

    public string Name { get; }

    public string File { get; }

    /// <summary>Position of the table in its release; the scope's lookup cache is indexed by it.</summary>
    public int Number { get; }

    public HitPolicy Policy { get; }

    public TableInput[] Inputs { get; }

    public TableOutput[] Outputs { get; }

    public TableRow[] Rows { get; }

    public TableIndex? Index { get; }

    /// <summary>
    /// The matching row for FIRST and UNIQUE tables, or -1. Under UNIQUE a second match is an error that
    /// names both rows: the overlap was not provable at load, so the table must be fixed.
    /// </summary>
    public int FindSingle(EvaluationScope scope, Position position)
    {
        int found = -1;
        if (_singleProbe && Index!.KeyedByPosition)
        {
            var rows = Index.ProbePosition(scope, position);

            // FIRST takes the earliest row; UNIQUE with two rows in one bucket is a violation, reported below.
            if (rows is null || rows.Length == 1 || Policy == HitPolicy.First)
            {
                return rows is null ? -1 : rows[0];
            }
        }

        if (Index is null)
        {
            var values = ReadInputs(scope, position, null);
            for (int r = 0; r < Rows.Length; r++)
            {
                if (RowMatches(r, values) && Accept(r, ref found))
                {
                    return found;
                }
            }

            return found;
        }

        Span<int> ordinals = stackalloc int[Index.Columns.Length];
        for (int i = 0; i < ordinals.Length; i++)
        {
            ordinals[i] = Index.Lookup(i, scope, position);
        }

        if (_singleProbe)
        {
            var rows = Index.Candidates(ordinals, 0);
            if (rows is null)
            {
                return -1;
            }

            // FIRST takes the earliest row; UNIQUE with two rows in one bucket is a violation, reported below.
            if (rows.Length == 1 || Policy == HitPolicy.First)
            {
                return rows[0];
            }
        }

        // Only the columns the index does not cover are tested per row; read just those.
        var residual = _hasResidualColumns ? ReadInputs(scope, position, Index.Columns) : [];

        foreach (int mask in Index.Masks)
        {
            var candidates = Index.Candidates(ordinals, mask);
            if (candidates is null)
            {
                continue;
            }

            foreach (int r in candidates)
            {
                if (Policy == HitPolicy.First && found >= 0 && r > found)
                {
                    break;
                }

                if (!_hasResidualColumns || ResidualMatches(r, residual))
                {
                    if (Policy == HitPolicy.First)
                    {
                        found = found < 0 ? r : Math.Min(found, r);
                        break;
                    }

                    Accept(r, ref found);
                }
            }
        }

        return found;
    }

    /// <summary>Every matching row in row order (COLLECT).</summary>
    public int[] FindAll(EvaluationScope scope, Position position)
    {
        var values = ReadInputs(scope, position, null);
        var matches = new List<int>();
        for (int r = 0; r < Rows.Length; r++)
        {
            if (RowMatches(r, values))
            {
                matches.Add(r);
            }
        }

        return [.. matches];
    }

    private CellValue[] ReadInputs(EvaluationScope scope, Position position, int[]? skip)
    {
        var values = scope.CellBuffer(Inputs.Length);
        for (int i = 0; i < Inputs.Length; i++)
        {
            if (skip is null || Array.IndexOf(skip, i) < 0)
            {
                values[i] = Inputs[i].Read(scope, position);
            }
        }

        return values;
    }

    // Returns true when the search can stop (FIRST found its row).
    private bool Accept(int row, ref int found)
    {
        if (Policy == HitPolicy.First)
        {
            found = row;
            return true;
        }

        if (found >= 0 && found != row)
        {
            throw new RuleEvaluationException(Diagnostics.Messages.UniqueViolated(Name, Rows[found].Span.Line, Rows[row].Span.Line));
        }

        found = row;
        return false;
    }

    private bool RowMatches(int row, CellValue[] values)
    {
        var tests = Rows[row].Tests;
        for (int c = 0; c < tests.Length; c++)
        {
            if (!tests[c].Matches(values[c]))
            {
                return false;
            }
        }

        return true;
    }

    private bool ResidualMatches(int row, CellValue[] values)
    {
        var tests = Rows[row].Tests;
        foreach (int c in _residualColumns[row])
        {
            if (!tests[c].Matches(values[c]))
            {
                return false;
            }
        }

        return true;
    }
}
