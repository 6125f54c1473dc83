using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using JobFramework.Comp.Audit.AzureTables;

namespace JobFramework.Comp.Audit.Tests.Support;

/// <summary>
/// A real Azurite Table service on 127.0.0.1 and a free port, started from the copy that
/// scripts/install-azurite.sh installs under tools/azurite. If it is not installed or does not start, the
/// test fails with what to do — Table Storage tests are never skipped.
/// </summary>
public sealed class AzuriteServer : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];

    private AzuriteServer(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={TableConnection.DevelopmentAccount};AccountKey={TableConnection.DevelopmentKey};TableEndpoint=http://127.0.0.1:{Port}/{TableConnection.DevelopmentAccount};";

    public static string Executable => Path.Combine(Repository.Root, "tools", "azurite", "node_modules", ".bin", "azurite-table");

    /// <summary>Starts Azurite, in memory or persisting to <paramref name="location"/>, on <paramref name="port"/> or a free one.</summary>
    public static AzuriteServer Start(string? location = null, int? port = null, params string[] extra)
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException($"Azurite is not installed at {Executable}. Run scripts/install-azurite.sh (scripts/test.sh does) — Table Storage tests need a real server.");
        }

        int chosen = port ?? FreePort();
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--tableHost", "127.0.0.1", "--tablePort", chosen.ToString(System.Globalization.CultureInfo.InvariantCulture), "--disableTelemetry" })
        {
            start.ArgumentList.Add(argument);
        }

        if (location is null)
        {
            start.ArgumentList.Add("--inMemoryPersistence");
        }
        else
        {
            start.ArgumentList.Add("--location");
            start.ArgumentList.Add(location);
        }

        foreach (var argument in extra)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start");
        var server = new AzuriteServer(process, chosen);
        var started = new TaskCompletionSource();
        void OnLine(object sender, DataReceivedEventArgs e)
        {
            if (e.Data is null)
            {
                return;
            }

            lock (server._output)
            {
                server._output.Add(e.Data);
            }

            if (e.Data.Contains("successfully started", StringComparison.OrdinalIgnoreCase))
            {
                started.TrySetResult();
            }
        }

        process.OutputDataReceived += OnLine;
        process.ErrorDataReceived += OnLine;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!started.Task.Wait(TimeSpan.FromSeconds(60)))
        {
            server.Dispose();
            throw new InvalidOperationException($"Azurite did not start within 60 s on port {chosen}:\n{string.Join('\n', server._output)}");
        }

        return server;
    }

    /// <summary>Kills the server abruptly (SIGKILL), as a crash would.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    /// <summary>
    /// Stops the server with SIGINT (Ctrl+C) while requests are in flight. Azurite writes its database to disk
    /// when it shuts down on SIGINT, not on every write and not on SIGKILL or SIGTERM (unlike Azure, which
    /// acknowledges only durable writes), so a harder kill would lose what Azurite itself acknowledged and
    /// prove nothing about the client.
    /// </summary>
    public void Terminate()
    {
        if (_process.HasExited)
        {
            return;
        }

        using (var signal = Process.Start("kill", ["-INT", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            signal.WaitForExit();
        }

        if (!_process.WaitForExit(TimeSpan.FromSeconds(30)))
        {
            Kill();
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>One Azurite for the whole test run: started on first use, stopped when the run ends.</summary>
public sealed class AzuriteFixture : IDisposable
{
    private readonly Lazy<AzuriteServer> _server = new(() => AzuriteServer.Start());

    public AzuriteServer Server => _server.Value;

    public string ConnectionString => Server.ConnectionString;

    /// <summary>A table name no other test uses.</summary>
    public static string NewTable() => "t" + Guid.NewGuid().ToString("N")[..20];

    public void Dispose()
    {
        if (_server.IsValueCreated)
        {
            _server.Value.Dispose();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
