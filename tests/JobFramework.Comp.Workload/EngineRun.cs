using JobFramework.Comp.Evaluation;

namespace JobFramework.Comp.Workload;

/// <summary>Runs the engine over the workload and summarises it the way the reference does.</summary>
public static class EngineRun
{
    public struct Result
    {
        public Placement Placement;
        public bool Eligible;
    }

    /// <summary>Placement and level-up eligibility for every employee (inputs already validated).</summary>
    public static void EvaluateAll(Evaluator evaluator, Employee[] employees, Result[] results)
    {
        for (int i = 0; i < employees.Length; i++)
        {
            var employee = employees[i];
            ref var result = ref results[i];
            if (!evaluator.TryPlaceValidated(employee, out result.Placement, out var error))
            {
                throw new InvalidOperationException(error!.ToString());
            }

            result.Eligible = evaluator.IsEligibleForNextLevel(employee);
        }
    }

    public static WorkloadExpected Summarize(Result[] results)
    {
        int below = 0, within = 0, above = 0, eligible = 0;
        decimal sumCompa = 0, sumPen = 0;
        uint digest = 0;
        foreach (var r in results)
        {
            int position = (int)r.Placement.Position;
            _ = position switch { 0 => below++, 1 => within++, _ => above++ };
            eligible += r.Eligible ? 1 : 0;
            // The workload's bands all have a mid and a range, so both ratios are always defined.
            sumCompa += r.Placement.CompaRatio ?? throw new InvalidOperationException("A workload band has no mid.");
            sumPen += r.Placement.RangePenetration ?? throw new InvalidOperationException("A workload band has no range.");
            digest = WorkloadExpected.Step(digest, position, r.Eligible);
        }

        return new WorkloadExpected(results.Length, below, within, above, eligible, (double)decimal.Round(sumCompa, 6), (double)decimal.Round(sumPen, 6), digest);
    }
}
