namespace JobFramework.Comp.Json;

/// <summary>
/// Gives every equal string read while loading one release the same instance, so ids in the framework,
/// table cells and table outputs are one object each. Prepared employees carry those instances too (see
/// <see cref="Evaluation.EmployeeValidator"/>), and the evaluation path then matches ids by reference
/// before it ever hashes or compares characters. Scoped to one load, unlike <see cref="string.Intern"/>,
/// so a long-running service that reloads releases keeps no strings of releases it dropped.
/// </summary>
internal sealed class StringPool
{
    private readonly HashSet<string> _strings = new(StringComparer.Ordinal);

    public string Intern(string text)
    {
        if (_strings.TryGetValue(text, out var pooled))
        {
            return pooled;
        }

        _strings.Add(text);
        return text;
    }
}
