using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using JobFramework.Comp.Monetary;
using JobFramework.Comp.Releases;

namespace JobFramework.Comp.Benchmarks;

/// <summary>
/// Loading (parse, validate, compile, index) a release with a 10,000-row band table — 20 families × 10
/// levels × 50 regions — and a workflow of 500 rule expressions. Target: under one second. The same table
/// derived at load from 200 base rows × 50 zones shows what computing the rows costs against reading them.
/// </summary>
[MemoryDiagnoser]
public class ReleaseLoadBenchmarks
{
    public const int Families = 20;
    public const int Levels = 10;
    public const int Regions = 50;
    public const int Rules = 500;

    private ReleaseSource _source = null!;

    private ReleaseSource _derived = null!;

    private ReleaseSource _attributes = null!;

    [GlobalSetup]
    public void Setup()
    {
        _source = LargeRelease();
        _derived = LargeDerivedRelease();
        _attributes = LargeReleaseWithAttributes();
    }

    [Benchmark(Baseline = true, Description = "load a 10,000-row band table + 500 expressions")]
    public CompiledRelease Load() => ReleaseLoader.Load(_source).Release ?? throw new InvalidOperationException("large release does not load");

    [Benchmark(Description = "the same, its 10,000 rows derived from 200 base rows x 50 zones")]
    public CompiledRelease LoadDerived() => ReleaseLoader.Load(_derived).Release ?? throw new InvalidOperationException("large derived release does not load");

    [Benchmark(Description = "the same + 50 declared attributes and a 10,000-row table keyed on one")]
    public CompiledRelease LoadWithAttributes() => ReleaseLoader.Load(_attributes).Release ?? throw new InvalidOperationException("large release with attributes does not load");

    /// <summary>
    /// The large release declaring 50 employee attributes (integers, numbers, strings, booleans, dates in turn)
    /// and a 10,000-row table whose input is the declared attribute <c>employee.a0</c> (issue 15's load target: under 1 s).
    /// </summary>
    public static ReleaseSource LargeReleaseWithAttributes()
    {
        var files = LargeRelease().Files.ToDictionary(f => f.Key, f => f.Value);
        string[] types = ["integer", "number", "string", "boolean", "date"];
        string[] defaults = ["1", "0", "\"x\"", "false", "\"2020-01-01\""];
        var attributes = Enumerable.Range(0, 50).Select(i => i == 0
            ? "{ \"name\": \"a0\", \"type\": \"integer\", \"min\": 1, \"max\": 10000, \"default\": 1 }"
            : $"{{ \"name\": \"a{i}\", \"type\": \"{types[i % 5]}\", \"default\": {defaults[i % 5]} }}");
        string framework = Encoding.UTF8.GetString(files["framework.json"]);
        files["framework.json"] = Encoding.UTF8.GetBytes(framework.Replace("\"company\": \"Large\",", "\"company\": \"Large\", \"attributes\": [" + string.Join(", ", attributes) + "],", StringComparison.Ordinal));
        files["tables/steps.json"] = Encoding.UTF8.GetBytes("{ \"name\": \"steps\", \"hitPolicy\": \"UNIQUE\", \"inputs\": [ { \"name\": \"step\", \"expression\": \"employee.a0\" } ], "
            + "\"outputs\": [ { \"name\": \"supplement\", \"type\": \"number\" } ], \"rows\": [\n"
            + string.Join(",\n", Enumerable.Range(1, 10_000).Select(i => string.Create(CultureInfo.InvariantCulture, $"[{i}, {i * 10}]"))) + "\n] }");
        return new ReleaseSource("large-attributes", files);
    }

