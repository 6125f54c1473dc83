using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using JobFramework.Comp.Benchmarks;

// Usage:
//   dotnet run -c Release --project tests/JobFramework.Comp.Benchmarks -- workload      BenchmarkDotNet, engine vs baseline
//   dotnet run -c Release --project tests/JobFramework.Comp.Benchmarks -- release-load  BenchmarkDotNet, loading a 10,000-row release
//   dotnet run -c Release --project tests/JobFramework.Comp.Benchmarks -- roster N DIR  writes DIR/roster_N.csv for `comp place`
//   dotnet run -c Release --project tests/JobFramework.Comp.Benchmarks -- place FILE     times read+parse alone vs full `comp place`
string mode = args.Length > 0 ? args[0] : "workload";
var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(10).WithLaunchCount(1))
    .WithOptions(ConfigOptions.DisableOptimizationsValidator);
switch (mode)
{
    case "workload":
        var check = new WorkloadBenchmarks();
        check.Setup();
        Console.WriteLine(check.Check() ? "check=OK: engine reproduces the reference counts, sums and digest" : "check=MISMATCH");
        BenchmarkRunner.Run<WorkloadBenchmarks>(config);
        return 0;
    case "components":
        BenchmarkRunner.Run<ComponentBenchmarks>(config);
        return 0;
    case "release-load":
        BenchmarkRunner.Run<ReleaseLoadBenchmarks>(config);
        return 0;
    case "roster":
        return RosterTiming.WriteRoster(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args[2]);
    case "place":
        return RosterTiming.Measure(args[1]);
    default:
        Console.Error.WriteLine($"Unknown mode '{mode}': use workload, release-load, roster or place.");
        return 2;
}
