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
        Prepare(framework, employee, out var errors);
        return errors;
    }

    private static void CheckPrecision(string field, decimal amount, Currency currency, List<InputError> errors)
    {
        // The scale test settles nearly every amount without rounding (this runs once per employee placed).
        if (amount.Scale > currency.MinorUnits && decimal.Round(amount, currency.MinorUnits, MidpointRounding.ToZero) != amount)
        {
            errors.Add(new InputError(field, Messages.AmountTooPrecise(field, amount, currency.Code, currency.MinorUnits)));
        }
    }

    /// <summary>
    /// Validates the employee and, when valid, returns it with its ids replaced by the release's own
    /// instances of the same text (the same object when they already are). Lookups on the evaluation path
    /// then match ids by reference. Returns null, with the errors, when the employee is not valid.
    /// </summary>
    public static Employee? Prepare(JobFrameworkModel framework, Employee employee, out IReadOnlyList<InputError> errors)
    {
        var found = new List<InputError>();
        errors = found;
        var family = framework.FindFamily(employee.Family);
        if (family is null)
        {
            found.Add(new InputError("family", Messages.UnknownValue("family", employee.Family, ObjectReader.Suggest(employee.Family, framework.Families.Select(f => f.Id)), [.. framework.Families.Select(f => f.Id)])));
        }

        var track = framework.FindTrack(employee.Track);
        if (track is null)
        {
            found.Add(new InputError("track", Messages.UnknownValue("track", employee.Track, ObjectReader.Suggest(employee.Track, framework.Tracks.Select(t => t.Id)), [.. framework.Tracks.Select(t => t.Id)])));
        }
        else if (track.FindLevel(employee.Level) is null)
        {
            found.Add(new InputError("level", Messages.LevelNotInTrack(employee.Level, track.Id, [.. track.Levels.Select(l => l.Number)])));
        }

        var region = framework.FindRegion(employee.Region);
        if (region is null)
        {
            found.Add(new InputError("region", Messages.UnknownValue("region", employee.Region, ObjectReader.Suggest(employee.Region, framework.Regions.Select(r => r.Id)), [.. framework.Regions.Select(r => r.Id)])));
        }

        Currency? currency = null;
        if (employee.Currency is not null && !Currency.TryParse(employee.Currency, out currency))
        {
            found.Add(new InputError("currency", Messages.UnknownCurrency(employee.Currency)));
        }

        // A salary stated in another currency than the region pays would be compared with the wrong band.
        if (currency is { } stated && region is not null && stated.Code != region.Currency.Code)
        {
            found.Add(new InputError("currency", Messages.SalaryCurrency(stated.Code, region.Currency.Code)));
        }

        // Amounts finer than the currency pays (a salary of 0.0000001 USD) are data errors, not pay.
        if ((currency ?? region?.Currency) is { } paidIn)
        {
            CheckPrecision("baseSalary", employee.BaseSalary, paidIn, found);
            CheckPrecision("budget", employee.Budget, paidIn, found);
        }

        var focus = employee.Focus.Length == 0 ? null : framework.FindFocusArea(employee.Family, employee.Level, employee.Focus);
        if (employee.Focus.Length > 0 && focus is null)
        {
            found.Add(new InputError("focus", Messages.FocusNotAtLevel(employee.Focus, employee.Family, employee.Level)));
        }

        var skills = employee.Skills;
        for (int i = 0; i < employee.Skills.Length; i++)
        {
            var holding = employee.Skills[i];
            var skill = framework.FindSkill(holding.Skill);
            if (skill is null)
            {
                found.Add(new InputError(EmployeeFields.ItemField("skills", i), Messages.UnknownSkill(holding.Skill, ObjectReader.Suggest(holding.Skill, framework.Skills.Select(s => s.Id)))));
            }
            else if (holding.Proficiency < framework.Scale.Min || holding.Proficiency > framework.Scale.Max)
            {
                found.Add(new InputError(EmployeeFields.ItemField("skills", i), Messages.ProficiencyOutOfScale(holding.Proficiency, framework.Scale.Min, framework.Scale.Max)));
            }
            else if (!ReferenceEquals(skill.Id, holding.Skill))
            {
                if (ReferenceEquals(skills, employee.Skills))
                {
                    skills = [.. employee.Skills];
                }

                skills[i] = holding with { Skill = skill.Id };
            }
        }

        if (found.Count > 0)
        {
            return null;
        }

        bool canonical = ReferenceEquals(family!.Id, employee.Family) && ReferenceEquals(track!.Id, employee.Track)
            && ReferenceEquals(region!.Id, employee.Region) && (focus is null || ReferenceEquals(focus.Id, employee.Focus))
            && ReferenceEquals(skills, employee.Skills);
        return canonical ? employee : employee with
        {
            Family = family.Id,
            Track = track!.Id,
            Region = region!.Id,
            Focus = focus?.Id ?? employee.Focus,
            Skills = skills,
        };
    }
}
