namespace JobFramework.Comp.People.Tests;

public class SnapshotReaderTests
{
    [Fact]
    public void The_sample_snapshot_is_read_whole_with_its_directory()
    {
        var read = SampleSnapshot.Read(SampleSnapshot.Csv);

        read.Accepted.ShouldBeTrue(string.Join("\n", read.Problems));
        read.People.Count.ShouldBe(20);
        var ana = read.People.Single(p => p.Id == "E1001");
        (ana.Name, ana.ManagerId, ana.Mentor, ana.Family, ana.Track, ana.Level, ana.Region).ShouldBe(("Ana Costa", "E1004", false, "engineering", "ic", 3, "us"));
        ana.Record.ShouldContain("\"baseSalary\":118000");
        read.People.Single(p => p.Id == "E1005").ManagerId.ShouldBeNull();
        read.People.Count(p => p.Mentor).ShouldBe(6);
    }

    [Fact]
    public void A_roster_without_the_name_column_is_refused_once_at_the_header()
    {
        var read = SampleSnapshot.Read(File.ReadAllText(Repository.Sample("roster.csv")));

        read.Accepted.ShouldBeFalse();
        read.ProblemCount.ShouldBe(1);
        read.Problems[0].Field.ShouldBe("header");
        read.Problems[0].Message.ShouldStartWith("Missing column(s): name.");
    }

    [Fact]
    public void Every_bad_row_is_named_by_line_and_field_and_nothing_is_accepted()
    {
        string text = SampleSnapshot.WithLine(3, line => line.Replace(",us,152000,", ",mars,152000,", StringComparison.Ordinal));
        text = text.Replace("E1003,Chloe Evans,E1004,false", "E1003,,E1004,perhaps", StringComparison.Ordinal);

        var read = SampleSnapshot.Read(text);

        read.Accepted.ShouldBeFalse();
        read.People.ShouldBeEmpty();
        read.Problems.Select(p => (p.Line, p.Id, p.Field)).ShouldBe([(3, "E1002", "region"), (4, "E1003", "name"), (4, "E1003", "mentor")]);
        read.Problems[0].Message.ShouldBe("Unknown region 'mars'. Known: us, uk, de, sg, in.");
        read.Problems[2].Message.ShouldBe("must be true or false (or yes/no), not 'perhaps'");
    }

    [Fact]
    public void Managers_must_be_people_of_the_snapshot_and_never_a_circle()
    {
        string text = SampleSnapshot.Csv
            .Replace("E1001,Ana Costa,E1004,", "E1001,Ana Costa,E9999,", StringComparison.Ordinal)
            .Replace("E1006,Farhan Iyer,E1004,", "E1006,Farhan Iyer,E1006,", StringComparison.Ordinal)
            .Replace("E1005,Erin Walsh,,", "E1005,Erin Walsh,E1004,", StringComparison.Ordinal);

        var read = SampleSnapshot.Read(text);

        read.Problems.Select(p => (p.Id, p.Field, p.Message)).ShouldBe([
            ("E1001", "managerId", "no one in the snapshot has id 'E9999'"),
            ("E1006", "managerId", "a person cannot be their own manager"),
            ("E1002", "managerId", "managers form a circle: E1002 → E1004 → E1005 → E1004"),
        ]);
    }

    [Fact]
    public void An_id_may_appear_once()
    {
        string text = SampleSnapshot.Csv.TrimEnd('\n') + "\nE1001,Ana Again,,false,engineering,ic,3,,us,118000,USD,4,18,3,0,1,0,programming:3,\n";

        var read = SampleSnapshot.Read(text);

        read.Problems.ShouldHaveSingleItem().ToString().ShouldBe("line 22 (E1001): id: 'E1001' appears twice (first on line 2)");
    }

    [Fact]
    public void Json_lines_carry_the_directory_fields_beside_the_employee_record()
    {
        const string text = """
            {"id":"E1","name":"Ana","mentor":true,"family":"engineering","track":"manager","level":5,"region":"de","baseSalary":121000}
            {"id":"E2","name":"Bo","managerId":"E1","family":"engineering","track":"ic","level":3,"region":"us","baseSalary":118000,"skills":{"programming":3}}
            """;

        var read = SampleSnapshot.Read(text, jsonLines: true);

        read.Accepted.ShouldBeTrue(string.Join("\n", read.Problems));
        read.People.Select(p => (p.Id, p.Name, p.ManagerId, p.Mentor)).ShouldBe([("E1", "Ana", null, true), ("E2", "Bo", "E1", false)]);
    }

    [Fact]
    public void Json_lines_with_wrong_types_name_the_field()
    {
        const string text = """
            {"id":"E1","name":7,"mentor":"maybe","family":"engineering","track":"ic","level":3,"region":"us","baseSalary":118000}
            [1,2]
            {"id":
            """;

        var read = SampleSnapshot.Read(text, jsonLines: true);

        read.Problems.Select(p => (p.Line, p.Field)).ShouldBe([(1, "name"), (1, "mentor"), (2, "$"), (3, "$")]);
        read.Problems[0].Message.ShouldBe("must be a string");
        read.Problems[1].Message.ShouldBe("must be true or false (or yes/no), not 'maybe'");
        read.Problems[2].Message.ShouldBe("each line must be a JSON object");
        read.Problems[3].Message.ShouldStartWith("not valid JSON: ");
    }

    [Fact]
    public void An_empty_snapshot_is_refused()
    {
        var read = SampleSnapshot.Read(SampleSnapshot.Csv.Split('\n')[0] + "\n");

        read.Problems.ShouldHaveSingleItem().Message.ShouldBe("the snapshot has no people");
    }
}
