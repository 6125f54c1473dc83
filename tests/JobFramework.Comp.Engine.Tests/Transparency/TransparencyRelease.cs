using System.Text.Json.Nodes;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Releases;

namespace JobFramework.Comp.Engine.Tests.Transparency;

/// <summary>
/// 2027-h2, the sample release with a capability model and transparency.json — loaded as it is, or copied into a
/// draft with one file changed to test what the loader says about it.
/// </summary>
internal static class TransparencyRelease
{
    private static readonly Lazy<CompiledRelease> Loaded = new(() =>
        ReleaseLoader.LoadDirectory(Repository.Release("2027-h2")).Release ?? throw new InvalidOperationException("2027-h2 does not load"));

    public static CompiledRelease Release => Loaded.Value;

    public static Evaluator Evaluator() => new(Release) { AsOf = new DateOnly(2027, 7, 1) };

    /// <summary>The release as a draft with <paramref name="file"/> edited by <paramref name="edit"/>: what does the loader say?</summary>
    public static LoadResult LoadEdited(string file, Func<string, string> edit)
    {
        using var folder = new TempFolder();
        string release = Path.Combine(folder.Path, "2027-h2");
        Folders.Copy(Repository.Release("2027-h2"), release);
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(release, "release.json")))!.AsObject();
        manifest["status"] = "draft";
        manifest["approvals"] = new JsonArray();
        manifest.Remove("approvedContentHash");
        File.WriteAllText(Path.Combine(release, "release.json"), manifest.ToJsonString());
        string path = Path.Combine(release, file);
        File.WriteAllText(path, edit(File.ReadAllText(path)));
        return ReleaseLoader.LoadDirectory(release);
    }

    /// <summary>An employee in Germany on the engineering IC track, with the release's declared attributes.</summary>
    public static Employee Person(string id, int level, decimal baseSalary, string sex, decimal bonus = 0m, int months = 12, int step = 1, string track = "ic")
    {
        string json = $$"""
            { "id": "{{id}}", "family": "engineering", "track": "{{track}}", "level": {{level}}, "region": "de", "baseSalary": {{baseSalary}}, "currency": "EUR",
              "rating": 3, "monthsInLevel": {{months}}, "sex": "{{sex}}", "bonusPaid": {{bonus}}, "step": {{step}} }
            """;
        return EmployeeReader.Read(System.Text.Encoding.UTF8.GetBytes(json), Release.Framework).Value
            ?? throw new InvalidOperationException("bad test employee: " + string.Join("; ", EmployeeReader.Read(System.Text.Encoding.UTF8.GetBytes(json), Release.Framework).Errors));
    }
}
