using System.Text;
using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Engine.Tests.Support;
using JobFramework.Comp.Releases;

namespace JobFramework.Comp.Engine.Tests.Releases;

public class ReleaseLoaderTests
{
    [Fact]
    public void Load_SampleRelease_Succeeds()
    {
        var result = ReleaseLoader.LoadDirectory(Repository.SampleRelease);
        result.Diagnostics.ShouldBeEmpty();
        var release = result.Release.ShouldNotBeNull();
        release.Id.ShouldBe("2026-h1");
        release.Manifest.EffectiveFrom.ShouldBe(new DateOnly(2026, 1, 1));
        release.Framework.Families.Select(f => f.Id).ShouldBe(["engineering", "data", "internal-audit", "compliance", "risk", "people"]);
        release.Framework.Regions.Count.ShouldBeGreaterThanOrEqualTo(4);
        release.ContentHash.ShouldStartWith("sha256:");
    }

    [Fact]
    public void Load_BrokenCopy_ReportsEveryProblemAtOnceWithPositions_AndLoadsNothing()
    {
        using var copy = new TempRelease();
        copy.Replace("workflows/level-up.json", "\"employee.rating >= 3\"", "\"employee.ratting >= 3\"");
        copy.Replace("workflows/level-up.json", "\"employee.monthsInLevel >= minimumMonths\"", "\"employee.monthsInLevel >= \\\"twelve\\\"\"");
        copy.Replace("tables/bands.json", "[\"-\", 3, \"us\", \"USD\", 100500, 125500, 150500, 8, false]", "[\"-\", 3, \"us\", \"USD\", 130500, 125500, 150500, 8, false]");
        copy.Replace("tables/bands.json", "[\"-\", 4, \"uk\", \"GBP\"", "[\"-\", 4, \"uk\", \"GBX\"");
        copy.Replace("tables/bands.json", "[\"-\", 5, \"de\", \"EUR\"", "[\"-\", 9, \"de\", \"EUR\"");
        copy.Replace("framework.json", "{ \"id\": \"risk\",", "{ \"id\": \"compliance\",");
        copy.Replace("roles.json", "\"skill\": \"tableau\",\n          \"proficiency\": 2", "\"skill\": \"tableu\",\n          \"proficiency\": 2");
        File.AppendAllText(copy.PathOf("tests/level-up.cases.json"), "}");

        var result = copy.Load();

        result.Release.ShouldBeNull();
        var errors = result.Errors.ToList();
        Func<Diagnostic, string> Where = d => $"{Path.GetFileName(d.Location.File)}:{d.Location.Line}";
        errors.ShouldContain(d => d.Code == Codes.UnknownName && d.Message == Messages.UnknownMember("employee", "ratting", "rating")
            && Where(d) == "level-up.json:" + copy.LineOf("workflows/level-up.json", "ratting") && d.Location.Column == 31);
        errors.ShouldContain(d => d.Code == Codes.ExpressionType && Where(d) == "level-up.json:" + copy.LineOf("workflows/level-up.json", "twelve"));
        errors.ShouldContain(d => d.Code == Codes.BandOrder && d.Message == Messages.BandOrder(130500, 125500, 150500) && Where(d) == "bands.json:" + copy.LineOf("tables/bands.json", "130500"));
        errors.ShouldContain(d => d.Code == Codes.UnknownCurrency && d.Message == Messages.UnknownCurrency("GBX"));
        errors.ShouldContain(d => d.Code == Codes.UnknownId && d.Message.Contains("Unknown level '9'", StringComparison.Ordinal) && Where(d) == "bands.json:" + copy.LineOf("tables/bands.json", "[\"-\", 9,"));
        errors.ShouldContain(d => d.Code == Codes.DuplicateId && d.Message == Messages.DuplicateId("family", "compliance"));
        errors.ShouldContain(d => d.Code == Codes.UnknownId && d.Message == Messages.UnknownSkill("tableu", "tableau"));
        errors.ShouldContain(d => d.Code == Codes.JsonSyntax && Path.GetFileName(d.Location.File) == "level-up.cases.json");
        errors.Count.ShouldBeGreaterThanOrEqualTo(8);
    }

