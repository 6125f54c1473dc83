namespace JobFramework.Comp.Tests;

/// <summary>Finds files of this repository (the sample rules) from a test's output folder. Linked into every test project.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Rules => Path.Combine(Root, "rules");

    public static string SampleRelease => Release("2026-h1");

    /// <summary>The sample release whose bands are derived from a base table and zones, with promotion outputs.</summary>
    public static string DerivedRelease => Release("2027-h1");

    public static string Release(string id) => Path.Combine(Root, "rules", "releases", id);

    public static string Sample(string name) => Path.Combine(Root, "rules", "samples", name);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "JobFramework.Comp.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find the repository root (JobFramework.Comp.sln) above " + AppContext.BaseDirectory);
    }
}

/// <summary>A temporary folder deleted with the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "comp-test-" + Guid.NewGuid().ToString("N"));

    public TempFolder() => Directory.CreateDirectory(Path);

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A process killed by a test may still be releasing a file; the OS cleans the temp folder.
        }
    }
}

/// <summary>File-system helpers the tests share.</summary>
internal static class Folders
{
    /// <summary>Copies a folder and everything under it.</summary>
    public static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
        }

        foreach (var folder in Directory.GetDirectories(from))
        {
            Copy(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }
}
