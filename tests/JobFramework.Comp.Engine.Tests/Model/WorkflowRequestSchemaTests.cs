using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Model;
using JobFramework.Comp.Releases;
using NJsonSchema;

namespace JobFramework.Comp.Engine.Tests.Model;

/// <summary>The generated schema of a workflow request (the sample 2027-h2 merit workflow) accepts what the workflow reads and refuses what it refuses.</summary>
public sealed class WorkflowRequestSchemaTests
{
    private static readonly CompiledRelease Release = ReleaseCatalog.Load(Repository.Rules).Releases.Single(r => r.Id == "2027-h2");

    private const string Employee = """{"id":"M1","family":"engineering","track":"ic","level":3,"region":"us","baseSalary":118750,"rating":4,"hireDate":"2020-02-01"}""";

    private static async Task<JsonSchema> Schema() =>
        await JsonSchema.FromJsonAsync(EmployeeSchema.GenerateWorkflowRequest(Release.Framework, Release.Id, Release.FindWorkflow("merit")!));

    private static EvaluationResult<AttributeValues> Read(string inputs)
    {
        using var document = System.Text.Json.JsonDocument.Parse(inputs);
        return WorkflowArguments.FromJson(Release.FindWorkflow("merit")!, document.RootElement);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"prorationPct": 50}""")]
    [InlineData("""{"prorationPct": 0}""")]
    public async Task Inputs_the_workflow_reads_the_schema_accepts(string inputs)
    {
        Read(inputs).Errors.ShouldBeEmpty();

        (await Schema()).Validate($$"""{"employee": {{Employee}}, "asOf": "2027-09-01", "inputs": {{inputs}}}""").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("""{"prorationPct": 150}""", "prorationPct")]
    [InlineData("""{"prorationPct": "half"}""", "prorationPct")]
    [InlineData("""{"bonusPct": 5}""", "bonusPct")]
    public async Task Inputs_the_workflow_refuses_the_schema_refuses_at_the_same_name(string inputs, string name)
    {
        Read(inputs).Errors.ShouldHaveSingleItem().Field.ShouldBe("inputs." + name);

        var errors = (await Schema()).Validate($$"""{"employee": {{Employee}}, "inputs": {{inputs}}}""");

        errors.ShouldNotBeEmpty();
        errors.ShouldContain(e => (e.Path ?? "").Contains(name, StringComparison.Ordinal) || (e.Property ?? "") == name);
    }

    [Fact]
    public async Task The_employee_part_is_the_release_s_employee_schema()
    {
        var errors = (await Schema()).Validate("""{"employee": {"id":"M1","family":"engineering","track":"ic","level":3,"region":"us","baseSalary":118750,"sex":"unknown"}}""");

        errors.ShouldContain(e => (e.Path ?? "").Contains("sex", StringComparison.Ordinal));
    }
}
