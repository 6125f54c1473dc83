using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using JobFramework.Comp.Tests;

namespace JobFramework.Comp.Benchmarks;

/// <summary>
/// How long each web page takes to render, end to end over loopback, with the service started as <c>dotnet run</c>
/// starts it: once with the sample snapshot (20 people), once with a generated 10,000-person snapshot (the sample's
/// rows repeated, everyone under one chain of managers eight wide, every seventh person a mentor). Each page is
/// requested twice to warm up, then ten times; the median and the slowest are reported with the page's size.
/// </summary>
internal static partial class PageTiming
{
    private static readonly (string Identity, string Path)[] Pages =
    [
        ("0", "/career"), ("0", "/people/{report}"), ("0", "/people/{report}/conversation"), ("0", "/career/explore?role=eng-ic4"),
        ("0", "/team"), ("3", "/team"), ("3", "/roles"), ("3", "/roles/data-ic3"),
        ("3", "/comp/releases"), ("3", "/comp/bands"), ("3", "/comp/changes?from=2026-h1&to=2027-h2"),
    ];

    public static async Task<int> RunAsync(int people)
    {
        using var folder = new TempDirectory();
        Console.WriteLine("sample snapshot (20 people):");
        await MeasureAsync(folder.Path, "sample", Path.Combine(ServiceProcess.RepositoryRoot(), "rules", "samples", "people.csv"), "E1004", "E1001").ConfigureAwait(false);
        string generated = Path.Combine(folder.Path, "people-generated.csv");
        Generate(people, generated);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generated snapshot ({people:N0} people; the top manager sees {people - 1:N0}):"));
        await MeasureAsync(folder.Path, "generated", generated, "P00000", "P00009").ConfigureAwait(false);
        return 0;
    }

    private static async Task MeasureAsync(string folder, string name, string snapshot, string manager, string report)
    {
        using var service = await ServiceProcess.StartAsync(Path.Combine(folder, name + "-audit.db"), development: true, settings:
        [
            "--Comp:People:Store=" + Path.Combine(folder, name + "-people.db"),
            "--Comp:People:SeedSnapshot=" + snapshot,
            "--Comp:People:AsOf=2026-11-30",
            "--Comp:WatchRules=false",
            // The first development identity becomes the manager at the top of this snapshot.
            "--Comp:People:Identities:0:Person=" + manager,
            "--Comp:People:Identities:0:Name=Top Manager",
        ]).ConfigureAwait(false);
        var clients = new Dictionary<string, HttpClient>
        {
            ["0"] = await SignedInAsync(service.BaseAddress, "ana").ConfigureAwait(false),
            ["3"] = await SignedInAsync(service.BaseAddress, "priya").ConfigureAwait(false),
        };
        foreach (var (identity, template) in Pages)
        {
            string path = template.Replace("{report}", report, StringComparison.Ordinal);
            var client = clients[identity];
            long bytes = 0;
            for (int i = 0; i < 2; i++)
            {
                bytes = await GetAsync(client, path).ConfigureAwait(false);
            }

            var times = new List<double>();
            for (int i = 0; i < 10; i++)
            {
                var clock = Stopwatch.StartNew();
                await GetAsync(client, path).ConfigureAwait(false);
                times.Add(clock.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {(identity == "0" ? "manager" : "comp admin"),-10} {path,-42} median {(times[4] + times[5]) / 2,8:F1} ms   slowest {times[^1],8:F1} ms   {bytes / 1024.0,8:F0} KiB"));
        }

        foreach (var client in clients.Values)
        {
            client.Dispose();
        }
    }

    private static async Task<long> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path).ConfigureAwait(false);
        byte[] body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"{path}: {(int)response.StatusCode}");
        }

        return body.Length;
    }

    private static async Task<HttpClient> SignedInAsync(Uri address, string identity)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = address };
        string form = await client.GetStringAsync("/signin").ConfigureAwait(false);
        string token = Token().Match(form).Groups[1].Value;
        using var response = await client.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "signin", ["__RequestVerificationToken"] = token, ["Identity"] = identity,
        })).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return client;
    }

    // The sample's rows again and again under new ids, each reporting to the person (i − 1) / 8: a tree eight wide.
    private static void Generate(int people, string path)
    {
        var lines = File.ReadAllLines(Path.Combine(ServiceProcess.RepositoryRoot(), "rules", "samples", "people.csv"));
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToArray();
        var text = new StringBuilder(lines[0]).Append('\n');
        for (int i = 0; i < people; i++)
        {
            var row = (string[])rows[i % rows.Length].Clone();
            row[0] = string.Create(CultureInfo.InvariantCulture, $"P{i:D5}");
            row[1] = string.Create(CultureInfo.InvariantCulture, $"Person {i}");
            row[2] = i == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $"P{(i - 1) / 8:D5}");
            row[3] = i % 7 == 0 ? "true" : "false";
            text.Append(string.Join(',', row)).Append('\n');
        }

        File.WriteAllText(path, text.ToString());
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
