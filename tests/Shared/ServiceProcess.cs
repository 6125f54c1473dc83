using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace JobFramework.Comp.Tests;

/// <summary>
/// The HTTP service as a separate process on a loopback port (the Release build of src/JobFramework.Comp.Api),
/// with the sample rules, a fresh SQLite audit log and one API key per role — what the load measurements
/// drive. Its peak memory is read from /proc when it stops.
/// </summary>
internal sealed class ServiceProcess : IDisposable
{
    public const string KeyPrefix = "load-key-";
    private readonly Process _process;

    private ServiceProcess(Process process, int port, string auditStore)
    {
        _process = process;
        Port = port;
        AuditStore = auditStore;
    }

    public int Port { get; }

    public string AuditStore { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    /// <summary>
    /// Starts the service. <paramref name="development"/> runs it as <c>dotnet run</c> does (Development, its
    /// output folder as content root, so appsettings.Development.json applies: the development sign-in of the
    /// pages); <paramref name="settings"/> are further <c>--Key=value</c> arguments.
    /// </summary>
    public static async Task<ServiceProcess> StartAsync(string auditStore, string? rules = null, bool development = false, params string[] settings)
    {
        string root = RepositoryRoot();
        rules ??= Path.Combine(root, "rules");
        string api = ApiAssembly();

        int port = FreePort();
        var start = new ProcessStartInfo("dotnet", [api, "--urls", $"http://127.0.0.1:{port}", "--Comp:Rules=" + rules, "--Comp:AuditStore=" + auditStore, "--Logging:LogLevel:Default=Warning", .. settings])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = development ? Path.GetDirectoryName(api)! : Path.GetDirectoryName(auditStore)!,
        };
        if (development)
        {
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        }

        foreach (var role in new[] { "review-tooling", "payroll", "comp-admin", "auditor" })
        {
            start.Environment[$"Comp__ApiKeys__{role}__Sha256"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(KeyPrefix + role)));
            start.Environment[$"Comp__ApiKeys__{role}__Roles__0"] = role;
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("service: " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var service = new ServiceProcess(process, port, auditStore);
        using var client = new HttpClient { BaseAddress = service.BaseAddress };
        for (var clock = Stopwatch.StartNew(); clock.Elapsed < TimeSpan.FromSeconds(60); await Task.Delay(200).ConfigureAwait(false))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the service exited with {process.ExitCode} while starting");
            }

            try
            {
                if ((await client.GetAsync("/health/ready").ConfigureAwait(false)).IsSuccessStatusCode)
                {
                    return service;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
        }

        service.Dispose();
        throw new TimeoutException("the service did not become ready within 60 s");
    }

    /// <summary>The Release build of the service; a clear failure when it is not built.</summary>
    public static string ApiAssembly()
    {
        string api = Path.Combine(RepositoryRoot(), "src", "JobFramework.Comp.Api", "bin", "Release", "net10.0", "JobFramework.Comp.Api.dll");
        return File.Exists(api) ? api : throw new InvalidOperationException($"{api} is missing: build the solution in Release first (dotnet build -c Release).");
    }

    /// <summary>Kills the service at once (SIGKILL on Linux): no shutdown, no flush — a crash.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>The service's peak resident memory so far (VmHWM), in MiB.</summary>
    /// <summary>CPU time the service has used so far, user and system (a load run reads it before and after).</summary>
    public TimeSpan CpuTime()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
    }

    public double PeakMemoryMiB()
    {
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024.0;
            }
        }

        return double.NaN;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "JobFramework.Comp.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("cannot find the repository root above " + AppContext.BaseDirectory);
    }
}
