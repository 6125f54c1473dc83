namespace JobFramework.Comp.Api.Tests;

/// <summary>Request bodies built from the sample employees.</summary>
internal static class Requests
{
    public static string Employee(string name) => File.ReadAllText(Repository.Sample(name));

    public static string Eligibility(string employeeJson, string asOf = "2026-03-01") => $$"""{"employee": {{employeeJson}}, "asOf": "{{asOf}}"}""";

    public const string Analyst = """{"id":"E1007","family":"data","track":"ic","level":3,"region":"sg","baseSalary":98000,"rating":4,"monthsInLevel":16,"scope":3,"skills":["sql:3","tableau:1","statistics:2"]}""";
}
