using JobFramework.Comp.Diagnostics;

namespace JobFramework.Comp.Releases;

/// <summary>
/// The outcome of loading a release: the compiled release when there were no errors, and every
/// diagnostic (errors and warnings) in a stable order. A release with any error is rejected whole.
/// </summary>
public sealed record LoadResult(CompiledRelease? Release, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Release is not null;

    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.IsError);
}
