using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace JobFramework.Comp.Functions.Tests;

/// <summary>
/// The deployable Functions app, built once per test run by the script a release uses (scripts/publish-functions.sh),
/// started by the stand-in host with its own SQLite audit log and one API key per role (configured by SHA-256, as in
/// production). A failing publish or start fails the tests that need it, with the worker's output.
/// </summary>
public sealed class PublishedWorker : IAsyncLifetime, IDisposable
{
    public static readonly string[] Roles = ["review-tooling", "payroll", "comp-admin", "auditor"];

    private readonly TempFolder _folder = new();

    public StandInHost Host { get; private set; } = null!;

    public string AppDirectory => Path.Combine(_folder.Path, "app");

    public string AuditStore => _folder.File("audit.db");

    public static string KeyFor(string role) => "worker-key-" + role;

    public async Task InitializeAsync()
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(Repository.Root, "scripts", "publish-functions.sh"), _folder.Path])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Repository.Root,
        };
        using (var process = Process.Start(start)!)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(10));
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"scripts/publish-functions.sh failed ({process.ExitCode}):\n{await output}\n{await errors}");
            }
        }

        Host = await StartAsync(rules: null);
    }

    public string Zip => Path.Combine(_folder.Path, "functionapp.zip");

    /// <summary>A worker from the package: on its own rules/ (<paramref name="rules"/> null, as deployed), or another folder (the timer's failure case).</summary>
    public Task<StandInHost> StartAsync(string? rules) => StandInHost.StartAsync(AppDirectory, Settings(rules));

    public async Task DisposeAsync()
    {
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }

        Dispose();
    }

    public void Dispose() => _folder.Dispose();

    private Dictionary<string, string> Settings(string? rules)
    {
        var settings = new Dictionary<string, string>
        {
            ["Comp__AuditStore"] = AuditStore,
            ["Comp__People__Store"] = _folder.File("people.db"),
            ["AzureWebJobsStorage"] = "",
        };
        if (rules is not null)
        {
            settings["Comp__Rules"] = rules;
        }

        foreach (string role in Roles)
        {
            settings[$"Comp__ApiKeys__{role}__Sha256"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(KeyFor(role))));
            settings[$"Comp__ApiKeys__{role}__Roles__0"] = role;
        }

        return settings;
    }
}

[CollectionDefinition(Name)]
public sealed class WorkerCollection : ICollectionFixture<PublishedWorker>
{
    public const string Name = "Published worker";
}
