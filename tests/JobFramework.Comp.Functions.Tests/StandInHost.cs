using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Grpc.Core;
using JobFramework.Comp.Functions.Tests.Rpc;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;

namespace JobFramework.Comp.Functions.Tests;

/// <summary>
/// Plays the Azure Functions host's side of the public worker contract, since the real host cannot run here. It
/// serves the FunctionRpc gRPC stream on 127.0.0.1, launches the published worker as its worker.config.json says
/// (with the <c>--functions-*</c> arguments and <c>FUNCTIONS_APPLICATION_DIRECTORY</c>), completes StartStream →
/// WorkerInitRequest (reading the <c>HttpUri</c> capability) → FunctionsMetadataRequest → one FunctionLoadRequest per
/// function, then for each HTTP call forwards the real request to the worker's HttpUri with the
/// <c>x-ms-invocation-id</c> header and sends the matching InvocationRequest (route values in trigger_metadata, a
/// trace_context), and fires timers. This proves conformance to the contract as read, not to every host version.
/// </summary>
public sealed class StandInHost : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly WebApplication _grpc;
    private readonly Process _worker;
    private readonly HttpClient _http = new() { Timeout = Patience };
    private readonly ConcurrentDictionary<string, TaskCompletionSource<StreamingMessage>> _pending = new();
    private readonly TaskCompletionSource<Channel> _connected = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<string> _workerOutput = [];

    private StandInHost(WebApplication grpc, Process worker)
    {
        _grpc = grpc;
        _worker = worker;
    }

    /// <summary>The functions the worker reported and loaded, by name.</summary>
    public IReadOnlyDictionary<string, LoadedFunction> Functions { get; private set; } = new Dictionary<string, LoadedFunction>();

    /// <summary>The worker's own HTTP server (its HttpUri capability), where HTTP requests are proxied.</summary>
    public Uri HttpUri { get; private set; } = null!;

    /// <summary>From launching the worker process to the last function loaded.</summary>
    public TimeSpan StartupTime { get; private set; }

    public IReadOnlyList<string> WorkerOutput
    {
        get
        {
            lock (_workerOutput)
            {
                return [.. _workerOutput];
            }
        }
    }

    /// <summary>Starts the stand-in host and the worker published in <paramref name="appDirectory"/>, with <paramref name="settings"/> as app settings.</summary>
    public static async Task<StandInHost> StartAsync(string appDirectory, IReadOnlyDictionary<string, string> settings)
    {
        int port = FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port, listen => listen.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc(options => options.MaxReceiveMessageSize = 128 * 1024 * 1024);
        builder.Services.AddSingleton<Holder>();
        var grpc = builder.Build();
        grpc.MapGrpcService<RpcService>();
        await grpc.StartAsync();

        var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(appDirectory, "worker.config.json"))).RootElement.GetProperty("description");
        var start = new ProcessStartInfo(config.GetProperty("defaultExecutablePath").GetString()!)
        {
            WorkingDirectory = appDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(appDirectory, config.GetProperty("defaultWorkerPath").GetString()!));
        string workerId = Guid.NewGuid().ToString();
        foreach (var argument in new[]
        {
            "--host", "127.0.0.1", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--workerId", workerId, "--requestId", "init", "--grpcMaxMessageLength", "2147483647",
            "--functions-uri", $"http://127.0.0.1:{port}/", "--functions-worker-id", workerId, "--functions-request-id", "init", "--functions-grpc-max-message-length", "2147483647",
        })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["FUNCTIONS_APPLICATION_DIRECTORY"] = appDirectory;
        start.Environment["FUNCTIONS_WORKER_RUNTIME"] = "dotnet-isolated";
        start.Environment["AzureWebJobsScriptRoot"] = appDirectory;
        foreach (var (name, value) in settings)
        {
            start.Environment[name] = value;
        }

        var clock = Stopwatch.StartNew();
        var worker = Process.Start(start) ?? throw new InvalidOperationException("the worker did not start");
        var host = new StandInHost(grpc, worker);
        grpc.Services.GetRequiredService<Holder>().Host = host;
        worker.OutputDataReceived += (_, e) => host.Capture(e.Data);
        worker.ErrorDataReceived += (_, e) => host.Capture(e.Data);
        worker.BeginOutputReadLine();
        worker.BeginErrorReadLine();
        try
        {
            await host.HandshakeAsync(appDirectory);
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }

        host.StartupTime = clock.Elapsed;
        return host;
    }

    /// <summary>Sends an HTTP request as the host would: proxied to the worker, with the invocation of the function its route and method match.</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        string path = request.RequestUri!.AbsolutePath.TrimStart('/');
        var (function, values) = Match(request.Method.Method, path)
            ?? throw new InvalidOperationException($"no function serves {request.Method} /{path}");
        string invocationId = Guid.NewGuid().ToString();
        request.RequestUri = new Uri(HttpUri, request.RequestUri.PathAndQuery);
        request.Headers.Add("x-ms-invocation-id", invocationId);
        var response = _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);

        var invocation = Invocation(invocationId, function, new TypedData { Http = new RpcHttp { Method = request.Method.Method, Url = request.RequestUri.AbsoluteUri } });
        foreach (var (name, value) in values)
        {
            invocation.TriggerMetadata[name] = new TypedData { String = value };
        }

        var completed = await CallAsync(new StreamingMessage { InvocationRequest = invocation }, invocationId);
        var answer = await response.WaitAsync(Patience);
        LastInvocation = completed.InvocationResponse;
        return answer;
    }

    /// <summary>The worker's answer to the last HTTP invocation (its status; the HTTP response is what clients get).</summary>
    public InvocationResponse? LastInvocation { get; private set; }

    /// <summary>Fires a timer function as the host's scheduler would; returns the worker's answer.</summary>
    public async Task<InvocationResponse> FireTimerAsync(string name)
    {
        var function = Functions[name];
        string invocationId = Guid.NewGuid().ToString();
        var invocation = Invocation(invocationId, function, new TypedData { Json = """{"ScheduleStatus":null,"IsPastDue":false}""" });
        return (await CallAsync(new StreamingMessage { InvocationRequest = invocation }, invocationId)).InvocationResponse;
    }

    // The worker needs a trace context on every invocation: without one it fails with a null reference seen only as a timeout.
    private static InvocationRequest Invocation(string invocationId, LoadedFunction function, TypedData trigger)
    {
        var invocation = new InvocationRequest
        {
            InvocationId = invocationId,
            FunctionId = function.Id,
            TraceContext = new RpcTraceContext { TraceParent = $"00-{ActivityTraceId.CreateRandom()}-{ActivitySpanId.CreateRandom()}-01" },
        };
        invocation.InputData.Add(new ParameterBinding { Name = function.TriggerName, Data = trigger });
        return invocation;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_worker.HasExited)
        {
            _worker.Kill(entireProcessTree: true);
            await _worker.WaitForExitAsync();
        }

        _worker.Dispose();
        _http.Dispose();
        await _grpc.StopAsync();
        await _grpc.DisposeAsync();
    }

    private async Task HandshakeAsync(string appDirectory)
    {
        // The worker opens the stream (StartStream) before the host says anything.
        await _connected.Task.WaitAsync(Patience).ConfigureAwait(false);
        var init = await CallAsync(new StreamingMessage
        {
            RequestId = "init",
            WorkerInitRequest = new WorkerInitRequest { HostVersion = "4.1040.300.0", FunctionAppDirectory = appDirectory, WorkerDirectory = appDirectory },
        }, "init");
        if (init.WorkerInitResponse.Result.Status != StatusResult.Types.Status.Success)
        {
            throw new InvalidOperationException("worker init failed: " + init.WorkerInitResponse.Result.Exception?.Message);
        }

        HttpUri = new Uri(init.WorkerInitResponse.Capabilities["HttpUri"]);
        var metadata = await CallAsync(new StreamingMessage
        {
            RequestId = "metadata",
            FunctionsMetadataRequest = new FunctionsMetadataRequest { FunctionAppDirectory = appDirectory },
        }, "metadata");
        var functions = new Dictionary<string, LoadedFunction>(StringComparer.Ordinal);
        foreach (var function in metadata.FunctionMetadataResponse.FunctionMetadataResults)
        {
            string id = string.IsNullOrEmpty(function.FunctionId) ? Guid.NewGuid().ToString() : function.FunctionId;
            function.FunctionId = id;
            var loaded = await CallAsync(new StreamingMessage
            {
                RequestId = "load-" + id,
                FunctionLoadRequest = new FunctionLoadRequest { FunctionId = id, Metadata = function },
            }, "load-" + id);
            if (loaded.FunctionLoadResponse.Result.Status != StatusResult.Types.Status.Success)
            {
                throw new InvalidOperationException($"function {function.Name} did not load: {loaded.FunctionLoadResponse.Result.Exception?.Message}");
            }

            functions[function.Name] = LoadedFunction.From(id, function);
        }

        Functions = functions;
    }

    private (LoadedFunction Function, Dictionary<string, string> Values)? Match(string method, string path)
    {
        foreach (var function in Functions.Values.Where(f => f.Route is not null && f.Methods.Contains(method, StringComparer.OrdinalIgnoreCase)))
        {
            var values = new Microsoft.AspNetCore.Routing.RouteValueDictionary();
            var matcher = new TemplateMatcher(TemplateParser.Parse(function.Route!), []);
            if (matcher.TryMatch("/" + path, values))
            {
                return (function, values.ToDictionary(v => v.Key, v => Convert.ToString(v.Value, System.Globalization.CultureInfo.InvariantCulture) ?? ""));
            }
        }

        return null;
    }

    private async Task<StreamingMessage> CallAsync(StreamingMessage message, string key)
    {
        var answer = new TaskCompletionSource<StreamingMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[key] = answer;
        var channel = await _connected.Task.ConfigureAwait(false);
        await channel.WriteAsync(message).ConfigureAwait(false);
        try
        {
            return await answer.Task.WaitAsync(Patience).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"the worker did not answer {message.ContentCase} within {Patience.TotalSeconds} s:\n{string.Join('\n', WorkerOutput.TakeLast(40))}");
        }
    }

    // Answers reach the waiting call by request id (init, metadata, load) or invocation id; logs are kept as output.
    private void Receive(StreamingMessage message)
    {
        string? key = message.ContentCase switch
        {
            StreamingMessage.ContentOneofCase.WorkerInitResponse => "init",
            StreamingMessage.ContentOneofCase.FunctionMetadataResponse => "metadata",
            StreamingMessage.ContentOneofCase.FunctionLoadResponse => "load-" + message.FunctionLoadResponse.FunctionId,
            StreamingMessage.ContentOneofCase.InvocationResponse => message.InvocationResponse.InvocationId,
            _ => null,
        };
        if (message.ContentCase == StreamingMessage.ContentOneofCase.RpcLog)
        {
            Capture($"[{message.RpcLog.Level}] {message.RpcLog.Category}: {message.RpcLog.Message} {message.RpcLog.Exception?.Message}");
        }

        if (key is not null && _pending.TryRemove(key, out var waiting))
        {
            waiting.TrySetResult(message);
        }
    }

    private void Capture(string? line)
    {
        if (line is not null)
        {
            lock (_workerOutput)
            {
                _workerOutput.Add(line);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A loaded function: its id, the name of its trigger parameter, and for HTTP its route and methods.</summary>
    public sealed record LoadedFunction(string Id, string Name, string TriggerType, string TriggerName, string? Route, IReadOnlyList<string> Methods)
    {
        public static LoadedFunction From(string id, RpcFunctionMetadata metadata)
        {
            var trigger = metadata.RawBindings.Select(b => JsonDocument.Parse(b).RootElement)
                .First(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));
            string? route = trigger.TryGetProperty("route", out var r) ? r.GetString() : null;
            string[] methods = trigger.TryGetProperty("methods", out var m) ? [.. m.EnumerateArray().Select(x => x.GetString()!.ToUpperInvariant())] : [];
            return new LoadedFunction(id, metadata.Name, trigger.GetProperty("type").GetString()!, trigger.GetProperty("name").GetString()!, route, methods);
        }
    }

    // The one stream the worker opens; writes are serialised, as gRPC requires.
    private sealed class Channel(IServerStreamWriter<StreamingMessage> writer) : IDisposable
    {
        private readonly SemaphoreSlim _gate = new(1, 1);

        public async Task WriteAsync(StreamingMessage message)
        {
            await _gate.WaitAsync().ConfigureAwait(false);
            try
            {
                await writer.WriteAsync(message).ConfigureAwait(false);
            }
            finally
            {
                _gate.Release();
            }
        }

        public void Dispose() => _gate.Dispose();
    }

    private sealed class Holder
    {
        public StandInHost? Host { get; set; }
    }

    private sealed class RpcService(Holder holder) : FunctionRpc.FunctionRpcBase
    {
        public override async Task EventStream(IAsyncStreamReader<StreamingMessage> requestStream, IServerStreamWriter<StreamingMessage> responseStream, ServerCallContext context)
        {
            var host = holder.Host ?? throw new InvalidOperationException("no host");
            await foreach (var message in requestStream.ReadAllAsync(context.CancellationToken))
            {
                if (message.ContentCase == StreamingMessage.ContentOneofCase.StartStream)
                {
                    host._connected.TrySetResult(new Channel(responseStream));
                    continue;
                }

                host.Receive(message);
            }
        }
    }
}
