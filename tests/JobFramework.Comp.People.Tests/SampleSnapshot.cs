using JobFramework.Comp.Evaluation;
using JobFramework.Comp.People.Snapshots;
using JobFramework.Comp.Releases;

namespace JobFramework.Comp.People.Tests;

/// <summary>The sample release and snapshot reading helpers the tests share.</summary>
internal static class SampleSnapshot
{
    public static readonly DateOnly TakenOn = new(2026, 11, 30);

    private static readonly Lazy<CompiledRelease> Release = new(() => ReleaseCatalog.Load(Repository.Rules).InEffectOn(TakenOn, out _)!);

    public static Evaluator Evaluator => new(Release.Value) { AsOf = TakenOn };

    public static string Csv => File.ReadAllText(Repository.Sample("people.csv"));

    public static SnapshotRead Read(string text, bool jsonLines = false) => SnapshotReader.Read(new StringReader(text), jsonLines, Evaluator);

    public static IReadOnlyList<Person> People => Read(Csv).People;

    /// <summary>The sample with one line's text replaced (1 is the header).</summary>
    public static string WithLine(int line, Func<string, string> edit)
    {
        var lines = Csv.Split('\n');
        lines[line - 1] = edit(lines[line - 1]);
        return string.Join('\n', lines);
    }
}