    /// <summary>The large release with its band table derived (mid = base mid + zone offset; min/max 80%/120%, rounded down).</summary>
    public static ReleaseSource LargeDerivedRelease()
    {
        var currencies = CurrencyCatalog.All;
        var files = LargeRelease().Files.ToDictionary(f => f.Key, f => f.Value);
        var baseRows = new List<string>();
        for (int f = 0; f < Families; f++)
        {
            for (int l = 1; l <= Levels; l++)
            {
                baseRows.Add(string.Create(CultureInfo.InvariantCulture, $"[\"f{f}\", {l}, {50000 + (l * 10000) + (f * 100)}, {l}, {(l >= 4 ? "true" : "false")}]"));
            }
        }

        files["tables/base.json"] = Encoding.UTF8.GetBytes("{ \"name\": \"base\", \"hitPolicy\": \"UNIQUE\", \"inputs\": [ { \"name\": \"family\", \"expression\": \"position.family\" }, { \"name\": \"level\", \"expression\": \"position.level\" } ], "
            + "\"outputs\": [ { \"name\": \"mid\", \"type\": \"number\" }, { \"name\": \"bonusTargetPct\", \"type\": \"number\" }, { \"name\": \"equity\", \"type\": \"bool\" } ], \"rows\": [\n"
            + string.Join(",\n", baseRows) + "\n] }");
        files["tables/zones.json"] = Encoding.UTF8.GetBytes("{ \"name\": \"zones\", \"hitPolicy\": \"UNIQUE\", \"inputs\": [ { \"name\": \"region\", \"expression\": \"position.region\" } ], "
            + "\"outputs\": [ { \"name\": \"currency\", \"type\": \"string\" }, { \"name\": \"offset\", \"type\": \"number\" } ], \"rows\": [\n"
            + string.Join(",\n", Enumerable.Range(0, Regions).Select(r => $"[\"r{r}\", \"{currencies[r % currencies.Count].Code}\", {r}]")) + "\n] }");
        files["tables/bands.json"] = Encoding.UTF8.GetBytes("{ \"name\": \"bands\", \"hitPolicy\": \"UNIQUE\", \"inputs\": [ { \"name\": \"family\", \"expression\": \"position.family\" }, { \"name\": \"level\", \"expression\": \"position.level\" }, { \"name\": \"region\", \"expression\": \"position.region\" } ], "
            + "\"outputs\": [ { \"name\": \"currency\", \"type\": \"string\" }, { \"name\": \"min\", \"type\": \"money\", \"currencyFrom\": \"currency\" }, { \"name\": \"mid\", \"type\": \"money\", \"currencyFrom\": \"currency\" }, { \"name\": \"max\", \"type\": \"money\", \"currencyFrom\": \"currency\" }, { \"name\": \"bonusTargetPct\", \"type\": \"number\" }, { \"name\": \"equity\", \"type\": \"bool\" } ], "
            + "\"derive\": { \"forEach\": { \"base\": \"base\", \"zone\": \"zones\" }, \"inputs\": { \"family\": \"base.family\", \"level\": \"base.level\", \"region\": \"zone.region\" }, \"outputs\": { "
            + "\"currency\": \"zone.currency\", \"mid\": \"base.mid + zone.offset\", \"min\": { \"value\": \"mid * 0.8\", \"round\": { \"step\": 1, \"mode\": \"down\" } }, "
            + "\"max\": { \"value\": \"mid * 1.2\", \"round\": { \"step\": 1, \"mode\": \"down\" } }, \"bonusTargetPct\": \"base.bonusTargetPct\", \"equity\": \"base.equity\" } } }");
        return new ReleaseSource("large-derived", files);
    }

