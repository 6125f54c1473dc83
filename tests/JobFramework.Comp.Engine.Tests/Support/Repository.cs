namespace JobFramework.Comp.Engine.Tests.Support;

/// <summary>Finds files of this repository (the sample rules) from the test's output folder.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Rules => Path.Combine(Root, "rules");

    public static string SampleRelease => Path.Combine(Root, "rules", "releases", "2026-h1");

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
