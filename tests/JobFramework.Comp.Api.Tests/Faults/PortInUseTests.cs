using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace JobFramework.Comp.Api.Tests.Faults;

/// <summary>Starting the service on a port another program holds: one clear line saying how to choose another, no stack trace.</summary>
public sealed class PortInUseTests
{
    [Fact]
    public async Task A_taken_port_is_one_line_naming_it_and_how_to_choose_another()
    {
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        int port = ((IPEndPoint)holder.LocalEndpoint).Port;
        var start = new ProcessStartInfo("dotnet", [ServiceProcess.ApiAssembly(), "--urls", $"http://127.0.0.1:{port}", "--Comp:Rules=" + Repository.Rules, "--Logging:LogLevel:Default=Warning"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));

        process.ExitCode.ShouldBe(2);
        (await error).Trim().ShouldBe($"The service cannot listen on http://127.0.0.1:{port}: port {port} is already in use by another program. Stop that program, or choose another port: --urls http://127.0.0.1:{port + 1} (or ASPNETCORE_URLS=http://127.0.0.1:{port + 1}).");
        (await output).ShouldNotContain("   at ");
    }
}
