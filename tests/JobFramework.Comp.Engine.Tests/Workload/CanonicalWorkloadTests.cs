using System.Security.Cryptography;
using JobFramework.Comp.Benchmarks;
using JobFramework.Comp.Engine.Tests.Support;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Releases;
using JobFramework.Comp.Workload;

namespace JobFramework.Comp.Engine.Tests.Workload;

/// <summary>
/// The canonical workload: our generator must reproduce the reference files (their published digest and
/// expected figures), and the engine, running the workload as an ordinary release, must reproduce the
/// reference counts, sums and order-sensitive digest exactly.
/// </summary>
public class CanonicalWorkloadTests
{
    private static readonly Lazy<WorkloadData> Full = new(() => WorkloadGenerator.Generate(100_000));

    [Fact]
    public void Generator_100k_MatchesThePublishedFileDigestAndExpectedFigures()
    {
        var workload = Full.Value;
        Convert.ToHexStringLower(MD5.HashData(WorkloadFiles.EmployeesJsonl(workload))).ShouldBe("9f0eda5c4a9a7f4815f906f0eb8e23ab");
        workload.Expected.ShouldBe(new WorkloadExpected(100_000, 21669, 56960, 21371, 8685, 99930.655459, 49826.637962, 1572319541));
        WorkloadFiles.Render(workload)["data/expected_100000.json"].ShouldBe(System.Text.Encoding.UTF8.GetBytes(
            "{\n \"n\": 100000,\n \"below\": 21669,\n \"within\": 56960,\n \"above\": 21371,\n \"eligible\": 8685,\n \"sumCompa\": 99930.655459,\n \"sumPen\": 49826.637962,\n \"digest\": 1572319541\n}"));
    }

    [Fact]
    public void Engine_100k_ReproducesTheReferenceExactly()
    {
        var workload = Full.Value;
        var evaluator = new Evaluator(WorkloadRelease.Compile(workload));
        var employees = WorkloadRelease.Prepare(evaluator, workload);
        var results = new EngineRun.Result[employees.Length];
        EngineRun.EvaluateAll(evaluator, employees, results);
        EngineRun.Summarize(results).ShouldBe(workload.Expected);
    }

    [Fact]
    public void Engine_SmallN_UnpreparedEmployees_AgreeWithTheGeneratorsOwnReference()
    {
        var workload = WorkloadGenerator.Generate(1000);
        workload.Expected.ShouldBe(new WorkloadExpected(1000, 221, 573, 206, 83, 986.19658, 465.49149, 995927303));
        var evaluator = new Evaluator(WorkloadRelease.Compile(workload));
        var results = new EngineRun.Result[1000];
        EngineRun.EvaluateAll(evaluator, workload.Employees.Select(WorkloadRelease.ToEmployee).ToArray(), results);
        EngineRun.Summarize(results).ShouldBe(workload.Expected);
    }

    [Fact]
    public void Baseline_SmallN_AgreesWithTheGeneratorsOwnReference()
    {
        // The benchmark's yardstick must compute the same thing, or the ratio compares different work.
        var workload = WorkloadGenerator.Generate(1000);
        var results = new BaselineEvaluator.Result[1000];
        new BaselineEvaluator(workload).EvaluateAll([.. workload.Employees], results);
        results.Count(r => r.Position == 0).ShouldBe(workload.Expected.Below);
        results.Count(r => r.Eligible).ShouldBe(workload.Expected.Eligible);
        results.Aggregate(0u, (digest, r) => WorkloadExpected.Step(digest, r.Position, r.Eligible)).ShouldBe(workload.Expected.Digest);
        Math.Round(results.Sum(r => r.CompaRatio), 5).ShouldBe(workload.Expected.SumCompa);
    }

    [Fact]
    public void CommittedWorkloadRelease_IsWhatTheGeneratorWrites()
    {
        string folder = Path.Combine(Repository.Root, "tests", "JobFramework.Comp.Workload", "release");
        foreach (var (path, text) in WorkloadRelease.Render(WorkloadGenerator.Generate(1)))
        {
            File.ReadAllText(Path.Combine(folder, path)).ReplaceLineEndings("\n").ShouldBe(text, path);
        }

        ReleaseLoader.LoadDirectory(folder).Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Benchmarks_SmokeTest_RunAndCheck()
    {
        var workload = new WorkloadBenchmarks();
        workload.Setup();
        workload.Baseline();
        workload.Check().ShouldBeTrue();
        var load = new ReleaseLoadBenchmarks();
        load.Setup();
        load.Load().BandTable.Rows.Length.ShouldBe(10_000);
    }
}
