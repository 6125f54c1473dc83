using FsCheck;
using FsCheck.Fluent;
using JobFramework.Comp.Evaluation;

namespace JobFramework.Comp.Engine.Tests.Evaluation;

/// <summary>
/// The employee text check takes a shortcut for plain printable ASCII; for any text, as an id and as a list item, it
/// must report exactly what <see cref="EmployeeFields.IdentifierProblem"/> finds.
/// </summary>
public class IdentifierCheckTests
{
    private static readonly char[] Alphabet = ['a', 'Z', '0', '-', '_', '~', '!', ' ', '\t', '\u0000', '\u001F', '\u007F', '\u0085', '\u00A0', '\u00E9', '\uD800', '\uDC00', '\uFFFD'];

    [Fact]
    public void Every_text_is_judged_as_IdentifierProblem_judges_it()
    {
        var texts = Gen.Elements(Alphabet).ArrayOf().Select(chars => new string(chars))
            .Where(text => text.Length <= EmployeeFields.MaxIdentifierLength + 2)
            .ToArbitrary();
        Prop.ForAll(texts, text =>
        {
            var errors = new List<InputError>();
            var employee = new Employee
            {
                Id = "E1", Family = text, Track = "ic", Level = 3, Region = "us", BaseSalary = 1m,
                Skills = [new(text, 1)],
            };
            EmployeeFields.CheckText(employee, errors);
            bool expected = EmployeeFields.IdentifierProblem("family", text) is not null;
            return errors.Any(e => e.Field == "family") == expected && errors.Any(e => e.Field == "skills[0]") == expected;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(5000));
    }

    [Theory]
    [InlineData("data-science")]
    [InlineData("sk093")]
    [InlineData("a~!Z_0")]
    public void Plain_ascii_ids_pass(string id)
    {
        var errors = new List<InputError>();
        EmployeeFields.CheckText(new Employee { Id = id, Family = id, Track = id, Level = 1, Region = id, BaseSalary = 1m, Skills = [new(id, 1)] }, errors);

        errors.ShouldBeEmpty();
    }
}
