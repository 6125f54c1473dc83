using System.Globalization;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Releases;

namespace JobFramework.Comp.Api.Hosting;

/// <summary>
/// The releases the service evaluates with, loaded and compiled once at start-up (a release with errors
/// never serves), and evaluators for them: one per thread and release, because an evaluator reuses its
/// scratch space and evaluation runs synchronously between awaits.
/// </summary>
public sealed class ReleaseSet : IDisposable
{
    private readonly ThreadLocal<Dictionary<CompiledRelease, Evaluator>> _evaluators = new(() => []);

    public ReleaseSet(ReleaseCatalog catalog) => Catalog = catalog;

    public ReleaseCatalog Catalog { get; }

    public static ReleaseSet Load(string rulesPath)
    {
        var catalog = ReleaseCatalog.Load(rulesPath);
        if (catalog.Releases.Count == 0)
        {
            throw new InvalidOperationException($"No loadable release in '{rulesPath}': " + string.Join("; ", catalog.Diagnostics.Where(d => d.IsError).Take(5)));
        }

        return new ReleaseSet(catalog);
    }

    /// <summary>The release in effect on <paramref name="asOf"/>, or null with the reason.</summary>
    public CompiledRelease? InEffectOn(DateOnly asOf, out string? reason) => Catalog.InEffectOn(asOf, out reason);

    public Evaluator EvaluatorFor(CompiledRelease release)
    {
        var cache = _evaluators.Value!;
        if (!cache.TryGetValue(release, out var evaluator))
        {
            evaluator = new Evaluator(release);
            cache[release] = evaluator;
        }

        return evaluator;
    }

    public void Dispose() => _evaluators.Dispose();

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
