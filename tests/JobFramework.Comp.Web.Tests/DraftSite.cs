using System.Text.Json.Nodes;

namespace JobFramework.Comp.Web.Tests;

/// <summary>
/// The sample rules plus a draft, 2026-h2, that raises the IC3 band in the US to 120,000–130,000–160,000 USD
/// (from 100,500–125,500–150,500): Ana Costa, at 118,000 USD, falls below its minimum by 2,000 USD. And a
/// release that does not load, 2099-h1 (a framework.json cut short), for the validation the releases page shows.
/// </summary>
public sealed class DraftSite : PageSite
{
    protected override string PrepareRules(string folder)
    {
        string rules = Path.Combine(folder, "rules");
        Folders.Copy(Repository.Rules, rules);
        string draft = Path.Combine(rules, "releases", "2026-h2");
        Folders.Copy(Path.Combine(rules, "releases", "2026-h1"), draft);
        Directory.Delete(Path.Combine(draft, "tests"), recursive: true);

        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(draft, "release.json")))!.AsObject();
        manifest["id"] = "2026-h2";
        manifest["effectiveFrom"] = "2026-12-01";
        manifest["status"] = "draft";
        manifest["approvals"] = new JsonArray();
        manifest.Remove("approvedContentHash");
        manifest["changes"] = new JsonArray("IC3 in the US: 120,000–160,000 USD.");
        File.WriteAllText(Path.Combine(draft, "release.json"), manifest.ToJsonString());

        string bands = Path.Combine(draft, "tables", "bands.json");
        string text = File.ReadAllText(bands);
        const string before = """["-", 3, "us", "USD", 100500, 125500, 150500, 8, false]""";
        text.ShouldContain(before);
        File.WriteAllText(bands, text.Replace(before, """["-", 3, "us", "USD", 120000, 130000, 160000, 8, false]""", StringComparison.Ordinal));

        string broken = Path.Combine(rules, "releases", "2099-h1");
        Folders.Copy(Path.Combine(rules, "releases", "2026-h1"), broken);
        File.WriteAllText(Path.Combine(broken, "release.json"), File.ReadAllText(Path.Combine(broken, "release.json")).Replace("\"2026-h1\"", "\"2099-h1\"", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(broken, "framework.json"), "{\n  \"company\": \"Northwind\",\n  \"families\": [\n");
        return rules;
    }
}
