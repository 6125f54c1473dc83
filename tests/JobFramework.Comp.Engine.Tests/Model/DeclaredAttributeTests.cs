using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Engine.Tests.Support;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Model;

namespace JobFramework.Comp.Engine.Tests.Model;

/// <summary>
/// Attributes a release declares: read from employee JSON with every mistake naming the attribute, typed
/// members in rules (read from their slot), checked at load — protected ones and optional ones without a
/// default may not be read, names may not shadow built-in fields.
/// </summary>
public sealed class DeclaredAttributeTests : IDisposable
{
    private const string Attributes = """
        "attributes": [
            { "name": "step", "type": "integer", "required": true, "min": 1, "max": 10, "description": "Pay step within the grade." },
            { "name": "hireDate", "type": "date", "default": "2020-01-01" },
            { "name": "unionCode", "type": "string", "values": ["none", "ver-di", "unite"], "default": "none" },
            { "name": "allowance", "type": "money", "default": 0 },
            { "name": "remote", "type": "boolean", "default": false },
            { "name": "languages", "type": "list of strings", "default": [] },
            { "name": "calibration", "type": "number", "min": 0, "max": 5 },
            { "name": "sex", "type": "string", "values": ["f", "m", "x"], "dataClass": "protected" }
          ],
        """;

    private const string Analyst = """{"id":"D1","family":"data","track":"ic","level":3,"region":"us","baseSalary":98000,"rating":4,"monthsInLevel":16,"scope":3""";

    private readonly TempRelease _copy = new();

    public DeclaredAttributeTests() => _copy.Replace("framework.json", "\"company\": \"Northwind Holdings\",", "\"company\": \"Northwind Holdings\",\n  " + Attributes);

    public void Dispose() => _copy.Dispose();

    private Comp.Releases.CompiledRelease Load()
    {
        var result = _copy.Load();
        result.Errors.ShouldBeEmpty();
        return result.Release!;
    }

    private void AddRule(string expression) =>
        _copy.Replace("workflows/level-up.json", "\"RuleName\": \"PerformanceRating\",",
            "\"RuleName\": \"Declared\", \"Expression\": \"" + expression.Replace("\"", "\\\"", StringComparison.Ordinal) + "\", \"ErrorMessage\": \"not yet\", \"SuccessEvent\": \"yes\" },\n    {\n      \"RuleName\": \"PerformanceRating\",");

    [Fact]
    public void Declared_attributes_are_read_typed_with_defaults_filled_in()
    {
        var framework = Load().Framework;

        var read = EmployeeReader.Read(System.Text.Encoding.UTF8.GetBytes(Analyst + ",\"step\":3,\"hireDate\":\"2019-04-15\",\"languages\":[\"de\",\"en\"],\"sex\":\"f\"}"), framework);

        read.Errors.ShouldBeEmpty();
        var values = read.Value!.Attributes;
        (values[0], values[1], values[2], values[3], values[4]).ShouldBe((3L, 20190415L, "none", 0m, false));
        values[5].ShouldBe(new[] { "de", "en" });
        values[6].ShouldBeNull();
        values[7].ShouldBe("f");
    }

    [Theory]
    [InlineData(",\"step\":0", "step", "'step' is 0; it must be between 1 and 10.")]
    [InlineData(",\"step\":\"3\"", "step", "'step' must be a whole number.")]
    [InlineData(",\"step\":3,\"unionCode\":\"ig-metall\"", "unionCode", "'unionCode' is 'ig-metall'; it must be one of: none, ver-di, unite.")]
    [InlineData(",\"step\":3,\"hireDate\":\"15/04/2019\"", "hireDate", "'hireDate' must be a date YYYY-MM-DD. ('15/04/2019' is not)")]
    [InlineData(",\"step\":3,\"calibration\":7.5", "calibration", "'calibration' is 7.5; it must be between 0 and 5.")]
    [InlineData(",\"step\":3,\"stepp\":3", "stepp", "Unknown property 'stepp'. Did you mean 'step'?")]
    [InlineData("", "step", "'step' is required.")]
    public void A_bad_attribute_value_is_an_error_naming_the_attribute(string fields, string field, string message)
    {
        var read = EmployeeReader.Read(System.Text.Encoding.UTF8.GetBytes(Analyst + fields + "}"), Load().Framework);

        read.Succeeded.ShouldBeFalse();
        read.Errors.ShouldContain(new InputError(field, message));
    }

