using System.Globalization;
using System.Text;
using System.Text.Json;
using JobFramework.Comp.Evaluation;

namespace JobFramework.Comp.Transparency;

/// <summary>Writes a <see cref="ReviewGuide"/> as JSON (review tooling) or as text (a manager preparing the conversation).</summary>
public static class ReviewGuideWriter
{
    public static string ToJson(ReviewGuide guide)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("employeeId", guide.Employee.Id);
            json.WriteString("level", guide.Level.Code);
            json.WriteString("levelTitle", guide.Level.Title);
            json.WriteString("role", guide.Role?.Id);
            json.WriteString("roleTitle", guide.Role?.Title);
            Expectation(json, "expectations", guide.Expectation);
            json.WriteStartArray("competencies");
            foreach (var c in guide.Competencies)
            {
                json.WriteStartObject();
                json.WriteString("skill", c.Skill);
                json.WriteString("name", c.Name);
                json.WriteBoolean("core", c.Core);
                json.WriteNumber("expected", c.Expected);
                json.WriteString("expectedLabel", c.ExpectedLabel);
                json.WriteString("expectedIndicator", c.ExpectedIndicator);
                json.WriteNumber("held", c.Held);
                json.WriteString("heldLabel", c.HeldLabel);
                json.WriteString("heldIndicator", c.HeldIndicator);
                json.WriteString("standing", c.Standing.ToString().ToLowerInvariant());
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("ratingScale");
            foreach (var r in guide.Ratings)
            {
                json.WriteStartObject();
                json.WriteNumber("rating", r.Rating);
                json.WriteString("label", r.Label);
                json.WriteString("meaning", r.Meaning);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("levelUp");
            json.WriteBoolean("eligible", guide.LevelUp.Eligible);
            json.WriteString("target", guide.LevelUp.TargetLevelCode);
            json.WriteStartArray("met");
            foreach (var c in guide.LevelUp.Criteria.SelectMany(c => c.Leaves()).Where(c => c.Outcome == RuleOutcome.Met))
            {
                Criterion(json, c, guide);
            }

            json.WriteEndArray();
            json.WriteStartArray("toChange");
            foreach (var c in guide.LevelUp.Criteria.SelectMany(c => c.Leaves()).Where(c => c.Outcome is RuleOutcome.Unmet or RuleOutcome.Error))
            {
                Criterion(json, c, guide);
            }

            json.WriteEndArray();
            Expectation(json, "nextLevelExpectations", guide.NextExpectation);
            json.WriteEndObject();
            json.WriteStartArray("developmentGoals");
            foreach (var goal in guide.Goals)
            {
                json.WriteStartObject();
                json.WriteString("skill", goal.Skill);
                json.WriteString("name", goal.Name);
                json.WriteNumber("from", goal.From);
                json.WriteNumber("to", goal.To);
                json.WriteString("toLabel", goal.ToLabel);
                json.WriteString("toIndicator", goal.ToIndicator);
                json.WriteStartArray("learning");
                foreach (var step in goal.Learning)
                {
                    json.WriteStartObject();
                    json.WriteString("kind", step.Kind);
                    json.WriteString("title", step.Title);
                    json.WriteNumber("effortHours", step.EffortHours);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("prompts");
            foreach (var prompt in guide.Prompts)
            {
                json.WriteStringValue(prompt);
            }

            json.WriteEndArray();
            json.WriteString("release", guide.ReleaseId);
            json.WriteString("contentHash", guide.ContentHash);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    public static string ToText(ReviewGuide guide)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Review guide for {guide.Employee.Id}: {guide.Role?.Title ?? guide.Employee.Family} ({guide.Level.Code} {guide.Level.Title}), release {guide.ReleaseId}\n");
        if (guide.Expectation is { } e)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n{guide.Level.Code} expects\n  Scope: {e.Scope}\n  Impact: {e.Impact}\n  Behaviours: {e.Behaviours}\n");
        }

        text.Append("\nCompetencies\n");
        foreach (var c in guide.Competencies)
        {
            string mark = c.Standing switch { Standing.Below => "below", Standing.Meets => "meets", _ => "above" };
            text.Append(CultureInfo.InvariantCulture, $"  [{mark}] {c.Name}{(c.Core ? "" : " (optional)")}: expected {c.ExpectedLabel}, held {c.HeldLabel}\n");
            if (c.ExpectedIndicator is { } indicator)
            {
                text.Append(CultureInfo.InvariantCulture, $"          expected looks like: {indicator}\n");
            }
        }

        if (guide.Ratings.Count > 0)
        {
            text.Append("\nRating scale\n");
            foreach (var r in guide.Ratings)
            {
                text.Append(CultureInfo.InvariantCulture, $"  {r.Rating} {r.Label}: {r.Meaning}\n");
            }
        }

        text.Append(CultureInfo.InvariantCulture, $"\nLevel-up to {guide.LevelUp.TargetLevelCode ?? "(top of the track)"}: {(guide.LevelUp.Eligible ? "every criterion met" : "not yet")}\n");
        foreach (var c in guide.LevelUp.Criteria.SelectMany(c => c.Leaves()))
        {
            text.Append(CultureInfo.InvariantCulture, $"  {(c.Outcome == RuleOutcome.Met ? "met" : "to change")}: {guide.Describe(c)}\n");
        }

        if (guide.Goals.Count > 0)
        {
            text.Append("\nDevelopment goals\n");
            foreach (var g in guide.Goals)
            {
                text.Append(CultureInfo.InvariantCulture, $"  {g.Name} to {g.ToLabel}{(g.Learning.Count == 0 ? "" : ": " + string.Join("; ", g.Learning.Select(l => l.Title)))}\n");
            }
        }

        text.Append("\nConversation prompts\n");
        foreach (var prompt in guide.Prompts)
        {
            text.Append(CultureInfo.InvariantCulture, $"  - {prompt}\n");
        }

        return text.ToString();
    }

    private static void Criterion(Utf8JsonWriter json, CriterionResult criterion, ReviewGuide guide)
    {
        json.WriteStartObject();
        json.WriteString("rule", criterion.Rule);
        json.WriteString("message", criterion.Message);
        json.WriteString("criterion", guide.Criteria.GetValueOrDefault(criterion.Rule));
        json.WriteEndObject();
    }

    private static void Expectation(Utf8JsonWriter json, string name, Framework.LevelExpectation? expectation)
    {
        if (expectation is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        json.WriteString("scope", expectation.Scope);
        json.WriteString("impact", expectation.Impact);
        json.WriteString("behaviours", expectation.Behaviours);
        json.WriteEndObject();
    }
}
