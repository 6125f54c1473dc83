using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Json;

namespace JobFramework.Comp.Releases;

/// <summary>A person who may approve releases, and the council roles they hold.</summary>
public sealed record Approver(string Name, IReadOnlyList<string> Roles);

/// <summary>
/// Who may approve a release, and how many approvals of which roles one needs (rules/approvers.json, beside
/// the releases: a release cannot name its own approvers). Approval is refused to anyone not declared, or in
/// a role they do not hold; a release becomes approved only when every required role has its approvals.
/// </summary>
public sealed class ApproverPolicy
{
    public const string FileName = "approvers.json";

    private ApproverPolicy(IReadOnlyList<Approver> approvers, IReadOnlyDictionary<string, int> required)
    {
        Approvers = approvers;
        Required = required;
    }

    public IReadOnlyList<Approver> Approvers { get; }

    /// <summary>Approvals needed per role (distinct people), e.g. framework-council: 1, head-of-total-rewards: 1.</summary>
    public IReadOnlyDictionary<string, int> Required { get; }

    /// <summary>Reads the policy of a rules folder; null with diagnostics (file:line:column) when it is missing or broken.</summary>
    public static ApproverPolicy? Load(string rulesFolder, DiagnosticBag diagnostics)
    {
        string path = Path.Combine(rulesFolder, FileName);
        string name = path.Replace('\\', '/');
        if (RuleFolder.TryReadFile(path, rulesFolder) is not { } bytes)
        {
            diagnostics.Error(Codes.MissingFile, Messages.NoApprovers(name), new SourceSpan(name, "", 1, 1));
            return null;
        }

        int before = diagnostics.Count;
        var reader = ObjectReader.From(SourceDocument.Parse(name, bytes, diagnostics), diagnostics, FileName);
        if (reader is null)
        {
            return null;
        }

        var approvers = new List<Approver>();
        foreach (var item in reader.Array("approvers", true)?.Items ?? [])
        {
            var entry = ObjectReader.From(item, diagnostics, "approver");
            if (entry?.String("name", true) is { } person && entry.Strings("roles", true) is { Count: > 0 } roles)
            {
                if (approvers.Exists(a => string.Equals(a.Name, person.Value, StringComparison.OrdinalIgnoreCase)))
                {
                    diagnostics.Error(Codes.DuplicateId, Messages.DuplicateId("approver", person.Value), person.Span, person.RawLine);
                }

                approvers.Add(new Approver(person.Value, [.. roles.Select(r => r.Value)]));
            }

            entry?.Finish();
        }

        var required = new Dictionary<string, int>(StringComparer.Ordinal);
        var requiredReader = reader.Object("required", true);
        foreach (var property in requiredReader?.Names ?? [])
        {
            if (requiredReader!.Int(property, true, 1, 10) is { } count)
            {
                required[property] = count;
                if (approvers.Count(a => a.Roles.Contains(property, StringComparer.Ordinal)) < count)
                {
                    diagnostics.Error(Codes.OutOfRange, Messages.TooFewApproversInRole(property, count), requiredReader.Get(property)!.Span);
                }
            }
        }

        requiredReader?.Finish();
        reader.Finish();
        return diagnostics.Count > before ? null : new ApproverPolicy(approvers, required);
    }

    /// <summary>Why <paramref name="person"/> may not approve in <paramref name="role"/>, or null when they may.</summary>
    public string? Refusal(string person, string role)
    {
        var approver = Approvers.FirstOrDefault(a => string.Equals(a.Name, person, StringComparison.OrdinalIgnoreCase));
        if (approver is null)
        {
            return Messages.NotAnApprover(person, Approvers.Select(a => a.Name));
        }

        return approver.Roles.Contains(role, StringComparer.Ordinal) ? null : Messages.NotInRole(approver.Name, role, approver.Roles);
    }

    /// <summary>The roles still short of approvals among <paramref name="approvals"/> (of one content), with how many more each needs.</summary>
    public IReadOnlyList<(string Role, int Missing)> Outstanding(IEnumerable<Approval> approvals)
    {
        var given = approvals.ToList();
        return Required
            .Select(r => (Role: r.Key, Missing: r.Value - given.Where(a => a.Role == r.Key).Select(a => a.By.ToUpperInvariant()).Distinct().Count()))
            .Where(r => r.Missing > 0)
            .OrderBy(r => r.Role, StringComparer.Ordinal)
            .ToArray();
    }
}
