using System.Runtime.InteropServices;

namespace JobFramework.Comp.Api.Hosting;

/// <summary>
/// Runs work on a dedicated thread the operating system schedules after request threads (Linux "nice"), so
/// a reload that compiles a large release takes only CPU the requests leave idle. Where the priority cannot
/// be lowered (another OS, a sandbox), the work simply runs at normal priority.
/// </summary>
internal static class BackgroundPriority
{
    private const int Nice = 10;

    public static Task<T> Run<T>(Func<T> work)
    {
        var completion = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            Lower();
            try
            {
                completion.SetResult(work());
            }
#pragma warning disable CA1031 // Handed to the awaiting caller, not swallowed.
            catch (Exception e)
#pragma warning restore CA1031
            {
                completion.SetException(e);
            }
        })
        {
            IsBackground = true,
            Name = "Release reload",
        };
        thread.Start();
        return completion.Task;
    }

    private static void Lower()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            // PRIO_PROCESS with a thread id renices just this thread.
            _ = SetPriority(0, GetThreadId(), Nice);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // Not glibc: keep the normal priority.
        }
    }

    // DllImport rather than LibraryImport: plain int arguments need no marshalling, and no unsafe code.
#pragma warning disable SYSLIB1054
    [DllImport("libc", EntryPoint = "setpriority")]
    private static extern int SetPriority(int which, int who, int priority);

    [DllImport("libc", EntryPoint = "gettid")]
    private static extern int GetThreadId();
#pragma warning restore SYSLIB1054
}
