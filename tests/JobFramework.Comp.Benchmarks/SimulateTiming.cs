using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using JobFramework.Comp.Cli;
using JobFramework.Comp.Workload;

namespace JobFramework.Comp.Benchmarks;

/// <summary>
/// <c>comp rules simulate</c> against placing the same roster once with each release, in one run: the
/// roster written by <c>roster N DIR</c>, its workload release, and a draft of it with every band 3% higher.
/// Reports the best of three of each and the simulation's peak memory.
/// </summary>
internal static partial class SimulateTiming
{
    public static int Measure(string rosterPath)
    {
        string rules = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(rosterPath))!, "rules");
        string draft = Path.Combine(rules, "releases", "workload-raise");
        WriteRaisedDraft(Path.Combine(rules, "releases", WorkloadRelease.Id), draft);
        string output = Path.Combine(Path.GetTempPath(), "comp-simulate-timing");
        double placeFrom = Best(() => Cli("place", "--roster", rosterPath, "--out", output + "-a.csv", "--rules", rules, "--release", WorkloadRelease.Id));
        double placeTo = Best(() => Cli("place", "--roster", rosterPath, "--out", output + "-b.csv", "--rules", rules, "--release", "workload-raise"));
        long peakBefore = Process.GetCurrentProcess().PeakWorkingSet64;
        double simulate = Best(() => Cli("rules", "simulate", "--from", WorkloadRelease.Id, "--to", "workload-raise", "--roster", rosterPath, "--rules", rules, "--report", output));
        Console.WriteLine(File.ReadAllLines(Path.Combine(output, "impact.md")).First(l => l.StartsWith("| change band position", StringComparison.Ordinal)));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"place with {WorkloadRelease.Id}={placeFrom:F2}s place with workload-raise={placeTo:F2}s simulate={simulate:F2}s ratio simulate/(both places)={simulate / (placeFrom + placeTo):F2} peakWorkingSetMB={Math.Max(peakBefore, Process.GetCurrentProcess().PeakWorkingSet64) / 1048576.0:F0}"));
        return 0;
    }

    private static double Best(Action run)
    {
        double best = double.MaxValue;
        for (int i = 0; i < 3; i++)
        {
            var watch = Stopwatch.StartNew();
            run();
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }

        return best;
    }

    private static void Cli(params string[] args)
    {
        int code = CliApp.Run(args, TextWriter.Null, Console.Error);
        if (code is not (ExitCodes.Ok or ExitCodes.Problems))
        {
            throw new InvalidOperationException("comp " + string.Join(' ', args) + " failed with " + code);
        }
    }

    // A draft whose every min, mid and max is 3% higher (whole units): the comparison has real differences.
    private static void WriteRaisedDraft(string from, string to)
    {
        if (Directory.Exists(to))
        {
            Directory.Delete(to, recursive: true);
        }

        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        string bands = Path.Combine(to, "tables", "bands.json");
        File.WriteAllText(bands, BandRow().Replace(File.ReadAllText(bands), m =>
            m.Groups[1].Value + string.Join(", ", m.Groups[2].Value.Split(", ").Select(v => (long.Parse(v, CultureInfo.InvariantCulture) * 103 / 100).ToString(CultureInfo.InvariantCulture))) + ", "));
        File.WriteAllText(Path.Combine(to, "release.json"), """{ "id": "workload-raise", "effectiveFrom": "2025-01-01", "status": "draft", "requiredApprovals": 1 }""");
    }

    [GeneratedRegex(@"(\[""[a-z]+"", \d+, ""[a-z]+"", ""[A-Z]{3}"", )(\d+, \d+, \d+), ")]
    private static partial Regex BandRow();
}
