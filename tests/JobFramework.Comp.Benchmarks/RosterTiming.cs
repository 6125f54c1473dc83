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
        double parseBest = double.MaxValue, placeBest = double.MaxValue, anchorBest = double.MaxValue, readBest = double.MaxValue;
        long rows = 0, anchorRows = 0;
        for (int run = 0; run < 3; run++)
        {
            (double parsing, rows) = ReadAndParse(rosterPath, release);
            parseBest = Math.Min(parseBest, parsing);
            var watch = Stopwatch.StartNew();
            PlaceCommand.Run(console, release, rosterPath, output, output + ".errors.csv", null);
            placeBest = Math.Min(placeBest, watch.Elapsed.TotalSeconds);
            watch.Restart();
            anchorRows = RosterReader.IsJsonLines(rosterPath) ? PlaceAnchor.RunJsonLines(release, rosterPath, anchorOutput) : PlaceAnchor.Run(release, rosterPath, anchorOutput);
            anchorBest = Math.Min(anchorBest, watch.Elapsed.TotalSeconds);
            watch.Restart();
            _ = RosterReader.IsJsonLines(rosterPath) ? PlaceAnchor.ReadOnlyJsonLines(rosterPath) : PlaceAnchor.ReadOnly(rosterPath);
            readBest = Math.Min(readBest, watch.Elapsed.TotalSeconds);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"rows={rows} readAndParse={parseBest:F2}s place={placeBest:F2}s anchor={anchorBest:F2}s ({anchorRows} rows) anchorReadOnly={readBest:F2}s place/anchor={placeBest / anchorBest:F2} place/readAndParse={placeBest / parseBest:F2} peakWorkingSetMB={Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0}"));
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
        double parseBest = double.MaxValue, evaluateBest = double.MaxValue, anchorBest = double.MaxValue, allocatedPerRow = 0;
        long rows = 0, anchorRows = 0;
        for (int run = 0; run < 3; run++)
        {
            (double parsing, rows) = ReadAndParse(rosterPath, release);
            parseBest = Math.Min(parseBest, parsing);
            var watch = Stopwatch.StartNew();
            long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            WorkflowRosterRun.Run(console, release, release.Manifest.EffectiveFrom, workflow, Model.AttributeValues.None, rosterPath, output, output + ".errors.csv", null);
            evaluateBest = Math.Min(evaluateBest, watch.Elapsed.TotalSeconds);
            allocatedPerRow = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (double)Math.Max(1, rows);
            watch.Restart();
            anchorRows = EvaluateAnchor.Run(release.Id, rosterPath, anchorOutput);
            anchorBest = Math.Min(anchorBest, watch.Elapsed.TotalSeconds);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"rows={rows} readAndParse={parseBest:F2}s evaluate={evaluateBest:F2}s anchor={anchorBest:F2}s ({anchorRows} rows) evaluate/anchor={evaluateBest / anchorBest:F2} evaluate/readAndParse={evaluateBest / parseBest:F2} allocatedPerRow={allocatedPerRow:F0}B peakWorkingSetMB={Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0}; " +
            $"same passed/unmet columns as the anchor: {SameVerdicts(output, anchorOutput)}"));
        return 0;
    }

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
}
