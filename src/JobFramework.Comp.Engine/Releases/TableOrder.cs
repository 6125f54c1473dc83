using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Expressions;
using JobFramework.Comp.Json;
using JobFramework.Comp.Tables;

namespace JobFramework.Comp.Releases;

/// <summary>
/// Compiles a release's tables so that a derived table comes after the tables it derives from. Tables keep
/// their numbers (expressions refer to them by number), only the compile order changes; a cycle of
/// derivations is an error naming every table in it.
/// </summary>
internal static class TableOrder
{
    public static List<CompiledTable> Compile(
        IReadOnlyList<(string File, ObjectReader Reader, TableSignature Signature)> entries,
        Func<(string File, ObjectReader Reader, TableSignature Signature), IReadOnlyDictionary<string, CompiledTable>, CompiledTable?> compile,
        DiagnosticBag diagnostics)
    {
        var compiled = new Dictionary<string, CompiledTable>(StringComparer.OrdinalIgnoreCase);
        var known = entries.Select(e => e.Signature.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var pending = entries.ToList();
        var failed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (pending.Count > 0)
        {
            // Ready: every source is compiled, failed (its own error is reported) or not a table at all
            // (the derivation reports it as unknown).
            var ready = pending.Where(e => TableDerivation.SourceNames(e.Reader).All(n => compiled.ContainsKey(n) || failed.Contains(n) || !known.Contains(n))).ToList();
            if (ready.Count == 0)
            {
                var cycle = string.Join(" → ", pending.Select(e => e.Signature.Name));
                foreach (var entry in pending)
                {
                    diagnostics.Error(Codes.Derivation, Messages.DerivationCycle(cycle), entry.Reader.Get("derive")!.Span);
                }

                break;
            }

            foreach (var entry in ready)
            {
                pending.Remove(entry);
                if (compile(entry, compiled) is { } table)
                {
                    compiled[table.Name] = table;
                }
                else
                {
                    failed.Add(entry.Signature.Name);
                }
            }
        }

        // In release order, so each table sits at its number.
        return [.. entries.Select(e => compiled.GetValueOrDefault(e.Signature.Name)).OfType<CompiledTable>()];
    }
}
