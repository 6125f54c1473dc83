using System.Diagnostics;
using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Engine.Tests.Support;
using JobFramework.Comp.Releases;

namespace JobFramework.Comp.Engine.Tests.Releases;

/// <summary>
/// The loader reads regular files inside the rules folder only: links out of it, special files, oversized
/// files and folders are refused with a diagnostic naming the path, never quoting what lies behind them.
/// </summary>
public sealed class RuleFolderTests : IDisposable
{
    private readonly TempRules _rules = new();
    private readonly string _release;

    public RuleFolderTests() => _release = _rules.Add("2026-h1", "2026-01-01", approved: false);

    public void Dispose() => _rules.Dispose();

    private ReleaseCatalog Load() => ReleaseCatalog.Load(_rules.Root);

    private static void AssertRefused(ReleaseCatalog catalog, string relative, string message)
    {
        catalog.Releases.ShouldBeEmpty();
        var refusal = catalog.Diagnostics.Single(d => d.Code == Codes.RefusedFile);
        refusal.Location.File.ShouldEndWith(relative);
        refusal.Message.ShouldBe(message);
    }

    [Fact]
    public void Load_LinkToAFileOutsideTheRulesFolder_IsRefusedAndItsContentNeverQuoted()
    {
        File.CreateSymbolicLink(Path.Combine(_release, "tables", "passwd.json"), "/etc/passwd");

        var catalog = Load();

        AssertRefused(catalog, "tables/passwd.json", Messages.LinkLeavesRules("link"));
        string everything = string.Join("\n", catalog.Diagnostics.Select(d => d.ToString() + d.Source));
        everything.ShouldNotContain("root:");
    }

    [Fact]
    public void Load_LinkToADevice_IsRefusedWithoutReadingIt()
    {
        File.CreateSymbolicLink(Path.Combine(_release, "tables", "zero.json"), "/dev/zero");

        AssertRefused(Load(), "tables/zero.json", Messages.LinkLeavesRules("link"));
    }

    [Fact]
    public async Task Load_PipeInsideTheRelease_IsNeverOpened()
    {
        string pipe = Path.Combine(_release, "tables", "pipe.json");
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [pipe]))!)
        {
            mkfifo.WaitForExit();
            mkfifo.ExitCode.ShouldBe(0);
        }

        // Opening a FIFO with no writer would block forever; the loader must answer at once.
        var catalog = await Task.Run(Load).WaitAsync(TimeSpan.FromSeconds(30));
        catalog.Releases.ShouldBeEmpty();
        catalog.Diagnostics.Single(d => d.Location.File.EndsWith("tables/pipe.json", StringComparison.Ordinal)).Message.ShouldBe(Messages.EmptyFile);
    }

    [Fact]
    public void Load_ReleaseFolderLinkedToAFolderOutside_IsRefusedNotThrown()
    {
        using var outside = new TempRules();
        string target = outside.Add("2026-h2", "2026-07-01", approved: false);
        Directory.CreateSymbolicLink(Path.Combine(_rules.Root, "releases", "linked"), target);

        var catalog = Load();

        catalog.Releases.Select(r => r.Id).ShouldBe(["2026-h1"]);
        var refusal = catalog.Diagnostics.Single(d => d.Code == Codes.RefusedFile);
        refusal.Location.File.ShouldEndWith("releases/linked");
        refusal.Message.ShouldBe(Messages.LinkLeavesRules("release folder"));
    }

    [Fact]
    public void Load_LinksThatStayInsideTheRulesFolder_AreFollowed()
    {
        string shared = Path.Combine(_rules.Root, "shared");
        Directory.CreateDirectory(shared);
        File.Move(Path.Combine(_release, "skills.json"), Path.Combine(shared, "skills.json"));
        File.CreateSymbolicLink(Path.Combine(_release, "skills.json"), Path.Combine("..", "..", "shared", "skills.json"));

        var catalog = Load();

        catalog.Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
        catalog.Releases.Single().Framework.Skills.ShouldNotBeEmpty();
    }

    [Fact]
    public void Load_LinkThroughALinkedFolderThatLeaves_IsRefused()
    {
        // A link whose text stays inside, through a folder that is itself a link out of the rules folder.
        Directory.CreateSymbolicLink(Path.Combine(_rules.Root, "escape"), "/etc");
        File.CreateSymbolicLink(Path.Combine(_release, "tables", "hosts.json"), Path.Combine("..", "..", "..", "escape", "hosts"));

        AssertRefused(Load(), "tables/hosts.json", Messages.LinkLeavesRules("link"));
    }

    [Fact]
    public void Load_FileOverTheSizeLimit_IsRefusedBeforeItIsRead()
    {
        string big = Path.Combine(_release, "tables", "big.json");
        using (var file = File.Create(big))
        {
            file.SetLength(RuleFolder.MaxFileBytes + 1);
        }

        var watch = Stopwatch.StartNew();
        var catalog = Load();

        AssertRefused(catalog, "tables/big.json", Messages.RuleFileTooLarge(RuleFolder.MaxFileBytes + 1, RuleFolder.MaxFileBytes));
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void Load_DeeplyNestedFile_IsAJsonErrorNotACrash()
    {
        File.WriteAllText(Path.Combine(_release, "tables", "deep.json"), new string('[', 5000) + new string(']', 5000));

        var catalog = Load();

        catalog.Releases.ShouldBeEmpty();
        catalog.Diagnostics.ShouldContain(d => d.Code == Codes.JsonSyntax && d.Location.File.EndsWith("tables/deep.json", StringComparison.Ordinal));
    }

    [Fact]
    public void RealPath_ResolvesEveryLinkOnTheWay()
    {
        string inner = Path.Combine(_rules.Root, "a");
        Directory.CreateDirectory(inner);
        Directory.CreateSymbolicLink(Path.Combine(_rules.Root, "b"), inner);

        RuleFolder.RealPath(Path.Combine(_rules.Root, "b", ".", "..", "b")).ShouldBe(RuleFolder.RealPath(inner));
        RuleFolder.RealPath(Path.Combine(_rules.Root, "missing")).ShouldBeNull();
    }
}
