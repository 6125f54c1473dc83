using JobFramework.Comp.Cli;

namespace JobFramework.Comp.Tests;

/// <summary>Runs the real `comp` command tree in-process and captures what it prints. Linked into the test projects that drive the CLI.</summary>
internal static class CliRunner
{
    public static (int ExitCode, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = CliApp.Run(args, output, error);
        return (code, output.ToString().ReplaceLineEndings("\n"), error.ToString().ReplaceLineEndings("\n"));
    }
}
