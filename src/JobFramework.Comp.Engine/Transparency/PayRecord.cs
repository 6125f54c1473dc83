using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Model;
using JobFramework.Comp.Releases;

namespace JobFramework.Comp.Transparency;

/// <summary>The sexes the Directive's figures compare; anyone recorded otherwise is counted in headcounts and quartiles but in no gap.</summary>
public static class Sexes
{
    public const string Female = "female";
    public const string Male = "male";
}

/// <summary>
/// One worker as the pay-gap figures see them: where they report (region, currency), their category of equal value,
/// their sex (the release's protected attribute), base pay, variable pay (the sum of the release's variable-pay
/// attributes) and the record the explaining factors read.
/// </summary>
public sealed record PayRecord(Employee Employee, string Category, string Sex, decimal Base, decimal Variable)
{
    public decimal Total => Base + Variable;

    public string Region => Employee.Region;

    /// <summary>
    /// The pay records of a roster under a release with transparency.json. Only the report reads the protected
    /// attribute — no decision rule can (the loader refuses one that does).
    /// </summary>
    public static IReadOnlyList<PayRecord> From(CompiledRelease release, IEnumerable<Employee> employees)
    {
        var settings = release.Transparency;
        var framework = release.Framework;
        var sex = framework.FindAttribute(settings.SexAttribute ?? "") ?? throw new InvalidOperationException($"Release {release.Id} declares no pay-transparency settings (transparency.json).");
        var variable = settings.VariablePay.Select(name => framework.FindAttribute(name)!).ToArray();
        var records = new List<PayRecord>();
        foreach (var employee in employees)
        {
            var category = settings.CategoryOf(employee.Family, employee.Level)!;
            decimal paid = 0m;
            foreach (var attribute in variable)
            {
                paid += employee.Attributes[attribute.Slot] is decimal amount ? amount : 0m;
            }

            string recorded = employee.Attributes[sex.Slot] as string ?? "";
            records.Add(new PayRecord(employee, category.Id, recorded, employee.BaseSalary, paid));
        }

        return records;
    }
}
