using System.Globalization;
using System.Linq.Expressions;
using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Expressions;
using JobFramework.Comp.Framework;
using JobFramework.Comp.Json;
using JobFramework.Comp.Tables;
using JobFramework.Comp.Testing;

namespace JobFramework.Comp.Releases;

/// <summary>
/// Loads a release: parses every file, validates the framework, compiles tables and workflows, reads the
/// test cases and computes the content hash. All problems are collected and reported together; any error
/// rejects the release whole (nothing is partially loaded). Thread-safe: it shares no state.
/// </summary>
public static class ReleaseLoader
{
    /// <summary>Loads a release folder, reading only files inside <paramref name="rulesRoot"/> (default: the folder itself; see <see cref="RuleFolder"/>).</summary>
    public static LoadResult LoadDirectory(string directory, string? rulesRoot = null) => Load(ReleaseSource.FromDirectory(directory, rulesRoot));

    // Key suffix of one workflow of a file holding several ("workflows/all.json", NUL, "1"): NUL is in no file name.
    private const string WorkflowItem = "\0";

    public static LoadResult Load(ReleaseSource source)
    {
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(source.Refusals);
        var pool = new StringPool();
        var files = ParseFiles(source, diagnostics, pool);
        string Path(string relative) => source.Name + "/" + relative;

        var manifestRead = ManifestReader.From(Required(files, ReleaseLayout.Manifest, source, diagnostics), diagnostics);
        var manifest = manifestRead?.Manifest;
        // A release that only prices positions needs no skills, roles, mobility or level-up workflow: those files
        // are optional, and a feature that needs them says so when it is used. A file that is there must parse.
        var skillsFile = files.GetValueOrDefault(ReleaseLayout.Skills);
        var frameworkFile = Required(files, ReleaseLayout.Framework, source, diagnostics);
        var rolesFile = files.GetValueOrDefault(ReleaseLayout.Roles);
        bool skillsBroken = source.Files.ContainsKey(ReleaseLayout.Skills) && skillsFile is null;
        bool rolesBroken = source.Files.ContainsKey(ReleaseLayout.Roles) && rolesFile is null;
        var framework = FrameworkReader.Read(frameworkFile, skillsFile, rolesFile, diagnostics, skillsBroken);

        // Mobility rules name roles and skills: read only when those could be, so one broken catalog is one error, not a cascade.
        var mobility = frameworkFile is null || skillsBroken || rolesBroken
            ? Mobility.MobilityRules.Empty
            : MobilityReader.Read(files.GetValueOrDefault(ReleaseLayout.Mobility), framework, diagnostics);
        var capabilities = frameworkFile is null || skillsBroken
            ? Framework.CapabilityModel.Empty
            : CapabilityReader.Read(files.GetValueOrDefault(ReleaseLayout.Capabilities), framework, diagnostics);
        var transparency = frameworkFile is null
            ? Transparency.TransparencySettings.None
            : TransparencyReader.Read(files.GetValueOrDefault(ReleaseLayout.Transparency), framework, diagnostics);

        // Skill ids in expressions are checked against the catalog only when the catalog itself could be read.
        var catalog = skillsBroken ? null : framework;

        var scope = Expression.Parameter(typeof(EvaluationScope), "scope");
        var tableFiles = files.Where(f => f.Key.StartsWith(ReleaseLayout.TablesFolder, StringComparison.Ordinal)).ToList();
        var signatures = new Dictionary<string, TableSignature>(StringComparer.OrdinalIgnoreCase);
        var signatureFiles = new List<(string File, ObjectReader Reader, TableSignature Signature)>();
        foreach (var (file, reader) in tableFiles)
        {
            var signature = TableReader.ReadSignature(reader, signatures.Count, diagnostics);
            if (signature is null)
            {
                continue;
            }

            if (!signatures.TryAdd(signature.Name, signature))
            {
                diagnostics.Error(Codes.DuplicateId, Messages.DuplicateId("table", signature.Name), reader.Get("name")!.Span);
                continue;
            }

            signatureFiles.Add((file, reader, signature));
        }

        // Which constants any expression reads, over tables, derivations and workflows: an unread one is linted.
        var constantReads = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var tableEnvironment = new BindingEnvironment
        {
            ConstantReads = constantReads,
            Scope = scope,
            Position = Expression.Parameter(typeof(Position), "position"),
            Tables = new Dictionary<string, TableSignature>(),
            Framework = catalog,
        };
        var tables = TableOrder.Compile(signatureFiles, (entry, compiled) =>
            TableReader.Read(Path(entry.File), entry.Reader, entry.Signature, tableEnvironment, framework, pool, compiled, diagnostics), diagnostics);

        var bandTable = tables.FirstOrDefault(t => string.Equals(t.Name, framework.Placement.BandTable, StringComparison.Ordinal));
        var bands = bandTable is null ? [] : BandTableReader.Read(bandTable, framework, diagnostics);
        if (bandTable is null && !string.IsNullOrEmpty(framework.Placement.BandTable) && !signatures.ContainsKey(framework.Placement.BandTable))
        {
            diagnostics.Error(Codes.UnknownId, Messages.UnknownReference("band table", framework.Placement.BandTable, ObjectReader.Suggest(framework.Placement.BandTable, signatures.Keys)), new SourceSpan(Path(ReleaseLayout.Framework), "/placement/bandTable", 1, 1));
        }

        var workflowEnvironment = new BindingEnvironment
        {
            Scope = scope, Tables = signatures, Framework = catalog, ConstantReads = constantReads,
            Band = bandTable is null ? null : InputModel.BandFor(BandTableReader.Declared(bandTable), bandTable.Name),
        };
        var workflows = new Dictionary<string, CompiledWorkflow>(StringComparer.Ordinal);
        foreach (var (file, reader) in files.Where(f => f.Key.StartsWith(ReleaseLayout.WorkflowsFolder, StringComparison.Ordinal)))
        {
            int item = file.IndexOf(WorkflowItem, StringComparison.Ordinal);
            var workflow = new WorkflowReader(Path(item < 0 ? file : file[..item]), workflowEnvironment, diagnostics).Read(reader);
            if (workflow is not null && !workflows.TryAdd(workflow.Name, workflow))
            {
                diagnostics.Error(Codes.DuplicateId, Messages.DuplicateId("workflow", workflow.Name), reader.Span);
            }
        }

        Interop.RulesEngineHost.Attach(workflows, diagnostics);
        if (workflows.GetValueOrDefault(framework.LevelUpWorkflow ?? "") is { OnRulesEngine: not null } levelUp)
        {
            diagnostics.Error(Codes.UnknownReference, Messages.LevelUpOnRulesEngine(levelUp.Name), new SourceSpan(Path(ReleaseLayout.Framework), "/eligibility/levelUpWorkflow", 1, 1));
        }

        if (!string.IsNullOrEmpty(framework.LevelUpWorkflow) && !workflows.ContainsKey(framework.LevelUpWorkflow) && !diagnostics.HasErrors)
        {
            diagnostics.Error(Codes.UnknownId, Messages.WorkflowNotFound(framework.LevelUpWorkflow, ObjectReader.Suggest(framework.LevelUpWorkflow, workflows.Keys)), new SourceSpan(Path(ReleaseLayout.Framework), "/eligibility/levelUpWorkflow", 1, 1));
        }

        if (manifest is not null)
        {
            CheckConstantsInEffect(framework, manifest.EffectiveFrom, diagnostics);
        }

        foreach (var constant in framework.Constants.Where(c => !constantReads.Contains(c.Name)))
        {
            diagnostics.Warning(Codes.Governance, Messages.ConstantNotRead(constant.Name), new SourceSpan(constant.File, "", constant.Line, 1));
        }

        var testCases = new List<RuleTestCase>();
        foreach (var (file, reader) in files.Where(f => f.Key.StartsWith(ReleaseLayout.TestsFolder, StringComparison.Ordinal)))
        {
            testCases.AddRange(RuleTestCaseReader.Read(Path(file), reader, diagnostics));
        }

        // Governance is checked even when the content has other errors, so one run reports every problem.
        string? contentHash = manifest is null ? null : source.ContentHash(manifest);
        if (manifestRead is not null)
        {
            ManifestReader.Check(manifestRead, contentHash!, diagnostics);
        }

        if (diagnostics.HasErrors || manifest is null || bandTable is null)
        {
            return Finish(null);
        }

        var release = new CompiledRelease(manifest, contentHash!, source.Name, framework, tables, workflows, bandTable, bands, testCases)
        {
            Mobility = new Mobility.MobilityGraph(framework, mobility),
            Capabilities = capabilities,
            Transparency = transparency,
        };
        Governance.GovernanceLints.Check(release, files.GetValueOrDefault(ReleaseLayout.Framework), diagnostics);
        return Finish(release);

        // Every way out: follow-on errors dropped, source lines quoted, no release when anything is an error.
        LoadResult Finish(CompiledRelease? loaded)
        {
            DropFollowOnErrors(source, files, diagnostics);
            return new LoadResult(diagnostics.HasErrors ? null : loaded, WithSourceLines(source, diagnostics.Sorted()));
        }
    }

