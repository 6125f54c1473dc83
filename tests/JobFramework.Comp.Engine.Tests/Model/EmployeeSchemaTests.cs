using JobFramework.Comp.Engine.Tests.Support;
using JobFramework.Comp.Model;
using NJsonSchema;

namespace JobFramework.Comp.Engine.Tests.Model;

/// <summary>The generated employee schema accepts what the release reads and refuses what it refuses — declared attributes included.</summary>
public sealed class EmployeeSchemaTests : IDisposable
{
    private readonly TempRelease _copy = new();

    public EmployeeSchemaTests() => _copy.Replace("framework.json", "\"company\": \"Northwind Holdings\",",
        "\"company\": \"Northwind Holdings\",\n  \"attributes\": [ { \"name\": \"step\", \"type\": \"integer\", \"required\": true, \"min\": 1, \"max\": 10 }, { \"name\": \"unionCode\", \"type\": \"string\", \"values\": [\"none\", \"unite\"], \"default\": \"none\" }, { \"name\": \"hireDate\", \"type\": \"date\", \"default\": \"2020-01-01\" } ],");

    public void Dispose() => _copy.Dispose();

    private async Task<JsonSchema> Schema()
    {
        var release = _copy.Load().Release.ShouldNotBeNull();
        return await JsonSchema.FromJsonAsync(EmployeeSchema.Generate(release.Framework, release.Id));
    }

    [Theory]
    [InlineData("""{"id":"E1","family":"data","track":"ic","level":3,"region":"us","baseSalary":98000,"step":3}""")]
    [InlineData("""{"id":"E1","family":"data","track":"ic","level":3,"region":"us","baseSalary":98000,"step":3,"unionCode":"unite","hireDate":"2019-04-15","skills":["sql:3","tableau"]}""")]
    [InlineData("""{"id":"E1","family":"data","track":"ic","level":3,"region":"us","baseSalary":98000,"step":3,"skills":{"sql":3}}""")]
    public async Task What_the_release_reads_the_schema_accepts(string employee)
    {
        var framework = _copy.Load().Release!.Framework;
        Comp.Evaluation.EmployeeReader.Read(System.Text.Encoding.UTF8.GetBytes(employee), framework).Errors.ShouldBeEmpty();

        (await Schema()).Validate(employee).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("""{"id":"E1","family":"data","track":"ic","level":3,"region":"us","baseSalary":98000}""", "step")]
    [InlineData("""{"id":"E1","family":"data","track":"ic","level":3,"region":"us","baseSalary":98000,"step":11}""", "step")]
    [InlineData("""{"id":"E1","family":"data","track":"ic","level":3,"region":"us","baseSalary":98000,"step":3,"unionCode":"ig-metall"}""", "unionCode")]
    [InlineData("""{"id":"E1","family":"data","track":"ic","level":3,"region":"gb","baseSalary":98000,"step":3}""", "region")]
    [InlineData("""{"id":"E1","family":"data","track":"ic","level":3,"region":"us","baseSalary":98000,"step":3,"grade":"A"}""", "grade")]
    [InlineData("""{"id":"E1","family":"data","track":"ic","level":3,"region":"us","baseSalary":98000,"step":3,"skills":["sqll:3"]}""", "skills")]
    public async Task What_the_release_refuses_the_schema_refuses_at_the_same_field(string employee, string field)
    {
        var framework = _copy.Load().Release!.Framework;
        var read = Comp.Evaluation.EmployeeReader.Read(System.Text.Encoding.UTF8.GetBytes(employee), framework);
        bool refusedByRelease = !read.Succeeded || Comp.Evaluation.EmployeeValidator.Validate(framework, read.Value!).Count > 0;
        refusedByRelease.ShouldBeTrue();

        var errors = (await Schema()).Validate(employee);

        errors.ShouldNotBeEmpty();
        string.Join(" ", errors.Select(e => e.Path + " " + e.Property + " " + e)).ShouldContain(field);
    }
}
