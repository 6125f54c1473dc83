namespace JobFramework.Comp.Diagnostics;

/// <summary>Collects every diagnostic of a load instead of stopping at the first. Not thread-safe.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors { get; private set; }

    public int Count => _items.Count;

    public void Add(Diagnostic diagnostic)
    {
        _items.Add(diagnostic);
        HasErrors |= diagnostic.IsError;
    }

    public void Error(string code, string message, SourceSpan location, string? source = null) =>
        Add(new Diagnostic(code, Severity.Error, message, location, source));

    public void Warning(string code, string message, SourceSpan location, string? source = null) =>
        Add(new Diagnostic(code, Severity.Warning, message, location, source));

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Add(diagnostic);
        }
    }

    /// <summary>Drops the diagnostics that match, e.g. follow-on errors of a file that did not parse.</summary>
    public void RemoveAll(Predicate<Diagnostic> match)
    {
        _items.RemoveAll(match);
        HasErrors = _items.Exists(d => d.IsError);
    }

    /// <summary>Diagnostics in a stable order: file, line, column, code — so output is deterministic.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        _items.OrderBy(d => d.Location.File, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ToArray();
}
