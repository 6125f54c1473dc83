using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using JobFramework.Comp.Benchmarks;

// Usage:
//   dotnet run -c Release --project tests/JobFramework.Comp.Benchmarks -- workload      BenchmarkDotNet, engine vs baseline
//   dotnet run -c Release --project tests/JobFramework.Comp.Benchmarks -- spin SECONDS [place|eligibility|both]  engine and baseline in alternating passes: median ratio (also a loop for perf record)
//   dotnet run -c Release --project tests/JobFramework.Comp.Benchmarks -- release-load  BenchmarkDotNet, loading a 10,000-row release
//   dotnet run -c Release --project tests/JobFramework.Comp.Benchmarks -- mobility      BenchmarkDotNet, move options and depth-3 maps over 500 roles and 1,000 skills
//   dotnet run -c Release --project tests/JobFramework.Comp.Benchmarks -- roster N DIR  writes DIR/roster_N.csv for `comp place`
//   dotnet run -c Release --project tests/JobFramework.Comp.Benchmarks -- place FILE     times read+parse alone vs full `comp place`
//   dotnet run -c Release --project tests/JobFramework.Comp.Benchmarks -- simulate FILE  `comp rules simulate` vs placing with each release
//   dotnet run -c Release --project tests/JobFramework.Comp.Benchmarks -- audit-append sqlite N         append throughput vs plain INSERTs (AUDIT_BATCH=n sets the batch size; default the CLI's)
//   dotnet run -c Release --project tests/JobFramework.Comp.Benchmarks -- audit-append table N [CONN]  append throughput to Table Storage (Azurite: scripts/azurite.sh)
//   dotnet run -c Release --project tests/JobFramework.Comp.Benchmarks -- load-eligibility [SECONDS] [CONNECTIONS]  the service as a process, SQLite audit
//   dotnet run -c Release --project tests/JobFramework.Comp.Benchmarks -- load-mobility [SECONDS] [CONNECTIONS]     the same for POST /api/mobility
//   dotnet run -c Release --project tests/JobFramework.Comp.Benchmarks -- load-placements [ROWS]                   one streamed roster, service peak memory
//   dotnet run -c Release --project tests/JobFramework.Comp.Benchmarks -- load-reload [SECONDS] [CONNECTIONS]      latency with and without reloads of a 10,000-row release
//   dotnet run -c Release --project tests/JobFramework.Comp.Benchmarks -- audit-client [N]              the Table client's own time per 99-entity transaction, no network
//   dotnet run -c Release --project tests/JobFramework.Comp.Benchmarks -- scale-model RPS [PRICES]       docs/scale.md's model: Table Storage partitions, instances and cost for 10k/100k/1M employees
//   dotnet run -c Release --project tests/JobFramework.Comp.Benchmarks -- audit-fill N DB              writes an N-decision SQLite log for `comp audit verify`
//   dotnet run -c Release --project tests/JobFramework.Comp.Benchmarks -- pages [PEOPLE]                 each web page's render time with the sample snapshot and a generated one (default 10,000 people)
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
    case "spin":
        return EngineSpin.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args.Length > 2 ? args[2] : "both");
    case "load-eligibility":
        return await ServiceLoad.DecisionsAsync(
            args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20,
            args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 32);
    case "load-mobility":
        return await ServiceLoad.DecisionsAsync(
            args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20,
            args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 32,
            "/api/mobility");
    case "load-reload":
        return await ServiceLoad.ReloadAsync(
            args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 15,
            args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 8);
    case "load-placements":
        return await ServiceLoad.PlacementsAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000);
    case "components":
        BenchmarkRunner.Run<ComponentBenchmarks>(config);
        return 0;
    case "rulesengine":
        var comparison = new RulesEngineComparison();
        comparison.Setup();
        Console.WriteLine(comparison.Check() ? "check=OK: both engines give the same verdict for every employee" : "check=MISMATCH");
        var sample = new RulesEngineSampleComparison();
        sample.Setup();
        Console.WriteLine(sample.Check() ? "check=OK: the sample gives the same outcomes on RulesEngine, comp on RulesEngine and comp typed" : "check=MISMATCH");
        BenchmarkRunner.Run<RulesEngineComparison>(config);
        BenchmarkRunner.Run<RulesEngineSampleComparison>(config);
        BenchmarkRunner.Run<RulesEngineLoadComparison>(config);
        return 0;
    case "attributes":
        BenchmarkRunner.Run<AttributeReadBenchmarks>(config);
        return 0;
    case "release-load":
        BenchmarkRunner.Run<ReleaseLoadBenchmarks>(config);
        return 0;
    case "mobility":
        foreach (var share in new[] { "0.5", "0.1" })
        {
            var mobility = new MobilityBenchmarks { Share = share };
            mobility.Setup();
            Console.WriteLine(mobility.Describe());
        }

        BenchmarkRunner.Run<MobilityBenchmarks>(config);
        return 0;
    case "roster":
        return RosterTiming.WriteRoster(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args[2]);
    case "place":
        return RosterTiming.Measure(args[1]);
    case "evaluate":
        return RosterTiming.MeasureEvaluate(args[1]);
    case "simulate":
        return SimulateTiming.Measure(args[1]);
    case "audit-append":
        if (Environment.GetEnvironmentVariable("AUDIT_BATCH") is { } batch)
        {
            AuditThroughput.BatchSize = int.Parse(batch, System.Globalization.CultureInfo.InvariantCulture);
        }

        return await AuditThroughput.Append(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture), args.Length > 3 ? args[3] : null);
    case "audit-client":
        return await AuditClientOverhead.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 400);
    case "scale-model":
        return ScaleModel.Run(args);
    case "pages":
        return await PageTiming.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10_000);
    case "audit-fill":
        return await AuditThroughput.Fill(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args[2]);
    default:
        Console.Error.WriteLine($"Unknown mode '{mode}': use workload, spin, components, release-load, mobility, roster, place, evaluate, simulate, load-eligibility, load-mobility, load-placements, load-reload, audit-append, audit-client, audit-fill, pages or scale-model.");
        return 2;
}
