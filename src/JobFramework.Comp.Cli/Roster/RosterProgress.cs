using Spectre.Console;

namespace JobFramework.Comp.Cli.Roster;

/// <summary>A pass over a roster file with a progress bar (by bytes read) on a terminal, and none when the output is redirected.</summary>
internal static class RosterProgress
{
    /// <param name="pass">The pass; it calls the action it is given after each row (null: no bar to move).</param>
    /// <param name="rowsDone">Rows handled so far: the bar moves every 1,024 of them, not on every row.</param>
    public static void Run(CliConsole console, Stream input, string label, Action<Action?> pass, Func<long> rowsDone)
    {
        if (!console.IsTerminal)
        {
            pass(null);
            return;
        }

        AnsiConsole.Progress().Start(context =>
        {
            var task = context.AddTask(label, maxValue: Math.Max(1, input.Length));
            pass(() =>
            {
                if (rowsDone() % 1024 == 0)
                {
                    // The roster is read on another thread (ReadAhead), a few batches ahead: the position is read
                    // without a lock, and it only moves a bar.
                    task.Value = input.Position;
                }
            });
            task.Value = task.MaxValue;
        });
    }
}
