using System.Diagnostics;

namespace JobFramework.Comp.Api.Tests.Functions;

/// <summary>
/// The deployable Functions app, built once per test run by the same script a release uses
/// (scripts/publish-functions.sh) into a temporary folder. A failing publish fails the tests that need it.
/// </summary>
public sealed class PublishedApp : IDisposable
{
    private readonly TempFolder _folder = new();

    public PublishedApp()
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(Repository.Root, "scripts", "publish-functions.sh"), _folder.Path])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Repository.Root,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException("scripts/publish-functions.sh did not finish within 10 minutes.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"scripts/publish-functions.sh failed ({process.ExitCode}):\n{output.Result}\n{errors.Result}");
        }
    }

    public string Root => Path.Combine(_folder.Path, "app");

    public string Zip => Path.Combine(_folder.Path, "functionapp.zip");

    public void Dispose() => _folder.Dispose();
}
