using System.Diagnostics;

namespace JobFramework.Comp.Audit.Tests.Support;

/// <summary>The real `comp` as a separate process, for tests that must kill it, and the rosters they feed it.</summary>
internal static class CompCli
{
    /// <summary>Starts comp.dll (copied beside the tests) in its own process.</summary>
    public static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "comp.dll"));
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("comp did not start");
    }

    /// <summary>A roster of <paramref name="rows"/> distinct employees built from the sample roster's rows.</summary>
    public static string WriteRoster(string path, int rows)
    {
        var lines = File.ReadAllLines(Repository.Sample("roster.csv"));
        using var writer = new StreamWriter(path);
        writer.WriteLine(lines[0]);
        for (int i = 0; i < rows; i++)
        {
            string sample = lines[1 + (i % (lines.Length - 1))];
            writer.WriteLine("K" + i.ToString("D7", System.Globalization.CultureInfo.InvariantCulture) + sample[sample.IndexOf(',', StringComparison.Ordinal)..]);
        }

        return path;
    }
}