    [Fact]
    public void Rules_read_declared_attributes_from_their_slots()
    {
        AddRule("employee.step >= 3 AND employee.hireDate < 20200101 AND employee.unionCode == \"none\" AND NOT employee.remote AND employee.baseSalary + employee.allowance >= employee.baseSalary");
        var evaluator = new Evaluator(Load());

        Outcome(evaluator, ",\"step\":3,\"hireDate\":\"2019-04-15\"}").ShouldBe(RuleOutcome.Met);
        Outcome(evaluator, ",\"step\":2,\"hireDate\":\"2019-04-15\"}").ShouldBe(RuleOutcome.Unmet);
        Outcome(evaluator, ",\"step\":3,\"hireDate\":\"2021-04-15\"}").ShouldBe(RuleOutcome.Unmet);
        Outcome(evaluator, ",\"step\":3,\"remote\":true}").ShouldBe(RuleOutcome.Unmet);
    }

    [Fact]
    public void A_rule_reading_a_protected_attribute_is_a_load_error_at_the_expression()
    {
        AddRule("employee.sex == \"f\"");

        var error = _copy.Load().Errors.ShouldHaveSingleItem();

        error.Message.ShouldBe(Messages.ProtectedAttribute("sex"));
        error.Location.File.ShouldEndWith("workflows/level-up.json");
        error.Location.Line.ShouldBe(_copy.LineOf("workflows/level-up.json", "employee.sex"));
    }

    [Fact]
    public void A_rule_reading_an_optional_attribute_without_a_default_is_a_load_error()
    {
        AddRule("employee.calibration >= 3");

        _copy.Load().Errors.ShouldHaveSingleItem().Message.ShouldBe(Messages.OptionalAttributeRead("calibration"));
    }

    [Theory]
    [InlineData("{ \"name\": \"rating\", \"type\": \"integer\" }", "Attribute 'rating' has the name of a built-in employee field; choose another name.")]
    [InlineData("{ \"name\": \"grade\", \"type\": \"int\" }", "Unknown attribute type 'int'; use one of: integer, number, money, string, boolean, date, list of strings.")]
    [InlineData("{ \"name\": \"grade\", \"type\": \"integer\", \"required\": true, \"default\": 1 }", "Attribute 'grade' is required and has a default; a default is for optional attributes.")]
    [InlineData("{ \"name\": \"grade\", \"type\": \"integer\", \"default\": \"A\" }", "The default of 'grade' is not valid: 'grade' must be a whole number.")]
    [InlineData("{ \"name\": \"grade\", \"type\": \"integer\", \"dataClass\": \"secret\" }", "Unknown data class 'secret'; use ordinary, personal or protected.")]
    public void A_broken_declaration_is_a_load_error(string declaration, string message)
    {
        _copy.Replace("framework.json", "{ \"name\": \"step\", \"type\": \"integer\", \"required\": true, \"min\": 1, \"max\": 10, \"description\": \"Pay step within the grade.\" },",
            "{ \"name\": \"step\", \"type\": \"integer\", \"required\": true, \"min\": 1, \"max\": 10 },\n    " + declaration + ",");

        _copy.Load().Errors.Select(e => e.Message).ShouldContain(message);
    }

    private static RuleOutcome Outcome(Evaluator evaluator, string fields)
    {
        var employee = EmployeeReader.Read(System.Text.Encoding.UTF8.GetBytes(Analyst + fields), evaluator.Release.Framework);
        employee.Errors.ShouldBeEmpty();
        var decision = evaluator.CheckEligibility(employee.Value!);
        decision.Errors.ShouldBeEmpty();
        return decision.Value!.Criteria.Single(c => c.Rule == "Declared").Outcome;
    }
}

/// <summary>The load benchmark's release with 50 declared attributes stays loadable (so the benchmark does not rot).</summary>
public sealed class DeclaredAttributeBenchmarkReleaseTests
{
    [Fact]
    public void The_benchmark_release_with_50_attributes_and_a_table_keyed_on_one_loads_clean()
    {
        var result = Comp.Releases.ReleaseLoader.Load(Benchmarks.ReleaseLoadBenchmarks.LargeReleaseWithAttributes());

        result.Errors.ShouldBeEmpty();
        result.Release!.Framework.Attributes.Count.ShouldBe(50);
    }
}

/// <summary>The attribute-read benchmark runs, and a rule on a declared attribute decides as the same rule on a built-in member does.</summary>
public sealed class AttributeReadBenchmarkTests
{
    [Fact]
    public void The_benchmark_runs_and_both_rules_agree()
    {
        var benchmark = new Benchmarks.AttributeReadBenchmarks();
        benchmark.Setup();

        int builtIn = benchmark.BuiltIn();

        builtIn.ShouldBeGreaterThan(0);
        benchmark.Declared().ShouldBe(builtIn);
        benchmark.PlaceWithUnusedAttributes().ShouldBe(benchmark.PlaceWithoutAttributes());
    }
}
