using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Framework;
using JobFramework.Comp.Json;
using JobFramework.Comp.Monetary;

namespace JobFramework.Comp.Evaluation;

/// <summary>
/// Checks an employee against a release's framework: family, track, level on that track, region, focus
/// area, skills and proficiencies, currency. Every problem names its field.
/// </summary>
public static class EmployeeValidator
{
    public static IReadOnlyList<InputError> Validate(JobFrameworkModel framework, Employee employee)
    {
        var errors = new List<InputError>();
        if (framework.FindFamily(employee.Family) is null)
        {
            errors.Add(new InputError("family", Messages.UnknownValue("family", employee.Family, ObjectReader.Suggest(employee.Family, framework.Families.Select(f => f.Id)))));
        }

        var track = framework.FindTrack(employee.Track);
        if (track is null)
        {
            errors.Add(new InputError("track", Messages.UnknownValue("track", employee.Track, ObjectReader.Suggest(employee.Track, framework.Tracks.Select(t => t.Id)))));
        }
        else if (track.FindLevel(employee.Level) is null)
        {
            errors.Add(new InputError("level", Messages.LevelNotInTrack(employee.Level, track.Id)));
        }

        var region = framework.FindRegion(employee.Region);
        if (region is null)
        {
            errors.Add(new InputError("region", Messages.UnknownValue("region", employee.Region, ObjectReader.Suggest(employee.Region, framework.Regions.Select(r => r.Id)))));
        }

        if (employee.Currency is not null && !Currency.TryParse(employee.Currency, out _))
        {
            errors.Add(new InputError("currency", Messages.UnknownCurrency(employee.Currency)));
        }

        if (employee.Focus.Length > 0 && !framework.HasFocusArea(employee.Family, employee.Level, employee.Focus))
        {
            errors.Add(new InputError("focus", Messages.FocusNotAtLevel(employee.Focus, employee.Family, employee.Level)));
        }

        for (int i = 0; i < employee.Skills.Length; i++)
        {
            var holding = employee.Skills[i];
            string field = "skills[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
            if (framework.FindSkill(holding.Skill) is null)
            {
                errors.Add(new InputError(field, Messages.UnknownSkill(holding.Skill, ObjectReader.Suggest(holding.Skill, framework.Skills.Select(s => s.Id)))));
            }
            else if (holding.Proficiency < framework.Scale.Min || holding.Proficiency > framework.Scale.Max)
            {
                errors.Add(new InputError(field, Messages.ProficiencyOutOfScale(holding.Proficiency, framework.Scale.Min, framework.Scale.Max)));
            }
        }

        return errors;
    }
}
