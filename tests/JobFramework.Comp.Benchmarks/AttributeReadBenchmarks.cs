using System.Text;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Releases;
using JobFramework.Comp.Tests;

namespace JobFramework.Comp.Benchmarks;

/// <summary>
/// One rule reading a declared attribute against the same rule reading a built-in member, on the sample
/// release with a one-rule level-up workflow: a declared attribute is a fixed-slot read, so the two should
/// cost the same per evaluation (issue 15's target: no slower per rule). Also the sample release declaring
/// 20 attributes no rule reads, against none, placing the same employees.
/// </summary>
[MemoryDiagnoser]
public class AttributeReadBenchmarks
{
    private const int N = 10_000;
    private Evaluator _builtIn = null!;
    private Evaluator _declared = null!;
    private Evaluator _unused = null!;
    private Employee[] _employees = null!;
    private Employee[] _employeesWithAttributes = null!;

    [GlobalSetup]
    public void Setup()
    {
        var builtIn = Release("employee.rating >= 3", attributes: 0);
        var declared = Release("employee.a0 >= 3", attributes: 1);
        var unused = Release("employee.rating >= 3", attributes: 20);
        _builtIn = new Evaluator(builtIn);
        _declared = new Evaluator(declared);
        _unused = new Evaluator(unused);
        _employees = [.. Enumerable.Range(0, N).Select(i => Read(builtIn, i, withAttribute: false))];
        _employeesWithAttributes = [.. Enumerable.Range(0, N).Select(i => Read(declared, i, withAttribute: true))];
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = N, Description = "rule on a built-in member (employee.rating)")]
    public int BuiltIn() => Count(_builtIn, _employees);

    [Benchmark(OperationsPerInvoke = N, Description = "rule on a declared attribute (employee.a0)")]
    public int Declared() => Count(_declared, _employeesWithAttributes);

    [Benchmark(OperationsPerInvoke = N, Description = "place: release with 20 unused attributes")]
    public decimal PlaceWithUnusedAttributes() => Place(_unused);

    [Benchmark(OperationsPerInvoke = N, Description = "place: release without attributes")]
    public decimal PlaceWithoutAttributes() => Place(_builtIn);

    private static int Count(Evaluator evaluator, Employee[] employees)
    {
        int eligible = 0;
        foreach (var employee in employees)
        {
            eligible += evaluator.IsEligibleForNextLevel(employee) ? 1 : 0;
        }

        return eligible;
    }

    private decimal Place(Evaluator evaluator)
    {
        decimal sum = 0;
        foreach (var employee in _employees)
        {
            if (evaluator.TryPlaceValidated(employee, out var placement, out _))
            {
                sum += placement.CompaRatio.GetValueOrDefault();
            }
        }

        return sum;
    }

    private static Employee Read(CompiledRelease release, int i, bool withAttribute)
    {
        string json = $"{{\"id\":\"B{i}\",\"family\":\"data\",\"track\":\"ic\",\"level\":3,\"region\":\"us\",\"baseSalary\":{100000 + (i % 50) * 100},\"rating\":{1 + (i % 5)}"
            + (withAttribute ? $",\"a0\":{1 + (i % 5)}}}" : "}");
        var read = EmployeeReader.Read(Encoding.UTF8.GetBytes(json), release.Framework);
        return new Evaluator(release).Prepare(read.Value!).Value!;
    }

    // The sample release as a draft, its level-up workflow one rule, with `attributes` integer attributes a0…
    private static CompiledRelease Release(string expression, int attributes)
    {
        var sample = ReleaseSource.FromDirectory(Path.Combine(ServiceProcess.RepositoryRoot(), "rules", "releases", "2026-h1"));
        var files = sample.Files.Where(f => !f.Key.StartsWith("tests/", StringComparison.Ordinal)).ToDictionary(f => f.Key, f => f.Value);
        string manifest = Encoding.UTF8.GetString(files["release.json"]);
        files["release.json"] = Encoding.UTF8.GetBytes(Regex.Replace(manifest.Replace("\"status\": \"approved\"", "\"status\": \"draft\"", StringComparison.Ordinal), "\"approvedContentHash\": \"[^\"]*\",", ""));
        string declared = string.Join(", ", Enumerable.Range(0, attributes).Select(a => $"{{ \"name\": \"a{a}\", \"type\": \"integer\", \"default\": 1 }}"));
        files["framework.json"] = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(files["framework.json"]).Replace("\"company\": \"Northwind Holdings\",", $"\"company\": \"Northwind Holdings\", \"attributes\": [{declared}],", StringComparison.Ordinal));
        files["workflows/level-up.json"] = Encoding.UTF8.GetBytes($"{{ \"WorkflowName\": \"level-up\", \"Rules\": [ {{ \"RuleName\": \"R\", \"Expression\": \"{expression}\", \"ErrorMessage\": \"no\", \"SuccessEvent\": \"yes\" }} ] }}");
        var result = ReleaseLoader.Load(new ReleaseSource("bench-" + attributes, files));
        return result.Release ?? throw new InvalidOperationException(string.Join("\n", result.Errors));
    }
}
