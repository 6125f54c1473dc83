namespace JobFramework.Comp.Diagnostics;

/// <summary>Where something is in a rule file: the file, a JSON pointer and a 1-based line and column.</summary>
/// <param name="File">Path relative to the rules root, with forward slashes.</param>
/// <param name="Pointer">RFC 6901 JSON pointer of the value, e.g. <c>/Rules/2/Expression</c>.</param>
public readonly record struct SourceSpan(string File, string Pointer, int Line, int Column)
{
    public override string ToString() => $"{File}:{Line}:{Column}";
}
