namespace JobFramework.Comp.Benchmarks;

/// <summary>A folder of the measurement's own, deleted with everything in it afterwards.</summary>
internal sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("comp-load-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