    // A release serves decisions from its effective date: every constant must have a value by then.
    private static void CheckConstantsInEffect(JobFrameworkModel framework, DateOnly effective, DiagnosticBag diagnostics)
    {
        foreach (var constant in framework.Constants)
        {
            if (constant.On(effective) is null && constant.Values.Count > 0)
            {
                var first = constant.Values[0];
                diagnostics.Error(Codes.OutOfRange, Messages.ConstantNotInEffect(constant.Name, effective, first.From), new SourceSpan(constant.File, "", first.Line, 1));
            }
        }
    }

    // Every diagnostic at a line of one of the release's (accepted) files quotes that line, so a caret can point
    // at the column — band rows and table cells included, not only expressions.
    private static Diagnostic[] WithSourceLines(ReleaseSource source, IReadOnlyList<Diagnostic> diagnostics)
    {
        var maps = new Dictionary<string, LineMap?>(StringComparer.Ordinal);
        string prefix = source.Name + "/";
        return diagnostics.Select(d =>
        {
            if (d.Source is not null || d.Location.Line < 1 || !d.Location.File.StartsWith(prefix, StringComparison.Ordinal))
            {
                return d;
            }

            string relative = d.Location.File[prefix.Length..];
            if (!maps.TryGetValue(relative, out var map))
            {
                maps[relative] = map = source.Files.TryGetValue(relative, out var bytes) && relative.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? new LineMap(bytes) : null;
            }

            string? line = map?.LineText(d.Location.Line);
            return string.IsNullOrEmpty(line) ? d : d with { Source = line };
        }).ToArray();
    }

