using System.IO.Compression;
using System.Text.Json;

namespace JobFramework.Comp.Functions.Tests;

/// <summary>The package a deployment uploads (scripts/publish-functions.sh): an isolated worker, its rules, nothing from the custom-handler era and no development keys.</summary>
[Collection(WorkerCollection.Name)]
public sealed class PublishedPackageTests(PublishedWorker worker)
{
    [Fact]
    public void The_package_is_an_isolated_worker_with_host_json_and_the_rules()
    {
        string app = worker.AppDirectory;
        File.ReadAllText(Path.Combine(app, "host.json")).ShouldBe(File.ReadAllText(Path.Combine(Repository.Root, "host.json")));
        using (var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(app, "host.json"))))
        {
            host.RootElement.TryGetProperty("customHandler", out _).ShouldBeFalse();
            host.RootElement.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString().ShouldBe("");
        }

        using (var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(app, "worker.config.json"))))
        {
            var description = config.RootElement.GetProperty("description");
            description.GetProperty("language").GetString().ShouldBe("dotnet-isolated");
            description.GetProperty("defaultWorkerPath").GetString().ShouldBe("JobFramework.Comp.Functions.dll");
        }

        File.Exists(Path.Combine(app, "functions.metadata")).ShouldBeTrue();
        File.Exists(Path.Combine(app, "rules", "releases", "2026-h1", "release.json")).ShouldBeTrue();
        File.Exists(Path.Combine(app, "appsettings.Development.json")).ShouldBeFalse("development keys never ship");
        Directory.GetFiles(app, "*.pdb").ShouldBeEmpty();
    }

    [Fact]
    public void The_zip_holds_exactly_the_package_folder()
    {
        using var zip = ZipFile.OpenRead(worker.Zip);
        var entries = zip.Entries.Where(e => !e.FullName.EndsWith('/')).Select(e => e.FullName).Order(StringComparer.Ordinal);
        var files = Directory.GetFiles(worker.AppDirectory, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(worker.AppDirectory, f).Replace('\\', '/')).Order(StringComparer.Ordinal);
        entries.ShouldBe(files);
    }
}
