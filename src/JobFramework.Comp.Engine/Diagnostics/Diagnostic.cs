using System.Text;

namespace JobFramework.Comp.Diagnostics;

/// <summary>
/// One problem found in a rule release or an input: a stable code, a severity, a plain message and the
/// place it was found. Expected failures are returned as diagnostics, never thrown.
/// </summary>
/// <param name="Code">A stable identifier, such as <c>JF2001</c>, that documentation and tests can refer to.</param>
/// <param name="Source">The offending line of source text, quoted under the message when known.</param>
public sealed record Diagnostic(string Code, Severity Severity, string Message, SourceSpan Location, string? Source = null)
{
    public bool IsError => Severity == Severity.Error;

    /// <summary>Compiler-style text: <c>file:line:column: error JF2001: message</c>, then the quoted source line.</summary>
    public override string ToString()
    {
        var text = new StringBuilder()
            .Append(Location.File).Append(':').Append(Location.Line).Append(':').Append(Location.Column).Append(": ")
            .Append(Severity == Severity.Error ? "error " : "warning ").Append(Code).Append(": ").Append(Message);
        if (!string.IsNullOrEmpty(Location.Pointer))
        {
            text.Append(" (at ").Append(Location.Pointer).Append(')');
        }

        if (Source is not null)
        {
            text.Append('\n').Append("    ").Append(Source).Append('\n').Append("    ")
                .Append(' ', Math.Max(0, Location.Column - 1)).Append('^');
        }

        return text.ToString();
    }
}