    public static ReleaseSource LargeRelease()
    {
        var currencies = CurrencyCatalog.All;
        var files = new Dictionary<string, string>
        {
            ["release.json"] = "{ \"id\": \"large\", \"effectiveFrom\": \"2026-01-01\", \"status\": \"draft\", \"requiredApprovals\": 1 }",
            ["skills.json"] = "{ \"scale\": { \"min\": 1, \"max\": 5, \"labels\": [\"1\",\"2\",\"3\",\"4\",\"5\"] }, \"clusters\": [ { \"id\": \"c\", \"name\": \"c\" } ], \"skills\": ["
                + string.Join(", ", Enumerable.Range(0, 100).Select(i => $"{{ \"id\": \"s{i}\", \"name\": \"s{i}\", \"cluster\": \"c\" }}")) + "] }",
            ["roles.json"] = "{ \"roles\": [] }",
        };
        var framework = new StringBuilder("{ \"company\": \"Large\", \"families\": [");
        framework.AppendJoin(", ", Enumerable.Range(0, Families).Select(f => $"{{ \"id\": \"f{f}\", \"name\": \"f{f}\" }}"));
        framework.Append("], \"tracks\": [ { \"id\": \"ic\", \"name\": \"IC\", \"levels\": [");
        framework.AppendJoin(", ", Enumerable.Range(1, Levels).Select(l => $"{{ \"level\": {l}, \"code\": \"IC{l}\", \"title\": \"L{l}\" }}"));
        framework.Append("] } ], \"regions\": [");
        framework.AppendJoin(", ", Enumerable.Range(0, Regions).Select(r => $"{{ \"id\": \"r{r}\", \"name\": \"r{r}\", \"currency\": \"{currencies[r % currencies.Count].Code}\" }}"));
        framework.Append("], \"focusAreas\": [], \"placement\": { \"bandTable\": \"bands\", \"ratioDecimals\": 4, \"ratioRounding\": \"halfEven\" }, \"eligibility\": { \"levelUpWorkflow\": \"level-up\" } }");
        files["framework.json"] = framework.ToString();

        var table = new StringBuilder("{ \"name\": \"bands\", \"hitPolicy\": \"UNIQUE\", \"inputs\": [ { \"name\": \"family\", \"expression\": \"position.family\" }, { \"name\": \"level\", \"expression\": \"position.level\" }, { \"name\": \"region\", \"expression\": \"position.region\" } ], ");
        table.Append("\"outputs\": [ { \"name\": \"currency\", \"type\": \"string\" }, { \"name\": \"min\", \"type\": \"money\", \"currencyFrom\": \"currency\" }, { \"name\": \"mid\", \"type\": \"money\", \"currencyFrom\": \"currency\" }, { \"name\": \"max\", \"type\": \"money\", \"currencyFrom\": \"currency\" }, { \"name\": \"bonusTargetPct\", \"type\": \"number\" }, { \"name\": \"equity\", \"type\": \"bool\" } ], \"rows\": [\n");
        var rows = new List<string>();
        for (int f = 0; f < Families; f++)
        {
            for (int l = 1; l <= Levels; l++)
            {
                for (int r = 0; r < Regions; r++)
                {
                    int mid = 50000 + (l * 10000) + (f * 100) + r;
                    rows.Add(string.Create(CultureInfo.InvariantCulture, $"[\"f{f}\", {l}, \"r{r}\", \"{currencies[r % currencies.Count].Code}\", {mid * 8 / 10}, {mid}, {mid * 12 / 10}, {l}, {(l >= 4 ? "true" : "false")}]"));
                }
            }
        }

        files["tables/bands.json"] = table.AppendJoin(",\n", rows).Append("\n] }").ToString();
        var rules = Enumerable.Range(0, Rules).Select(i =>
            $"{{ \"RuleName\": \"R{i}\", \"Expression\": \"employee.rating >= {i % 5} AND (employee.scope + {i}) > employee.level OR hasSkill(\\\"s{i % 100}\\\", {1 + (i % 5)})\", \"ErrorMessage\": \"rule {i} for $(employee.id)\" }}");
        files["workflows/level-up.json"] = "{ \"WorkflowName\": \"level-up\", \"Rules\": [\n" + string.Join(",\n", rules) + "\n] }";
        return new ReleaseSource("large", files.ToDictionary(f => f.Key, f => Encoding.UTF8.GetBytes(f.Value)));
    }
}