    // A table file that did not parse makes every reference to its table "unknown": those errors say nothing the
    // syntax error has not, and point away from the line to fix. The release is rejected by the syntax error.
    private static void DropFollowOnErrors(ReleaseSource source, SortedDictionary<string, ObjectReader> files, DiagnosticBag diagnostics)
    {
        bool tableUnreadable = source.Files.Keys.Any(k => k.StartsWith(ReleaseLayout.TablesFolder, StringComparison.Ordinal)
            && k.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && !files.ContainsKey(k));
        if (tableUnreadable && diagnostics.HasErrors)
        {
            diagnostics.RemoveAll(d => d.Code is Codes.UnknownName or Codes.UnknownId
                && (d.Message.StartsWith("Unknown table '", StringComparison.Ordinal) || d.Message.StartsWith("Unknown band table '", StringComparison.Ordinal)));
        }
    }

    private static SortedDictionary<string, ObjectReader> ParseFiles(ReleaseSource source, DiagnosticBag diagnostics, StringPool pool)
    {
        var result = new SortedDictionary<string, ObjectReader>(StringComparer.Ordinal);
        foreach (var (relative, bytes) in source.Files)
        {
            if (!relative.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            string path = source.Name + "/" + relative;
            bool known = relative is ReleaseLayout.Manifest or ReleaseLayout.Framework or ReleaseLayout.Skills or ReleaseLayout.Roles or ReleaseLayout.Mobility
                    or ReleaseLayout.Capabilities or ReleaseLayout.Transparency
                || (relative.Count(c => c == '/') == 1 && (relative.StartsWith(ReleaseLayout.TablesFolder, StringComparison.Ordinal)
                    || relative.StartsWith(ReleaseLayout.WorkflowsFolder, StringComparison.Ordinal)
                    || relative.StartsWith(ReleaseLayout.TestsFolder, StringComparison.Ordinal)));
            if (!known)
            {
                diagnostics.Error(Codes.UnknownFile, Messages.UnexpectedFile(relative), new SourceSpan(path, "", 1, 1));
                continue;
            }

            var root = SourceDocument.Parse(path, bytes, diagnostics, pool);
            bool rulesEngineShape = relative.StartsWith(ReleaseLayout.WorkflowsFolder, StringComparison.Ordinal);
            if (rulesEngineShape && root is SourceArray workflows)
            {
                // RulesEngine reads a file of several workflows as well as one: each is read as if it had a file of its own.
                if (workflows.Items.Count == 0)
                {
                    diagnostics.Error(Codes.EmptyValue, Messages.EmptyValue(relative), workflows.Span);
                }

                for (int i = 0; i < workflows.Items.Count; i++)
                {
                    if (ObjectReader.From(workflows.Items[i], diagnostics, relative + " item", caseInsensitive: true) is { } item)
                    {
                        result[relative + WorkflowItem + i.ToString(CultureInfo.InvariantCulture)] = item;
                    }
                }

                continue;
            }

            var reader = ObjectReader.From(root, diagnostics, relative, rulesEngineShape);
            if (reader is not null)
            {
                result[relative] = reader;
            }
        }

        return result;
    }

    private static ObjectReader? Required(SortedDictionary<string, ObjectReader> files, string name, ReleaseSource source, DiagnosticBag diagnostics)
    {
        if (files.TryGetValue(name, out var reader))
        {
            return reader;
        }

        // A file that is there but unreadable (refused, or not JSON) has its own error already.
        bool refused = source.Refusals.Any(r => r.Location.File == source.Name + "/" + name);
        if (!source.Files.ContainsKey(name) && !refused)
        {
            diagnostics.Error(Codes.MissingFile, Messages.MissingFile(name), new SourceSpan(source.Name + "/" + name, "", 1, 1));
        }

        return null;
    }
}