    [Fact]
    public void Diagnostic_ToString_IsCompilerStyleWithTheSourceLine()
    {
        using var copy = new TempRelease();
        copy.Replace("workflows/level-up.json", "\"employee.rating >= 3\"", "\"employee.ratting >= 3\"");
        var error = copy.Load().Errors.Single();
        string text = error.ToString();
        text.ShouldStartWith($"{copy.Directory}/workflows/level-up.json:{copy.LineOf("workflows/level-up.json", "ratting")}:31: error JF2003: 'employee' has no member 'ratting'. Did you mean 'rating'? (at /Rules/0/Expression)");
        text.ShouldContain("\"Expression\": \"employee.ratting >= 3\",\n");
        text.ShouldEndWith("\n" + new string(' ', 4 + 30) + "^");
    }

    [Fact]
    public void Load_UnknownPropertyAndMissingFile_AreReported()
    {
        using var copy = new TempRelease();
        copy.Replace("framework.json", "\"company\": \"Northwind Holdings\"", "\"compnay\": \"Northwind Holdings\"");
        File.Delete(copy.PathOf("tables/bands.json"));
        var errors = copy.Load().Errors.ToList();
        errors.ShouldContain(d => d.Message == Messages.UnknownProperty("compnay", "company"));
        errors.ShouldContain(d => d.Message == Messages.MissingProperty("company"));

        using var without = new TempRelease();
        File.Delete(without.PathOf("framework.json"));
        without.Load().Errors.ShouldContain(d => d.Message == Messages.MissingFile("framework.json"));
    }

    [Fact]
    public void ContentHash_IgnoresLineEndingsAndTests_ButNotRules()
    {
        string original = Samples.Release.ContentHash;
        using var copy = new TempRelease();
        foreach (var file in Directory.GetFiles(copy.Directory, "*.json", SearchOption.AllDirectories))
        {
            File.WriteAllText(file, File.ReadAllText(file).Replace("\n", "\r\n", StringComparison.Ordinal));
        }

        File.WriteAllText(copy.PathOf("tests/extra.cases.json"), "{ \"cases\": [] }");
        copy.Load().Release!.ContentHash.ShouldBe(original);

        copy.Replace("tables/bands.json", "125500", "125600");
        copy.Load().Release!.ContentHash.ShouldNotBe(original);
    }

    [Fact]
    public void Load_RulesEngineSpellings_AreAccepted()
    {
        var files = SampleFiles.AsDraft();
        files["workflows/level-up.json"] = Encoding.UTF8.GetBytes("""
            { "workflowName": "level-up", "GlobalParams": [ { "Name": "minRating", "Expression": "3" } ],
              "Rules": [
                { "RuleName": "Rating", "Expression": "employee.rating >= minRating", "ErrorType": "Error", "RuleExpressionType": "LambdaExpression", "Enabled": true },
                { "RuleName": "Either", "Operator": "OrElse", "Rules": [
                    { "RuleName": "A", "Expression": "employee.scope >= 5" },
                    { "RuleName": "B", "Expression": "employee.mentorship >= 2", "Properties": { "owner": "comp" } } ] },
                { "RuleName": "Both", "Operator": "AndAlso", "Rules": [ { "RuleName": "C", "Expression": "true" } ] },
                { "RuleName": "Off", "Expression": "false", "Enabled": false }
              ] }
            """);
        var result = ReleaseLoader.Load(new ReleaseSource("re", files));
        result.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Load_UnreadableSkillsCatalog_ReportsTheCatalogNotACascade()
    {
        using var copy = new TempRelease();
        File.AppendAllText(copy.PathOf("skills.json"), "}");
        var errors = copy.Load().Errors.ToList();
        errors.Single().Code.ShouldBe(Codes.JsonSyntax);
        errors.Single().Location.File.ShouldEndWith("skills.json");
    }

    [Fact]
    public void Load_TwoRolesAtOnePosition_IsADiagnosticNotACrash()
    {
        using var copy = new TempRelease();
        copy.Replace("roles.json", "\"title\": \"Distinguished Engineer\",\n      \"family\": \"engineering\",\n      \"track\": \"ic\",\n      \"level\": 8", "\"title\": \"Distinguished Engineer\",\n      \"family\": \"engineering\",\n      \"track\": \"ic\",\n      \"level\": 7");

        var result = copy.Load();

        result.Release.ShouldBeNull();
        result.Diagnostics.ShouldContain(d => d.Code == Diagnostics.Codes.DuplicateId && d.Location.File.EndsWith("roles.json", StringComparison.Ordinal));
    }
}
