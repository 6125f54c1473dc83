using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Framework;
using JobFramework.Comp.Tables;
using JobFramework.Comp.Testing;

namespace JobFramework.Comp.Releases;

/// <summary>
/// A loaded, validated and compiled rule release: the framework, its decision tables and workflows,
/// identified by id and content hash. Immutable and thread-safe; evaluate it through an
/// <see cref="Evaluator"/> (one per thread).
/// </summary>
public sealed class CompiledRelease
{
    private readonly PayBand?[] _bandsByRow;

    internal CompiledRelease(ReleaseManifest manifest, string contentHash, string location, JobFrameworkModel framework,
        IReadOnlyList<CompiledTable> tables, IReadOnlyDictionary<string, CompiledWorkflow> workflows, CompiledTable bandTable,
        PayBand?[] bandsByRow, IReadOnlyList<RuleTestCase> testCases)
    {
        Manifest = manifest;
        ContentHash = contentHash;
        Location = location;
        Framework = framework;
        Tables = tables;
        Workflows = workflows;
        BandTable = bandTable;
        _bandsByRow = bandsByRow;
        TestCases = testCases;
    }

    public ReleaseManifest Manifest { get; }

    public string Id => Manifest.Id;

    /// <summary>"sha256:…" over the decision-relevant files; see <see cref="ReleaseSource.ContentHash"/>.</summary>
    public string ContentHash { get; }

    /// <summary>Where the release was loaded from (its folder), for messages.</summary>
    public string Location { get; }

    public JobFrameworkModel Framework { get; }

    public IReadOnlyList<RuleTestCase> TestCases { get; }

    /// <summary>Every legitimate move between the release's roles, with the mobility rules behind them.</summary>
    public Mobility.MobilityGraph Mobility { get; init; } = null!;

    /// <summary>Behavioural indicators per skill, expectations per level and the rating scale (capabilities.json); empty when the release has none.</summary>
    public CapabilityModel Capabilities { get; init; } = CapabilityModel.Empty;

    /// <summary>Categories of equal value and the pay-gap settings (transparency.json); none when the release has no transparency.json.</summary>
    public Transparency.TransparencySettings Transparency { get; init; } = Comp.Transparency.TransparencySettings.None;

    internal IReadOnlyList<CompiledTable> Tables { get; }

    internal IReadOnlyDictionary<string, CompiledWorkflow> Workflows { get; }

    internal CompiledTable BandTable { get; }

    /// <summary>Every workflow of the release, by name (ordinal order).</summary>
    public IReadOnlyList<WorkflowDefinition> WorkflowDefinitions => [.. Workflows.Values.OrderBy(w => w.Name, StringComparer.Ordinal).Select(w => w.Definition)];

    /// <summary>A workflow by name, or null.</summary>
    public WorkflowDefinition? FindWorkflow(string name) => Workflows.GetValueOrDefault(name)?.Definition;

    /// <summary>Why a name is not a workflow of this release, with the nearest name and the ones there are.</summary>
    public string UnknownWorkflow(string name)
    {
        var known = Workflows.Keys.Order(StringComparer.Ordinal).ToArray();
        return Diagnostics.Messages.UnknownWorkflow(name, Json.ObjectReader.Suggest(name, known), known);
    }

    /// <summary>The level-up workflow, or null for a release that declares none (one that only prices positions).</summary>
    internal CompiledWorkflow? LevelUpWorkflow => Workflows.GetValueOrDefault(Framework.LevelUpWorkflow);

    /// <summary>The band table row for a position, or -1.</summary>
    internal int FindBandRow(EvaluationScope scope, Position position) => BandTable.FindSingle(scope, position);

    /// <summary>The band of a row found by <see cref="FindBandRow"/>; null for -1 (or a row the loader rejected).</summary>
    internal PayBand? BandAt(int row) => row < 0 ? null : _bandsByRow[row];
}
