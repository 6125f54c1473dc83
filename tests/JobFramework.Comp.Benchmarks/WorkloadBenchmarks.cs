using BenchmarkDotNet.Attributes;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Workload;

namespace JobFramework.Comp.Benchmarks;

/// <summary>
/// Placement + level-up eligibility on the canonical workload (N = 100,000), the engine beside the
/// hand-written baseline in the same run. Inputs are parsed and prepared (validated, ids made the release's own) before measuring, as the
/// baseline's are; each operation evaluates every employee, so per-employee time is Mean / N.
/// </summary>
[MemoryDiagnoser]
public class WorkloadBenchmarks
{
    public const int N = 100_000;

    private WorkloadData _workload = null!;
    private BaselineEvaluator _baseline = null!;
    private WorkloadEmployee[] _baselineEmployees = null!;
    private BaselineEvaluator.Result[] _baselineResults = null!;
    private Evaluator _engine = null!;
    private Employee[] _employees = null!;
    private EngineRun.Result[] _engineResults = null!;

    [GlobalSetup]
    public void Setup()
    {
        _workload = WorkloadGenerator.Generate(N);
        _baseline = new BaselineEvaluator(_workload);
        _baselineEmployees = [.. _workload.Employees];
        _baselineResults = new BaselineEvaluator.Result[N];
        _engine = new Evaluator(WorkloadRelease.Compile(_workload));
        _employees = WorkloadRelease.Prepare(_engine, _workload);

        _engineResults = new EngineRun.Result[N];
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = N, Description = "hand-written C# (dictionaries)")]
    public void Baseline() => _baseline.EvaluateAll(_baselineEmployees, _baselineResults);

    [Benchmark(OperationsPerInvoke = N, Description = "engine: placement + eligibility")]
    public void Engine() => EngineRun.EvaluateAll(_engine, _employees, _engineResults);

    /// <summary>The engine's results must match the reference summary, or the timing means nothing.</summary>
    public bool Check()
    {
        Engine();
        return EngineRun.Summarize(_engineResults) == _workload.Expected;
    }
}
