using System.Dynamic;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Releases;
using JobFramework.Comp.Tests;
using RulesEngine.Models;

namespace JobFramework.Comp.Benchmarks;

/// <summary>
/// A RulesEngine-format sample over its own parameters (rules/samples/rulesengine, sign-on-bonus: two inputs, four
/// rules) from the caller's JSON to the decision, three ways: RulesEngine 6.0.1 as its users call it (ExpandoObject
/// inputs), comp running it on RulesEngine, and comp's typed compiler (the engine the release picks for it). Both
/// comp paths read and check the parameters against their schemas first. Run:
/// <c>dotnet run -c Release --project tests/JobFramework.Comp.Benchmarks -- rulesengine</c>.
/// </summary>
[MemoryDiagnoser]
public class RulesEngineSampleComparison
{
    private const int N = 200;
    private const string Name = "sign-on-bonus";
    private Evaluator _comp = null!;
    private Interop.RulesEngineWorkflow _onEngine = null!;
    private JsonElement[] _parameters = null!;
    private ExpandoObject[][] _expandos = null!;
    private RulesEngine.RulesEngine _rulesEngine = null!;

    [GlobalSetup]
    public void Setup()
    {
        string folder = Path.Combine(ServiceProcess.RepositoryRoot(), "rules", "samples", "rulesengine", "releases", "2027");
        var release = ReleaseLoader.LoadDirectory(folder).Release ?? throw new InvalidOperationException("the RulesEngine sample does not load");
        _comp = new Evaluator(release);
        _onEngine = release.Workflows[Name].OnRulesEngine!;
        var random = new Random(16);
        _parameters = [.. Enumerable.Range(0, N).Select(_ => JsonSerializer.SerializeToElement(new Dictionary<string, object>
        {
            ["input1"] = new Dictionary<string, object>
            {
                ["country"] = random.Next(2) == 0 ? "india" : "us", ["level"] = random.Next(3, 8), ["competingOffers"] = random.Next(0, 4),
                ["yearsExperience"] = random.Next(0, 16), ["referral"] = random.Next(2) == 0,
            },
            ["input2"] = new Dictionary<string, object> { ["critical"] = random.Next(2) == 0, ["daysOpen"] = random.Next(0, 121) },
        }))];
        _expandos = [.. _parameters.Select(p => new[] { Expando(p.GetProperty("input1")), Expando(p.GetProperty("input2")) })];
        string file = File.ReadAllText(Path.Combine(folder, "workflows", Name + ".json"));
        _rulesEngine = new RulesEngine.RulesEngine([JsonSerializer.Deserialize<Workflow>(file)!], new ReSettings());
    }

    /// <summary>The three give the same outcome for every rule and input (checked before measuring).</summary>
    public bool Check()
    {
        for (int i = 0; i < N; i++)
        {
            var raw = Raw(i).Select(r => r.IsSuccess);
            var typed = _comp.Evaluate(Name, _parameters[i]).Value!.Criteria.Select(c => c.Outcome == RuleOutcome.Met);
            var onEngine = _onEngine.Evaluate(_parameters[i]).Value!.Criteria.Select(c => c.Outcome == RuleOutcome.Met);
            if (!raw.SequenceEqual(typed) || !raw.SequenceEqual(onEngine))
            {
                return false;
            }
        }

        return true;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = N, Description = "RulesEngine 6.0.1 as its users call it (ExpandoObject inputs)")]
    public int RulesEngineDirect()
    {
        int met = 0;
        for (int i = 0; i < N; i++)
        {
            met += Raw(i).Count(r => r.IsSuccess);
        }

        return met;
    }

    [Benchmark(OperationsPerInvoke = N, Description = "comp on RulesEngine: JSON checked against the schemas, then RulesEngine")]
    public int CompOnRulesEngine()
    {
        int met = 0;
        foreach (var parameters in _parameters)
        {
            met += _onEngine.Evaluate(parameters).Value!.Criteria.Count(c => c.Outcome == RuleOutcome.Met);
        }

        return met;
    }

    [Benchmark(OperationsPerInvoke = N, Description = "comp typed: JSON checked against the schemas, then the typed compiler")]
    public int CompTyped()
    {
        int met = 0;
        foreach (var parameters in _parameters)
        {
            met += _comp.Evaluate(Name, parameters).Value!.Criteria.Count(c => c.Outcome == RuleOutcome.Met);
        }

        return met;
    }

    private List<RuleResultTree> Raw(int i) =>
        _rulesEngine.ExecuteAllRulesAsync(Name, new RuleParameter("input1", _expandos[i][0]), new RuleParameter("input2", _expandos[i][1])).AsTask().GetAwaiter().GetResult();

    private static ExpandoObject Expando(JsonElement json)
    {
        var expando = new ExpandoObject();
        foreach (var property in json.EnumerateObject())
        {
            ((IDictionary<string, object?>)expando)[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => (object)property.Value.GetInt64(),
            };
        }

        return expando;
    }
}
