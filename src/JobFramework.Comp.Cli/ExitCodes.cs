namespace JobFramework.Comp.Cli;

/// <summary>Exit codes scripts and CI can rely on.</summary>
internal static class ExitCodes
{
    /// <summary>Everything succeeded.</summary>
    public const int Ok = 0;

    /// <summary>The work ran but found problems: rule errors, failing rule tests, rejected roster rows, invalid input.</summary>
    public const int Problems = 1;

    /// <summary>The work could not run: bad arguments, a missing file, no release in effect.</summary>
    public const int CannotRun = 2;
}
