using JobFramework.Comp.Audit;
using JobFramework.Comp.Audit.Sqlite;

namespace JobFramework.Comp.Cli.Tests;

/// <summary>
/// The CLI's roster readers (CSV and JSON Lines) take the same mistakes as the HTTP endpoints: each bad row
/// goes to the errors file naming its line and field, the good rows around it are placed and recorded with
/// <c>--audit</c>, and the run never throws.
/// </summary>
public sealed class RosterBadRowTests : IDisposable
{
    private const string Header = "id,family,track,level,region,baseSalary,currency,skills,certifications";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    // (mistake, CSV row, JSON Lines row, field named)
    public static TheoryData<string, string, string, string> Mistakes() => new()
    {
        { "id of only spaces", "\"   \",data,ic,3,sg,98000,,,", """{"id":"   ","family":"data","track":"ic","level":3,"region":"sg","baseSalary":98000}""", "id" },
        { "NUL in the id", "E\u00001,data,ic,3,sg,98000,,,", """{"id":"E\u00001","family":"data","track":"ic","level":3,"region":"sg","baseSalary":98000}""", "id" },
        { "a control character in the family", "E1,da\u0001ta,ic,3,sg,98000,,,", """{"id":"E1","family":"da\u0001ta","track":"ic","level":3,"region":"sg","baseSalary":98000}""", "family" },
        { "an id of 200 characters", new string('x', 200) + ",data,ic,3,sg,98000,,,", $$"""{"id":"{{new string('x', 200)}}","family":"data","track":"ic","level":3,"region":"sg","baseSalary":98000}""", "id" },
        { "3,000 certifications", "E1,data,ic,3,sg,98000,,," + string.Join(';', Enumerable.Range(0, 3000).Select(i => "c" + i)), """{"id":"E1","family":"data","track":"ic","level":3,"region":"sg","baseSalary":98000,"certifications":[""" + string.Join(",", Enumerable.Range(0, 3000).Select(i => $"\"c{i}\"")) + "]}", "certifications" },
        { "101 skills", "E1,data,ic,3,sg,98000,," + string.Join(';', Enumerable.Repeat("sql:3", 101)) + ",", """{"id":"E1","family":"data","track":"ic","level":3,"region":"sg","baseSalary":98000,"skills":[""" + string.Join(",", Enumerable.Repeat("\"sql:3\"", 101)) + "]}", "skills" },
        { "a salary finer than a cent", "E1,data,ic,3,sg,98000.001,,,", """{"id":"E1","family":"data","track":"ic","level":3,"region":"sg","baseSalary":98000.001}""", "baseSalary" },
        { "a salary of 1e-7", "E1,data,ic,3,sg,0.0000001,,,", """{"id":"E1","family":"data","track":"ic","level":3,"region":"sg","baseSalary":1e-7}""", "baseSalary" },
        { "a negative salary", "E1,data,ic,3,sg,-5,,,", """{"id":"E1","family":"data","track":"ic","level":3,"region":"sg","baseSalary":-5}""", "baseSalary" },
        { "an absurd salary", "E1,data,ic,3,sg,5000000000,,,", """{"id":"E1","family":"data","track":"ic","level":3,"region":"sg","baseSalary":5e9}""", "baseSalary" },
        { "a salary with a thousands separator", "E1,data,ic,3,sg,\"98,000\",,,", """{"id":"E1","family":"data","track":"ic","level":3,"region":"sg","baseSalary":"98,000"}""", "baseSalary" },
        { "a level as text", "E1,data,ic,three,sg,98000,,,", """{"id":"E1","family":"data","track":"ic","level":"three","region":"sg","baseSalary":98000}""", "level" },
        { "an unknown region", "E1,data,ic,3,gb,98000,,,", """{"id":"E1","family":"data","track":"ic","level":3,"region":"gb","baseSalary":98000}""", "region" },
        { "another currency than the region's", "E1,data,ic,3,sg,98000,USD,,", """{"id":"E1","family":"data","track":"ic","level":3,"region":"sg","baseSalary":98000,"currency":"USD"}""", "currency" },
        { "an unknown skill", "E1,data,ic,3,sg,98000,,sqll:3,", """{"id":"E1","family":"data","track":"ic","level":3,"region":"sg","baseSalary":98000,"skills":["sqll:3"]}""", "skills[0]" },
        { "a missing required field", "E1,data,ic,3,,98000,,,", """{"id":"E1","family":"data","track":"ic","level":3,"baseSalary":98000}""", "region" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task A_bad_csv_row_goes_to_the_errors_file_and_the_good_rows_are_recorded(string mistake, string csvRow, string jsonRow, string field)
    {
        _ = jsonRow;
        string roster = _folder.File("roster.csv");
        File.WriteAllLines(roster, [Header, "G1,data,ic,3,sg,98000,,,", csvRow, "G2,data,ic,3,sg,99000,,,"]);

        await AssertOneRowRejected(roster, mistake, field);
    }

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task A_bad_json_lines_row_goes_to_the_errors_file_and_the_good_rows_are_recorded(string mistake, string csvRow, string jsonRow, string field)
    {
        _ = csvRow;
        string roster = _folder.File("roster.jsonl");
        File.WriteAllLines(roster, [
            """{"id":"G1","family":"data","track":"ic","level":3,"region":"sg","baseSalary":98000}""",
            jsonRow,
            """{"id":"G2","family":"data","track":"ic","level":3,"region":"sg","baseSalary":99000}""",
        ]);

        await AssertOneRowRejected(roster, mistake, field, line: 2);
    }

    [Fact]
    public async Task A_json_lines_row_that_is_not_utf8_is_that_rows_error()
    {
        string roster = _folder.File("roster.jsonl");
        File.WriteAllBytes(roster, [
            .. "{\"id\":\"G1\",\"family\":\"data\",\"track\":\"ic\",\"level\":3,\"region\":\"sg\",\"baseSalary\":98000}\n{\"id\":\"B"u8,
            0xff,
            .. "\",\"family\":\"data\",\"track\":\"ic\",\"level\":3,\"region\":\"sg\",\"baseSalary\":98000}\n{\"id\":\"G2\",\"family\":\"data\",\"track\":\"ic\",\"level\":3,\"region\":\"sg\",\"baseSalary\":99000}\n"u8,
        ]);

        await AssertOneRowRejected(roster, "invalid UTF-8", "id", line: 2);
    }

    private async Task AssertOneRowRejected(string roster, string mistake, string field, int line = 3)
    {
        string output = _folder.File("out.csv");
        string store = _folder.File("audit.db");

        var (code, stdout, error) = CliRunner.Run("place", "--roster", roster, "--out", output, "--rules", Repository.Rules, "--as-of", "2026-06-01", "--audit", store);

        code.ShouldBe(ExitCodes.Problems, mistake + ": " + error);
        stdout.ShouldContain("placed 2 employee(s)", Case.Sensitive, mistake);
        stdout.ShouldContain("1 row(s) rejected", Case.Sensitive, mistake);
        stdout.ShouldContain("audit: 2 decision(s) recorded", Case.Sensitive, mistake);
        var rejected = File.ReadAllLines(output + ".errors.csv").Skip(1).ToList();
        rejected.ShouldNotBeEmpty(mistake);
        rejected.ShouldAllBe(r => r.StartsWith(line + ",", StringComparison.Ordinal), mistake);
        rejected.ShouldContain(r => r.Contains("," + field + ",", StringComparison.Ordinal), mistake);
        File.ReadAllLines(output).Length.ShouldBe(3, mistake);
        await using var log = SqliteDecisionLog.Open(store);
        (await ChainVerifier.VerifyAsync(log.Chains)).RecordsChecked.ShouldBe(2, mistake);
    }
}
