using System.Diagnostics;
using System.Globalization;
using System.Text;
using JobFramework.Comp.Cli;
using JobFramework.Comp.Cli.Commands;
using JobFramework.Comp.Cli.Roster;
using JobFramework.Comp.People.Roster;
using JobFramework.Comp.Releases;
using JobFramework.Comp.Workload;

namespace JobFramework.Comp.Benchmarks;

/// <summary>
/// The `comp place` target: placing a CSV roster end to end versus only reading and parsing the same file
/// with the same reader, and versus a plain program that reads it (Sep for CSV, System.Text.Json for JSON Lines) and
/// writes a placement CSV of the same shape (<see cref="PlaceAnchor"/>); measured in one process, one after the other, best of three.
/// </summary>
internal static class RosterTiming
{
    /// <summary>Writes DIR/roster_N.csv (the canonical workload's employees) and DIR/rules/ (its release).</summary>
    public static int WriteRoster(int n, string directory)
    {
        var workload = WorkloadGenerator.Generate(n);
        string release = Path.Combine(directory, "rules", "releases", WorkloadRelease.Id);
        foreach (var (path, text) in WorkloadRelease.Render(workload))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(release, path))!);
            File.WriteAllText(Path.Combine(release, path), text);
        }

        string roster = Path.Combine(directory, $"roster_{n}.csv");
        using var writer = new StreamWriter(roster, false, new UTF8Encoding(false), 1 << 16);
        writer.WriteLine("id,family,track,level,region,baseSalary,rating,monthsInLevel,scope,mentorship,skills");
        foreach (var e in workload.Employees)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{e.Id},{e.Family},{e.Track},{e.Level},{e.Region},{e.BaseSalary},{e.Rating},{e.MonthsInLevel},{e.Scope},{e.Mentorship},{string.Join(';', e.Skills)}"));
        }

        Console.WriteLine($"wrote {roster} and {release}");
        return 0;
    }

    public static int Measure(string rosterPath)
    {
        var release = ReleaseBeside(rosterPath);
        string output = Path.Combine(Path.GetTempPath(), "comp-place-timing.csv");
        var console = new CliConsole(TextWriter.Null, Console.Error, IsTerminal: false);
        string anchorOutput = Path.Combine(Path.GetTempPath(), "comp-place-anchor.csv");
        double parseBest = double.MaxValue;
        var place = Spent.None;
        var anchor = Spent.None;
        var anchorRead = Spent.None;
        long rows = 0, anchorRows = 0;
        for (int run = 0; run < 3; run++)
        {
            (double parsing, rows) = ReadAndParse(rosterPath, release);
            parseBest = Math.Min(parseBest, parsing);
            place = place.Best(Spent.On(() => PlaceCommand.Run(console, release, rosterPath, output, output + ".errors.csv", null)));
            anchor = anchor.Best(Spent.On(() => anchorRows = RosterReader.IsJsonLines(rosterPath) ? PlaceAnchor.RunJsonLines(release, rosterPath, anchorOutput) : PlaceAnchor.Run(release, rosterPath, anchorOutput)));
            anchorRead = anchorRead.Best(Spent.On(() => _ = RosterReader.IsJsonLines(rosterPath) ? PlaceAnchor.ReadOnlyJsonLines(rosterPath) : PlaceAnchor.ReadOnly(rosterPath)));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"rows={rows} anchorRows={anchorRows} readAndParse={parseBest:F2}s anchorReadOnly={anchorRead.Wall:F2}s place/readAndParse={place.Wall / parseBest:F2} {place.Against("place", anchor)} " +
            $"peakWorkingSetMB={PeakWorkingSetMegabytes():F0}"));
        return 0;
    }

    /// <summary>
    /// The `comp evaluate` target: the release's level-up workflow over a CSV roster as `comp evaluate` runs it without
    /// --audit, versus reading and parsing alone and versus <see cref="EvaluateAnchor"/>; one process, best of three.
    /// </summary>
    public static int MeasureEvaluate(string rosterPath)
    {
        var release = ReleaseBeside(rosterPath);
        var workflow = release.FindWorkflow("level-up") ?? throw new InvalidOperationException("The workload release has no level-up workflow.");
        string output = Path.Combine(Path.GetTempPath(), "comp-evaluate-timing.csv");
        string anchorOutput = Path.Combine(Path.GetTempPath(), "comp-evaluate-anchor.csv");
        var console = new CliConsole(TextWriter.Null, Console.Error, IsTerminal: false);
        double parseBest = double.MaxValue, allocatedPerRow = 0;
        var evaluate = Spent.None;
        var anchor = Spent.None;
        long rows = 0, anchorRows = 0;
        for (int run = 0; run < 3; run++)
        {
            (double parsing, rows) = ReadAndParse(rosterPath, release);
            parseBest = Math.Min(parseBest, parsing);

            // Every thread's allocations: comp reads the roster on a thread of its own (ReadAhead).
            long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            evaluate = evaluate.Best(Spent.On(() => WorkflowRosterRun.Run(console, release, release.Manifest.EffectiveFrom, workflow, Model.AttributeValues.None, rosterPath, output, output + ".errors.csv", null)));
            allocatedPerRow = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / (double)Math.Max(1, rows);
            anchor = anchor.Best(Spent.On(() => anchorRows = EvaluateAnchor.Run(release.Id, rosterPath, anchorOutput)));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"rows={rows} anchorRows={anchorRows} readAndParse={parseBest:F2}s evaluate/readAndParse={evaluate.Wall / parseBest:F2} {evaluate.Against("evaluate", anchor)} " +
            $"allocatedPerRow={allocatedPerRow:F0}B peakWorkingSetMB={PeakWorkingSetMegabytes():F0}; " +
            $"same passed/unmet columns as the anchor: {SameVerdicts(output, anchorOutput)}"));
        return 0;
    }

    private static double PeakWorkingSetMegabytes() => Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;

    // The workload's release, written beside the roster by `roster N DIR`.
    private static CompiledRelease ReleaseBeside(string rosterPath) =>
        ReleaseCatalog.Load(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(rosterPath))!, "rules")).Releases.Single();

    // Reading and parsing alone, with the reader comp uses: the floor under every roster command.
    private static (double Seconds, long Rows) ReadAndParse(string rosterPath, CompiledRelease release)
    {
        var watch = Stopwatch.StartNew();
        using var reader = new StreamReader(rosterPath, Encoding.UTF8, true, 1 << 16);
        long rows = RosterReader.Read(rosterPath, reader, release.Framework, _ => { }).LongCount(r => r.Employee is not null);
        return (watch.Elapsed.TotalSeconds, rows);
    }

    // The engine's and the anchor's results agree on id, passed and unmet for every row.
    private static bool SameVerdicts(string enginePath, string anchorPath) =>
        File.ReadLines(enginePath).Select(Verdict).SequenceEqual(File.ReadLines(anchorPath).Select(Verdict));

    private static string Verdict(string line) => string.Join(',', line.Split(',').Take(4));

    /// <summary>
    /// Wall-clock and CPU seconds (every thread of the process) of one run, keeping the best of several: comp uses a
    /// second core to read ahead, the anchors one, so both are reported.
    /// </summary>
    private readonly record struct Spent(double Wall, double Cpu)
    {
        public static Spent None => new(double.MaxValue, double.MaxValue);

        public static Spent On(Action run)
        {
            var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            long start = Stopwatch.GetTimestamp();
            run();
            double wall = Stopwatch.GetElapsedTime(start).TotalSeconds;
            process.Refresh();
            return new Spent(wall, (process.TotalProcessorTime - cpuBefore).TotalSeconds);
        }

        public Spent Best(Spent other) => new(Math.Min(Wall, other.Wall), Math.Min(Cpu, other.Cpu));

        /// <summary>This run beside its anchor: seconds and ratios, wall clock then CPU.</summary>
        public string Against(string name, Spent anchor) => string.Create(CultureInfo.InvariantCulture,
            $"{name}={Wall:F2}s anchor={anchor.Wall:F2}s {name}/anchor={Wall / anchor.Wall:F2} cpu: {name}={Cpu:F2}s anchor={anchor.Cpu:F2}s {name}/anchor={Cpu / anchor.Cpu:F2}");
    }
}
