namespace JobFramework.Comp.Cli;

/// <summary>
/// Colour for people at a terminal: verdicts green, problems red, warnings yellow. None when output is
/// redirected (a file, a pipe, CI logs), when NO_COLOR is set (no-color.org) or TERM is dumb — so scripts and
/// the tests read plain text.
/// </summary>
internal static class Colour
{
    public static bool Wanted(bool isTerminal, Func<string, string?> environment) =>
        isTerminal && string.IsNullOrEmpty(environment("NO_COLOR")) && environment("TERM") != "dumb";

    public static string Good(this CliConsole console, string text) => Paint(console, text, "32");

    public static string Bad(this CliConsole console, string text) => Paint(console, text, "31");

    public static string Warn(this CliConsole console, string text) => Paint(console, text, "33");

    public static string Strong(this CliConsole console, string text) => Paint(console, text, "1");

    private static string Paint(CliConsole console, string text, string code) => console.Colour ? $"\u001b[{code}m{text}\u001b[0m" : text;
}
