using BenchmarkDotNet.Attributes;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Releases;
using JobFramework.Comp.Workload;

namespace JobFramework.Comp.Benchmarks;

/// <summary>The engine's per-employee work split into parts, to see where time goes (diagnostic, not a target).</summary>
public class ComponentBenchmarks
{
    private const int N = WorkloadBenchmarks.N;
    private Employee[] _employees = null!;
    private Evaluator _engine = null!;
    private EvaluationScope _scope = null!;
    private CompiledRelease _release = null!;

    [GlobalSetup]
    public void Setup()
    {
        var workload = WorkloadGenerator.Generate(N);
        _release = WorkloadRelease.Compile(workload);
        _engine = new Evaluator(_release);
        _scope = new EvaluationScope(_release);
        _employees = WorkloadRelease.Prepare(_engine, workload);
    }

    [Benchmark(OperationsPerInvoke = N)]
    public void Reset()
    {
        foreach (var e in _employees)
        {
            _scope.Reset(e);
        }
    }

    [Benchmark(OperationsPerInvoke = N)]
    public int BandLookup()
    {
        int sum = 0;
        foreach (var e in _employees)
        {
            _scope.Reset(e);
            sum += _release.BandTable.FindSingle(_scope, _scope.Current);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = N)]
    public int CompiledRead()
    {
        var read = (Func<EvaluationScope, Position, string>)_release.BandTable.Inputs[0].TypedRead;
        int sum = 0;
        foreach (var e in _employees)
        {
            _scope.Reset(e);
            sum += read(_scope, _scope.Current).Length;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = N)]
    public int DictionaryOnly()
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal) { ["us"] = 1, ["uk"] = 2, ["de"] = 3, ["in"] = 4, ["sg"] = 5, ["br"] = 6 };
        int sum = 0;
        foreach (var e in _employees)
        {
            map.TryGetValue(e.Region, out int v);
            sum += v;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = N)]
    public decimal Ratios()
    {
        decimal sum = 0;
        foreach (var e in _employees)
        {
            sum += ExactRatio.Divide(e.BaseSalary, 123457m, 10, MidpointRounding.ToEven);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = N)]
    public void Place()
    {
        foreach (var e in _employees)
        {
            _engine.TryPlaceValidated(e, out _, out _);
        }
    }

    [Benchmark(OperationsPerInvoke = N)]
    public int Eligibility()
    {
        int count = 0;
        foreach (var e in _employees)
        {
            count += _engine.IsEligibleForNextLevel(e) ? 1 : 0;
        }

        return count;
    }
}
