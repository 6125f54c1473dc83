using System.Diagnostics;
using System.Globalization;
using System.Text;
using JobFramework.Comp.Tests;
using Microsoft.Data.Sqlite;

namespace JobFramework.Comp.Benchmarks;

/// <summary>
/// Load on the HTTP service started as its own process (<see cref="ServiceProcess"/>) on loopback:
/// <c>decisions</c> — concurrent POST /api/eligibility (or /api/mobility) with the SQLite audit log: throughput, latency
/// percentiles, and afterwards a count of audit records against successful requests; <c>placements</c> —
/// one streamed POST /api/placements of N rows: rows per second and the service's peak memory.
/// </summary>
internal static class ServiceLoad
{
    public static async Task<int> DecisionsAsync(int seconds, int concurrency, string endpoint = "/api/eligibility")
    {
        using var folder = new TempDirectory();
        using var service = await ServiceProcess.StartAsync(Path.Combine(folder.Path, "audit.db")).ConfigureAwait(false);
        using var client = Client(service, concurrency);
        client.DefaultRequestHeaders.Add("X-Api-Key", ServiceProcess.KeyPrefix + "review-tooling");

        // Warm-up (tiered JIT settles after several seconds, connections), not counted — but its requests are audited too, so they are counted for the check.
        var warmUp = await RunAsync(client, concurrency, TimeSpan.FromSeconds(10), offset: 0, endpoint).ConfigureAwait(false);
        var cpuBefore = service.CpuTime();
        var measured = await RunAsync(client, concurrency, TimeSpan.FromSeconds(seconds), offset: 10_000_000, endpoint).ConfigureAwait(false);
        var cpu = service.CpuTime() - cpuBefore;

        long recorded = CountDecisions(service.AuditStore);
        long succeeded = warmUp.Succeeded + measured.Succeeded;
        var latencies = measured.Latencies.Order().ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{endpoint}: {measured.Succeeded} ok, {measured.Failed} failed in {seconds} s with {concurrency} connections = {measured.Succeeded / (double)seconds:F0} requests/s; " +
            $"latency p50 {Percentile(latencies, 0.50):F2} ms, p95 {Percentile(latencies, 0.95):F2} ms, p99 {Percentile(latencies, 0.99):F2} ms, max {latencies[^1]:F2} ms"));
        Console.WriteLine($"audit: {recorded} record(s) for {succeeded} successful request(s) (warm-up included): {(recorded == succeeded ? "exactly one each" : "MISMATCH")}");

        // The anchor (issue 20): the same service, clients and concurrency against its no-op JSON endpoint (GET /health).
        var anchorCpuBefore = service.CpuTime();
        var anchor = await RunAsync(client, concurrency, TimeSpan.FromSeconds(seconds), offset: 0, Liveness).ConfigureAwait(false);
        var anchorCpu = service.CpuTime() - anchorCpuBefore;
        var anchorLatencies = anchor.Latencies.Order().ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Liveness} (no-op anchor): {anchor.Succeeded / (double)seconds:F0} requests/s, p99 {Percentile(anchorLatencies, 0.99):F2} ms; {endpoint} at {measured.Succeeded / (double)Math.Max(1, anchor.Succeeded):P0} of the anchor's rate"));

        // The service's own CPU per request (the load generator shares the machine): what a request costs beyond the no-op.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"service CPU per request: {endpoint} {cpu.TotalMicroseconds / Math.Max(1, measured.Succeeded):F0} µs ({cpu.TotalSeconds / seconds:F2} cores), {Liveness} {anchorCpu.TotalMicroseconds / Math.Max(1, anchor.Succeeded):F0} µs ({anchorCpu.TotalSeconds / seconds:F2} cores)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"service peak memory {service.PeakMemoryMiB():F0} MiB"));
        return recorded == succeeded && measured.Failed == 0 ? 0 : 1;
    }

    /// <summary>
    /// Eligibility load with and without a reload of a 10,000-row release running every two seconds, in one
    /// run: the percentiles should not move, since reloads compile off the request path.
    /// </summary>
    public static async Task<int> ReloadAsync(int seconds, int concurrency)
    {
        using var folder = new TempDirectory();
        string rules = Path.Combine(folder.Path, "rules");
        CopyDirectory(Path.Combine(ServiceProcess.RepositoryRoot(), "rules"), rules);
        foreach (var (path, bytes) in ReleaseLoadBenchmarks.LargeRelease().Files)
        {
            string target = Path.Combine(rules, "releases", "large-10000", path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, bytes);
        }

        using var service = await ServiceProcess.StartAsync(Path.Combine(folder.Path, "audit.db"), rules).ConfigureAwait(false);
        using var client = Client(service, concurrency + 1);
        client.DefaultRequestHeaders.Add("X-Api-Key", ServiceProcess.KeyPrefix + "review-tooling");
        using var admin = Client(service, 1);
        admin.DefaultRequestHeaders.Add("X-Api-Key", ServiceProcess.KeyPrefix + "comp-admin");
        admin.Timeout = TimeSpan.FromMinutes(2);

        await RunAsync(client, concurrency, TimeSpan.FromSeconds(10), offset: 0).ConfigureAwait(false);
        var quiet = await RunAsync(client, concurrency, TimeSpan.FromSeconds(seconds), offset: 10_000_000).ConfigureAwait(false);
        var reloadTimes = new List<double>();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        var reloads = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                long start = Stopwatch.GetTimestamp();
                using var response = await admin.PostAsync("/api/releases/reload", null, CancellationToken.None).ConfigureAwait(false);
                response.EnsureSuccessStatusCode();
                reloadTimes.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                await Task.Delay(2000, CancellationToken.None).ConfigureAwait(false);
            }
        });
        var busy = await RunAsync(client, concurrency, TimeSpan.FromSeconds(seconds), offset: 20_000_000).ConfigureAwait(false);
        await reloads.ConfigureAwait(false);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"without reloads: {Describe(quiet, seconds)}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"with reloads:    {Describe(busy, seconds)}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{reloadTimes.Count} reload(s) of the rules folder (the sample release and a 10,000-row band table with 500 rules) took {reloadTimes.Min():F0}-{reloadTimes.Max():F0} ms each"));
        return busy.Failed == 0 ? 0 : 1;
    }

    private static string Describe(Run run, int seconds)
    {
        var sorted = run.Latencies.Order().ToArray();
        return string.Create(CultureInfo.InvariantCulture,
            $"{run.Succeeded / (double)seconds:F0} requests/s, p50 {Percentile(sorted, 0.5):F2} ms, p99 {Percentile(sorted, 0.99):F2} ms, max {sorted[^1]:F2} ms, {run.Failed} failed");
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var child in Directory.GetDirectories(from))
        {
            CopyDirectory(child, Path.Combine(to, Path.GetFileName(child)));
        }
    }

    public static async Task<int> PlacementsAsync(int rows)
    {
        using var folder = new TempDirectory();
        using var service = await ServiceProcess.StartAsync(Path.Combine(folder.Path, "audit.db")).ConfigureAwait(false);
        double before = service.PeakMemoryMiB();
        var clock = Stopwatch.StartNew();
        var (status, lines, last) = await DuplexUpload.PostAsync(
            service.BaseAddress, "/api/placements?asOf=2026-03-01", "application/x-ndjson",
            new Dictionary<string, string> { ["X-Api-Key"] = ServiceProcess.KeyPrefix + "payroll" },
            body => new RosterStream(rows).CopyToAsync(body, 64 * 1024)).ConfigureAwait(false);
        double elapsed = clock.Elapsed.TotalSeconds;
        long recorded = CountDecisions(service.AuditStore);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"placements: HTTP {status}, {rows} rows streamed in {elapsed:F1} s = {rows / elapsed:F0} rows/s; {lines} response line(s), last: {last}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"service peak memory: {service.PeakMemoryMiB():F0} MiB (after start-up: {before:F0} MiB); audit records: {recorded}"));
        return status == 200 && recorded == rows && lines == rows + 1 ? 0 : 1;
    }

    private static HttpClient Client(ServiceProcess service, int connections) =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            BaseAddress = service.BaseAddress,
        };

    private const string Liveness = "/health";

    private sealed record Run(long Succeeded, long Failed, List<double> Latencies);

    private static async Task<Run> RunAsync(HttpClient client, int concurrency, TimeSpan duration, int offset, string endpoint = "/api/eligibility")
    {
        long succeeded = 0;
        long failed = 0;
        var latencies = new List<double>[concurrency];
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(worker => Task.Run(async () =>
        {
            var mine = latencies[worker] = new List<double>(100_000);
            for (int i = 0; clock.Elapsed < duration; i++)
            {
                // Distinct employees, so every decision is a new record (no idempotent replays).
                string id = "L" + (offset + (i * concurrency) + worker).ToString(CultureInfo.InvariantCulture);
                using var body = new StringContent(Body(id, i), Encoding.UTF8, "application/json");
                long start = Stopwatch.GetTimestamp();
                using var response = endpoint == Liveness
                    ? await client.GetAsync(endpoint).ConfigureAwait(false)
                    : await client.PostAsync(endpoint, body).ConfigureAwait(false);
                _ = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
                mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                _ = response.IsSuccessStatusCode ? Interlocked.Increment(ref succeeded) : Interlocked.Increment(ref failed);
            }
        })).ToArray();
        await Task.WhenAll(workers).ConfigureAwait(false);
        return new Run(succeeded, failed, [.. latencies.SelectMany(l => l)]);
    }

    private static string Body(string id, int i) => string.Create(CultureInfo.InvariantCulture,
        $$"""{"asOf":"2026-03-01","employee":{"id":"{{id}}","family":"data","track":"ic","level":{{3 + (i % 2)}},"region":"sg","baseSalary":{{98000 + (i % 50) * 100}},"rating":{{1 + (i % 5)}},"monthsInLevel":{{i % 30}},"scope":{{i % 8}},"mentorship":{{i % 4}},"skills":["sql:3","tableau:{{1 + (i % 3)}}","statistics:2"]""") + "}}";

    private static long CountDecisions(string database)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM decisions";
        return (long)command.ExecuteScalar()!;
    }

    private static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    /// <summary>An NDJSON roster generated as it is read, so the client holds no copy of it either.</summary>
    private sealed class RosterStream(int rows) : Stream
    {
        private readonly string[] _families = ["data", "engineering", "risk", "compliance", "internal-audit", "people"];
        private byte[] _line = [];
        private int _offset;
        private int _next;

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_offset == _line.Length)
            {
                if (_next == rows)
                {
                    return 0;
                }

                int i = _next++;
                _line = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
                    $$"""{"id":"P{{i}}","family":"{{_families[i % _families.Length]}}","track":"ic","level":{{2 + (i % 4)}},"region":"us","baseSalary":{{60000 + (i % 900) * 100}}}""") + "\n");
                _offset = 0;
            }

            int n = Math.Min(count, _line.Length - _offset);
            Array.Copy(_line, _offset, buffer, offset, n);
            _offset += n;
            return n;
        }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
