namespace JobFramework.Comp.Diagnostics;

/// <summary>How serious a diagnostic is. Any <see cref="Error"/> rejects a release whole.</summary>
public enum Severity
{
    Warning,
    Error,
}
