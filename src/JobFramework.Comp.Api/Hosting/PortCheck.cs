using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace JobFramework.Comp.Api.Hosting;

/// <summary>
/// Before the service starts listening: is each address it is configured for (<c>--urls</c>,
/// <c>ASPNETCORE_URLS</c>, launch settings) free? A taken port is a one-line message saying how to pick another,
/// rather than the host's 60-line "Hosting failed to start" trace.
/// </summary>
public static class PortCheck
{
    public const string DefaultUrls = "http://localhost:5000";

    /// <summary>Why the service cannot listen, or null when every configured address is free.</summary>
    public static string? Problem(string? urls)
    {
        foreach (string url in (urls ?? DefaultUrls).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri) || uri.Port == 0)
            {
                continue;
            }

            var address = uri.Host == "localhost" ? IPAddress.Loopback : IPAddress.TryParse(uri.Host.Trim('[', ']'), out var parsed) ? parsed : null;
            if (address is null || !IsTaken(address, uri.Port))
            {
                continue;
            }

            int next = uri.Port + 1;
            return string.Create(CultureInfo.InvariantCulture,
                $"The service cannot listen on {url}: port {uri.Port} is already in use by another program. Stop that program, or choose another port: --urls http://127.0.0.1:{next} (or ASPNETCORE_URLS=http://127.0.0.1:{next}).");
        }

        return null;
    }

    private static bool IsTaken(IPAddress address, int port)
    {
        try
        {
            using var probe = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            probe.Bind(new IPEndPoint(address, port));
            return false;
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            return true;
        }
        catch (SocketException)
        {
            // Another problem (no IPv6 here, not permitted): let the server report it as it would.
            return false;
        }
    }
}
