using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Releases;

namespace JobFramework.Comp.Engine.Tests.Support;

/// <summary>The sample release, loaded once for the tests that only read it.</summary>
internal static class Samples
{
    private static readonly Lazy<CompiledRelease> Loaded = new(() =>
    {
        var result = ReleaseLoader.LoadDirectory(Repository.SampleRelease);
        return result.Release ?? throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
    });

    private static readonly Lazy<CompiledRelease> Derived = new(() =>
    {
        var result = ReleaseLoader.LoadDirectory(Repository.DerivedRelease);
        return result.Release ?? throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
    });

    public static CompiledRelease Release => Loaded.Value;

    /// <summary>2027-h1: bands derived from a base table and zones, promotion outputs in the level-up workflow.</summary>
    public static CompiledRelease DerivedRelease => Derived.Value;

    public static Employee Employee(string json) =>
        EmployeeReader.Read(System.Text.Encoding.UTF8.GetBytes(json)).Value ?? throw new InvalidOperationException("bad test employee: " + json);
}
