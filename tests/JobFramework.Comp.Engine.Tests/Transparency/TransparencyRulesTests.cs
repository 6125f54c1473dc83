using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Transparency;

namespace JobFramework.Comp.Engine.Tests.Transparency;

/// <summary>
/// What the loader says about capabilities.json, transparency.json and rule criteria — each mistake at its
/// file:line:column — and what the release's progression criteria and review guides say.
/// </summary>
public class TransparencyRulesTests
{
    private static Diagnostic Only(JobFramework.Comp.Releases.LoadResult result, string code) => result.Diagnostics.Where(d => d.Code == code).ShouldHaveSingleItem();

    [Fact]
    public void The_sample_release_describes_every_skill_and_level_without_a_warning()
    {
        var release = TransparencyRelease.Release;

        release.Capabilities.Indicators.Count.ShouldBe(release.Framework.Skills.Count);
        release.Capabilities.Levels.Count.ShouldBe(14);
        release.Capabilities.IndicatorFor("programming", 4, release.Framework.Scale).ShouldBe("Designs modules others build on and raises the code quality of the whole team.");
        release.Transparency.CategoryOf("data", 6)!.Id.ShouldBe("lead");
    }

    [Fact]
    public void A_sex_attribute_that_is_not_protected_is_an_error_at_its_name()
    {
        var result = TransparencyRelease.LoadEdited("transparency.json", t => t.Replace("\"sexAttribute\": \"sex\"", "\"sexAttribute\": \"hireDate\""));

        result.Release.ShouldBeNull();
        var errors = result.Diagnostics.Where(d => d.Code == Codes.Transparency).ToList();
        errors.Select(e => e.Message).ShouldBe([TransparencyMessages.SexNotProtected("hireDate"), TransparencyMessages.SexValues("hireDate")]);
        errors[0].Location.ToString().ShouldEndWith("2027-h2/transparency.json:3:19");
    }

    [Fact]
    public void Overlapping_categories_and_uncovered_jobs_are_errors_naming_them()
    {
        var result = TransparencyRelease.LoadEdited("transparency.json", t => t.Replace("\"levels\": [5, 6]", "\"levels\": [4, 5]"));

        result.Release.ShouldBeNull();
        var messages = result.Diagnostics.Where(d => d.Code == Codes.Transparency).Select(d => d.Message).ToList();
        messages.ShouldContain(TransparencyMessages.CategoryOverlap("engineering", "4", "senior", "lead"));
        messages.ShouldContain(TransparencyMessages.CategoryGap(["engineering level 6", "data level 6", "internal-audit level 6", "compliance level 6", "risk level 6", "people level 6"]));
    }

    [Fact]
    public void A_rule_that_reads_the_sex_attribute_is_a_load_error()
    {
        var result = TransparencyRelease.LoadEdited("workflows/level-up.json", t => t.Replace("\"Expression\": \"employee.rating >= 3\"", "\"Expression\": \"employee.rating >= 3 && employee.sex != \\\"female\\\"\""));

        result.Release.ShouldBeNull();
        result.Diagnostics.Where(d => d.IsError).Select(d => d.Message).ShouldBe([Messages.ProtectedAttribute("sex")]);
    }

    [Fact]
    public void A_protected_attribute_cannot_explain_a_gap()
    {
        var result = TransparencyRelease.LoadEdited("transparency.json", t => t.Replace("\"explainedBy\": [\"band\",", "\"explainedBy\": [\"sex\", \"band\","));

        Only(result, Codes.Transparency).Message.ShouldBe(TransparencyMessages.ProtectedFactor("sex"));
    }

    [Fact]
    public void A_criterion_that_reads_the_employee_is_refused()
    {
        var result = TransparencyRelease.LoadEdited("workflows/level-up.json", t => t.Replace("At least $(minimumMonths) months in the current level.", "At least $(minimumMonths) months; you have $(employee.monthsInLevel)."));

        result.Release.ShouldBeNull();
        var error = Only(result, Codes.Transparency);
        error.Message.ShouldBe(TransparencyMessages.CriterionReadsPerson("TimeInLevel"));
        error.Location.ToString().ShouldEndWith("2027-h2/workflows/level-up.json:16:36");
    }

