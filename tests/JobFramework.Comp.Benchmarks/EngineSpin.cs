using System.Diagnostics;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Workload;

namespace JobFramework.Comp.Benchmarks;

/// <summary>
/// The engine and the hand-written baseline over the canonical workload, pass by pass in alternation, so
/// both see the same machine at nearly the same moment: on a noisy shared host the median of the
/// per-round ratios is steadier than two figures measured one after the other. The engine's part can be
/// placement or eligibility alone, to see where its time goes. Also a steady loop for a
/// sampling profiler (<c>perf record</c> with <c>DOTNET_PerfMapEnabled=1</c>).
/// </summary>
internal static class EngineSpin
{
    public static int Run(int seconds, string part)
    {
        // SPIN_N: a smaller workload fits the caches, which separates computing from waiting on memory.
        int n = int.TryParse(Environment.GetEnvironmentVariable("SPIN_N"), out int size) ? size : WorkloadBenchmarks.N;
        var workload = WorkloadGenerator.Generate(n);
        // SPIN_UNUSED_ATTRIBUTES=20: the release also declares 20 attributes no rule reads (issue 15: the ratio must hold).
        int unused = int.TryParse(Environment.GetEnvironmentVariable("SPIN_UNUSED_ATTRIBUTES"), out int count) ? count : 0;
        var engine = new Evaluator(WorkloadRelease.Compile(workload, unused));
        var employees = WorkloadRelease.Prepare(engine, workload);
        var results = new EngineRun.Result[employees.Length];
        var baseline = new BaselineEvaluator(workload);
        WorkloadEmployee[] baselineEmployees = [.. workload.Employees];
        var baselineResults = new BaselineEvaluator.Result[employees.Length];

        Action pass = part switch
        {
            "place" => () =>
            {
                for (int i = 0; i < employees.Length; i++)
                {
                    engine.TryPlaceValidated(employees[i], out results[i].Placement, out _);
                }
            },
            "eligibility" => () =>
            {
                for (int i = 0; i < employees.Length; i++)
                {
                    results[i].Eligible = engine.IsEligibleForNextLevel(employees[i]);
                }
            },
            _ => () => EngineRun.EvaluateAll(engine, employees, results),
        };

        // Warm-up: tiered compilation needs passes before the loops run their final code.
        for (int i = 0; i < 60 * WorkloadBenchmarks.N / n; i++)
        {
            pass();
            baseline.EvaluateAll(baselineEmployees, baselineResults);
        }

        var engineTimes = new List<double>();
        var baselineTimes = new List<double>();
        var ratios = new List<double>();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            long start = Stopwatch.GetTimestamp();
            pass();
            long middle = Stopwatch.GetTimestamp();
            baseline.EvaluateAll(baselineEmployees, baselineResults);
            long end = Stopwatch.GetTimestamp();
            engineTimes.Add(PerEmployee(start, middle));
            baselineTimes.Add(PerEmployee(middle, end));
            ratios.Add((middle - start) / (double)(end - middle));
        }

        // One more pass, counting what it allocates: the target is nothing per evaluation beyond the result array.
        long before = GC.GetAllocatedBytesForCurrentThread();
        pass();
        double allocated = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)employees.Length;

        Console.WriteLine($"{part}{(unused > 0 ? $" with {unused} unused attributes" : "")}: {ratios.Count} rounds; median ns per employee: engine {Median(engineTimes):F1}, baseline {Median(baselineTimes):F1}; " +
            $"median per-round ratio {Median(ratios):F2}x; engine allocates {allocated:F2} bytes per employee; engine summary matches the reference: {(part is "place" or "eligibility" ? "n/a" : EngineRun.Summarize(results) == workload.Expected)}");
        return 0;

        double PerEmployee(long from, long to) => Stopwatch.GetElapsedTime(from, to).TotalNanoseconds / employees.Length;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }
}
