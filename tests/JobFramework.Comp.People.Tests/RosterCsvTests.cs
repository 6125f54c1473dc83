using JobFramework.Comp.People.Roster;

namespace JobFramework.Comp.People.Tests;

/// <summary>
/// The CSV half of the roster reader (Sep underneath): quotes, CRLF, blank lines, a byte-order mark, line numbers and
/// the problems named as before the parser changed.
/// </summary>
public class RosterCsvTests
{
    private static List<RosterRow> Read(string csv, Action<string>? header = null) =>
        [.. RosterReader.ReadCsv(new StringReader(csv), SampleSnapshot.Evaluator.Release.Framework, header ?? (p => throw new InvalidOperationException(p)))];

    [Fact]
    public void Quoted_fields_crlf_blank_lines_and_a_byte_order_mark_are_read_with_their_line_numbers()
    {
        var rows = Read("\uFEFFid,family,track,level,region,baseSalary,skills\r\n"
            + "E1,\"data\",ic,3,sg,98000,\"sql:3; statistics\"\r\n"
            + "\r\n"
            + "E2, data ,ic,3,sg,\"98,000\",\r\n");

        rows.Select(r => (r.Line, r.Id)).ShouldBe([(2L, "E1"), (4L, "E2")]);
        var first = rows[0].Employee!;
        (first.Family, first.BaseSalary).ShouldBe(("data", 98000m));
        first.Skills.ShouldBe([new("sql", 3), new("statistics", 1)]);
        rows[1].Employee.ShouldBeNull();
        rows[1].Errors.ShouldHaveSingleItem().Field.ShouldBe("baseSalary");
    }

    [Fact]
    public void Ids_the_release_knows_are_read_as_its_own_instances_and_others_as_written()
    {
        var framework = SampleSnapshot.Evaluator.Release.Framework;
        var known = Read("id,family,track,level,region,baseSalary,skills\nE1,data,ic,3,sg,98000,sql:3\n").ShouldHaveSingleItem().Employee!;
        var unknown = Read("id,family,track,level,region,baseSalary,skills\nE2,dataa,ic,3,sg,98000,sqll:3\n").ShouldHaveSingleItem().Employee!;

        // The release's instances: validation then finds the employee already in its terms and does not copy it.
        ReferenceEquals(known.Family, framework.FindFamily("data")!.Id).ShouldBeTrue();
        ReferenceEquals(known.Region, framework.FindRegion("sg")!.Id).ShouldBeTrue();
        ReferenceEquals(known.Skills[0].Skill, framework.FindSkill("sql")!.Id).ShouldBeTrue();
        SampleSnapshot.Evaluator.Prepare(known).Value.ShouldBeSameAs(known);
        (unknown.Family, unknown.Skills[0].Skill).ShouldBe(("dataa", "sqll"));
        SampleSnapshot.Evaluator.Prepare(unknown).Errors.Select(e => e.Field).ShouldBe(["family", "skills[0]"]);
    }

    [Fact]
    public void Blank_skill_items_are_skipped()
    {
        var employee = Read("id,family,track,level,region,baseSalary,skills\nE1,data,ic,3,sg,98000,;sql:3;; statistics ;\n").ShouldHaveSingleItem().Employee!;

        employee.Skills.ShouldBe([new("sql", 3), new("statistics", 1)]);
    }

    [Fact]
    public void A_row_of_the_wrong_width_names_the_thousands_separator_that_split_it()
    {
        var row = Read("id,family,track,level,region,baseSalary\nE1,data,ic,3,sg,98,000\n").ShouldHaveSingleItem();

        row.Errors.ShouldHaveSingleItem().Message.ShouldBe("Row has 7 fields; the header has 6. A number written with a thousands separator (118,000) splits into two fields: write 118000.");
    }

    // Plain digits take a shortcut past decimal.TryParse: the amount, its scale and the errors must be what the general path gives.
    [Theory]
    [InlineData("98000", "98000")]
    [InlineData("0098000", "98000")]
    [InlineData("+98000", "98000")]
    [InlineData("98000.50", "98000.50")]
    [InlineData("98000.", "98000")]
    [InlineData("1000000000", "1000000000")]
    [InlineData("1", "1")]
    public void A_salary_is_read_exactly_as_written(string written, string expected)
    {
        var employee = Read($"id,family,track,level,region,baseSalary\nE1,data,ic,3,sg,{written}\n").ShouldHaveSingleItem().Employee!;

        employee.BaseSalary.ToString(System.Globalization.CultureInfo.InvariantCulture).ShouldBe(expected);
    }

    [Theory]
    [InlineData("0", "'baseSalary' 0 is not plausible: it must be more than 0 and at most 1,000,000,000.")]
    [InlineData("1000000001", "'baseSalary' 1000000001 is not plausible: it must be more than 0 and at most 1,000,000,000.")]
    [InlineData("999999999999999", "'baseSalary' 999999999999999 is not plausible: it must be more than 0 and at most 1,000,000,000.")]
    [InlineData("9999999999999999", "'baseSalary' 9999999999999999 is not plausible: it must be more than 0 and at most 1,000,000,000.")]
    [InlineData("-5", "'baseSalary' -5 is not plausible: it must be more than 0 and at most 1,000,000,000.")]
    public void An_absurd_salary_is_refused_by_either_reading(string written, string message)
    {
        var row = Read($"id,family,track,level,region,baseSalary\nE1,data,ic,3,sg,{written}\n").ShouldHaveSingleItem();

        row.Employee.ShouldBeNull();
        var error = row.Errors.ShouldHaveSingleItem();
        (error.Field, error.Message).ShouldBe(("baseSalary", message));
    }

    [Fact]
    public void A_skill_with_a_proficiency_off_the_scale_is_named_by_its_place()
    {
        var row = Read("id,family,track,level,region,baseSalary,skills\nE1,data,ic,3,sg,98000,sql:3;;python:x\n").ShouldHaveSingleItem();

        row.Errors.ShouldHaveSingleItem().Field.ShouldBe("skills[1]");
    }

    [Fact]
    public void An_empty_roster_and_an_unknown_column_are_header_problems()
    {
        string? problem = null;
        Read("", p => problem = p).ShouldBeEmpty();
        problem.ShouldBe("The roster is empty: expected a header line.");

        Read("id,family,track,level,region,baseSalary,grade\n", p => problem = p).ShouldBeEmpty();
        problem.ShouldStartWith("Unknown column(s): grade. Expected: id, family, track, level, region, baseSalary, focus,");
    }
}