    [Fact]
    public void Undescribed_skills_and_gendered_words_are_warnings_that_name_them()
    {
        var result = TransparencyRelease.LoadEdited("capabilities.json", t => t
            .Replace("{ \"skill\": \"tableau\",", "{ \"skill\": \"tableau-x\",")
            .Replace("Reads simple queries and explains their results.", "Reads simple queries and explains his results."));

        result.Diagnostics.Where(d => d.IsError).Select(d => d.Message).ShouldBe([Messages.UnknownReference("skill", "tableau-x", "tableau")]);
        var warnings = result.Diagnostics.Where(d => d.Code == Codes.CapabilityModel).ToList();
        warnings.Select(w => w.Message).ShouldBe([TransparencyMessages.GenderedWord("his"), TransparencyMessages.SkillsUndescribed(["tableau"])], ignoreOrder: true);
        warnings.Single(w => w.Message.Contains("'his'", StringComparison.Ordinal)).Location.ToString().ShouldEndWith("2027-h2/capabilities.json:54:42");
    }

    [Fact]
    public void Progression_criteria_name_every_rule_and_where_it_is_written()
    {
        var document = ProgressionCriteria.For(TransparencyRelease.Evaluator(), "engineering", "ic", 6).Value!;

        string markdown = ProgressionWriter.ToMarkdown(document);
        markdown.ShouldContain("## IC5 Staff → IC6 Senior staff");
        markdown.ShouldContain("2. At least 24 months in the current level. (rule TimeInLevel, workflows/level-up.json:14)");
        markdown.ShouldContain("| Germany | 112,000.00 EUR | 168,000.00 EUR |");
        markdown.ShouldNotContain(" he ");
        ProgressionWriter.ToHtml(document).ShouldContain("<li>A latest performance rating of 3 (meets expectations) or better. (rule PerformanceRating, workflows/level-up.json:6)</li>");
    }

    [Fact]
    public void A_progression_document_for_an_unknown_track_or_a_bottom_level_says_which()
    {
        ProgressionCriteria.For(TransparencyRelease.Evaluator(), "engineering", "icc").Errors.Single().Message.ShouldStartWith("Unknown track 'icc'. Did you mean 'ic'?");
        ProgressionCriteria.For(TransparencyRelease.Evaluator(), "engineering", "ic", 1).Errors.Single().Field.ShouldBe("level");
    }

    [Fact]
    public void A_posting_in_a_region_that_requires_it_carries_the_progression_criteria()
    {
        var de = PayRangeDisclosure.For(TransparencyRelease.Evaluator(), "eng-ic4", "de").Value!;
        var us = PayRangeDisclosure.For(TransparencyRelease.Evaluator(), "eng-ic4", "us").Value!;

        de.Progression.ShouldContain("Mentors or trains at least 2 people. (rule Mentoring, workflows/level-up.json:43)");
        de.ToJson().ShouldContain("\"progression\": [");
        us.Progression.ShouldBeEmpty();
    }

    [Fact]
    public void A_review_guide_sets_what_is_held_against_what_the_role_expects_with_goals_and_prompts()
    {
        var person = TransparencyRelease.Person("E1", 3, 80000, "female") with
        {
            Skills = [new("programming", 4), new("testing", 1)],
            Scope = 3,
        };

        var guide = ReviewGuide.For(TransparencyRelease.Evaluator(), person).Value!;

        guide.Competencies.Select(c => (c.Skill, c.Standing)).ShouldBe([("programming", Standing.Above), ("testing", Standing.Below)]);
        guide.Competencies[1].ExpectedIndicator.ShouldBe("Writes unit tests for their own changes.");
        guide.Ratings.Count.ShouldBe(5);
        guide.LevelUp.Eligible.ShouldBeFalse();
        guide.Goals.Select(g => (g.Skill, g.From, g.To)).ShouldBe([("code-review", 0, 3), ("system-design", 0, 3), ("testing", 1, 2)]);
        guide.Prompts[0].ShouldBe("You hold Programming at Advanced, above what IC3 expects: where has that made a difference this cycle, and who could learn from it?");
        guide.Prompts.ShouldContain(p => p.StartsWith("Scope of impact is 3; level 4 expects 4. What would need to change", StringComparison.Ordinal));
        ReviewGuideWriter.ToJson(guide).ShouldContain("\"standing\": \"below\"");
    }
}
