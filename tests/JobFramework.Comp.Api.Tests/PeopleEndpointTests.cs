using System.Net;
using System.Text;
using System.Text.Json;
using JobFramework.Comp.Api.Auth;
using JobFramework.Comp.People.Snapshots;
using Microsoft.Extensions.DependencyInjection;

namespace JobFramework.Comp.Api.Tests;

public sealed class PeopleEndpointTests : IDisposable
{
    private readonly ApiHost _host = new();

    private static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");

    private IPeopleStore Store => _host.Services.GetRequiredService<IPeopleStore>();

    [Fact]
    public async Task Payroll_imports_a_snapshot_whole_and_the_pages_read_it()
    {
        using var response = await _host.As(Roles.Payroll).PostAsync("/api/people/snapshots?takenOn=2026-11-30", Csv(File.ReadAllText(Repository.Sample("people.csv"))));
        string text = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.Created, text);
        response.Headers.Location!.ToString().ShouldBe("/api/people/snapshots");
        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        (root.GetProperty("id").GetString(), root.GetProperty("takenOn").GetString(), root.GetProperty("release").GetString(), root.GetProperty("people").GetInt32(), root.GetProperty("importedBy").GetString())
            .ShouldBe(("2026-11-30", "2026-11-30", "2026-h1", 20, Roles.Payroll));
        var people = await Store.PeopleAsync("2026-11-30");
        people.Count.ShouldBe(20);
        people.Single(p => p.Id == "E1004").Name.ShouldBe("Dieter Braun");

        using var list = JsonDocument.Parse(await _host.As(Roles.CompAdmin).GetStringAsync("/api/people/snapshots"));
        list.RootElement.GetProperty("snapshots").EnumerateArray().Select(s => s.GetProperty("id").GetString()).ShouldBe(["2026-11-30"]);
    }

    [Fact]
    public async Task Json_lines_are_a_snapshot_too()
    {
        const string lines = """
            {"id":"P1","name":"Pat","mentor":true,"family":"data","track":"manager","level":4,"region":"de","baseSalary":112500}
            {"id":"P2","name":"Sam","managerId":"P1","family":"data","track":"ic","level":3,"region":"sg","baseSalary":98000}
            """;

        using var response = await _host.As(Roles.CompAdmin).PostAsync("/api/people/snapshots?takenOn=2026-11-30", new StringContent(lines, Encoding.UTF8, "application/x-ndjson"));

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        (await Store.PeopleAsync("2026-11-30")).Select(p => (p.Id, p.ManagerId, p.Mentor)).ShouldBe([("P1", null, true), ("P2", "P1", false)]);
    }

    [Fact]
    public async Task One_bad_row_refuses_the_snapshot_naming_every_problem_and_nothing_is_stored()
    {
        string snapshot = File.ReadAllText(Repository.Sample("people.csv"))
            .Replace("E1001,Ana Costa,E1004,", "E1001,Ana Costa,E0404,", StringComparison.Ordinal)
            .Replace(",us,146000,", ",mars,146000,", StringComparison.Ordinal);

        using var response = await _host.As(Roles.Payroll).PostAsync("/api/people/snapshots?takenOn=2026-11-30", Csv(snapshot));
        string text = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, text);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        using var json = JsonDocument.Parse(text);
        json.RootElement.GetProperty("errors").EnumerateObject().Select(e => (e.Name, e.Value[0].GetString())).ShouldBe([
            ("line 16: region", "E1015: Unknown region 'mars'. Known: us, uk, de, sg, in."),
            ("line 2: managerId", "E1001: no one in the snapshot has id 'E0404'"),
        ]);
        (await Store.ListAsync()).ShouldBeEmpty();
    }

    public void Dispose() => _host.Dispose();
}
