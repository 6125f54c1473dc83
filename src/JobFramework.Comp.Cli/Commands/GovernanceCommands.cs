using System.CommandLine;
using System.Globalization;
using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Releases;
using JobFramework.Comp.Testing;

namespace JobFramework.Comp.Cli.Commands;

/// <summary>
/// <c>comp rules draft</c> copies a release into a new draft; <c>comp rules approve</c> records one approval
/// of a draft's exact content and, with the last required approval, makes it approved and immutable.
/// Nothing unvalidated or untested can be approved.
/// </summary>
internal static partial class GovernanceCommands
{
    public static Command Draft(CliConsole console)
    {
        var id = new Argument<string>("id") { Description = "Id of the new draft (also its folder name under releases/)." };
        var from = new Option<string>("--from") { Description = "The release to copy.", Required = true };
        var effective = new Option<string>("--effective-from") { Description = "Date the draft would take effect once approved (YYYY-MM-DD).", Required = true };
        var rules = CommonOptions.Rules();
        var command = new Command("draft", "Copy a release into a new draft with its own id and effective date.") { id, from, effective, rules };
        command.SetAction(result =>
        {
            string rulesPath = result.GetValue(rules)!;
            string newId = result.GetValue(id)!;
            if (!DateOnly.TryParseExact(result.GetValue(effective), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                console.Error.WriteLine($"--effective-from '{result.GetValue(effective)}' is not a date in the form YYYY-MM-DD.");
                return ExitCodes.CannotRun;
            }

            if (!System.Text.RegularExpressions.Regex.IsMatch(newId, "^[A-Za-z0-9][A-Za-z0-9_.-]*$"))
            {
                console.Error.WriteLine($"'{newId}' is not a release id: letters, digits, '.', '_' and '-', starting with a letter or digit.");
                return ExitCodes.CannotRun;
            }

            string? source = ReleaseFolders.Find(rulesPath, result.GetValue(from)!);
            string target = Path.Combine(ReleaseFolders.ReleasesRoot(rulesPath), newId);
            if (source is null)
            {
                console.Error.WriteLine($"No release '{result.GetValue(from)}' under {ReleaseFolders.ReleasesRoot(rulesPath)}.");
                return ExitCodes.CannotRun;
            }

            if (Directory.Exists(target) || ReleaseFolders.Find(rulesPath, newId) is not null)
            {
                console.Error.WriteLine($"Release '{newId}' already exists; choose another id.");
                return ExitCodes.CannotRun;
            }

            var loaded = ReleaseLoader.LoadDirectory(source);
            var sourceManifest = loaded.Release?.Manifest;
            Copy(source, target);
            var manifest = new ReleaseManifest(newId, date, $"Draft based on {result.GetValue(from)}.")
            {
                Status = ReleaseStatus.Draft,
                RequiredApprovals = sourceManifest?.RequiredApprovals ?? 1,
            };
            // The copy sits beside its source, so the source's $schema reference holds for it too.
            File.WriteAllText(Path.Combine(target, ReleaseLayout.Manifest), ManifestWriter.Render(manifest, ManifestWriter.SchemaReferenceOf(Path.Combine(source, ReleaseLayout.Manifest))));
            int moved = MoveTestDates(Path.Combine(target, "tests"), date);
            console.Out.WriteLine($"draft {newId} created in {target} from {result.GetValue(from)}, effective {date:yyyy-MM-dd} once approved ({manifest.RequiredApprovals} approval(s) needed).");
            if (moved > 0)
            {
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{moved} rule test case(s) dated before {date:yyyy-MM-dd} now test as of that date."));
            }

            console.Out.WriteLine($"next: edit it, then 'comp rules diff {result.GetValue(from)} {newId}', 'comp rules simulate --from {result.GetValue(from)} --to {newId} --roster <file>', 'comp rules test', 'comp rules approve {newId} --by <name> --role <role>'.");
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Approve(CliConsole console, TimeProvider time)
    {
        var id = new Argument<string>("id") { Description = "The draft to approve." };
        var by = new Option<string>("--by") { Description = "Who approves (a person).", Required = true };
        var role = new Option<string>("--role") { Description = "In which role (for example framework-council).", Required = true };
        var change = new Option<string[]>("--change") { Description = "A change note to record with the release (repeatable).", AllowMultipleArgumentsPerToken = false };
        var retroactive = new Option<bool>("--retroactive") { Description = "Approve a release whose effective date has passed (decisions already made since then were made under an earlier release)." };
        var rules = CommonOptions.Rules();
        var command = new Command("approve", "Record an approval of a draft's exact content by a declared approver; with the last required approval it becomes approved and immutable.") { id, by, role, change, retroactive, rules };
        command.SetAction(result =>
        {
            string rulesPath = result.GetValue(rules)!;
            string releaseId = result.GetValue(id)!;
            string approver = result.GetValue(by)!.Trim();
            string approverRole = result.GetValue(role)!.Trim();
            if (approver.Length == 0 || approverRole.Length == 0)
            {
                console.Error.WriteLine("--by and --role must name someone and a role.");
                return ExitCodes.CannotRun;
            }

            // Who may approve is declared beside the releases, never by the release being approved.
            var policyDiagnostics = new DiagnosticBag();
            var policy = ApproverPolicy.Load(rulesPath, policyDiagnostics);
            if (policy is null)
            {
                foreach (var diagnostic in policyDiagnostics.Sorted())
                {
                    console.Error.WriteLine(diagnostic);
                }

                return ExitCodes.CannotRun;
            }

            if (policy.Refusal(approver, approverRole) is { } refusal)
            {
                console.Error.WriteLine(refusal);
                return ExitCodes.Problems;
            }

            approver = policy.Approvers.First(a => string.Equals(a.Name, approver, StringComparison.OrdinalIgnoreCase)).Name;
            string? folder = ReleaseFolders.Find(rulesPath, releaseId);
            if (folder is null)
            {
                console.Error.WriteLine($"No release '{releaseId}' under {ReleaseFolders.ReleasesRoot(rulesPath)}.");
                return ExitCodes.CannotRun;
            }

            var loaded = ReleaseLoader.LoadDirectory(folder);
            foreach (var diagnostic in loaded.Diagnostics)
            {
                console.Out.WriteLine(diagnostic);
            }

            if (loaded.Release is not { } release)
            {
                console.Error.WriteLine($"Release '{releaseId}' has errors; fix them before it can be approved.");
                return ExitCodes.Problems;
            }

            var manifest = release.Manifest;
            if (manifest.IsApproved)
            {
                console.Error.WriteLine($"Release '{releaseId}' is already approved ({release.ContentHash}); approved releases are immutable — draft a new one to change it.");
                return ExitCodes.Problems;
            }

            if (Untested(console, release))
            {
                return ExitCodes.Problems;
            }

            var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
            if (manifest.EffectiveFrom < today)
            {
                string message = Messages.Retroactive(releaseId, manifest.EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                if (!result.GetValue(retroactive))
                {
                    console.Error.WriteLine(message);
                    return ExitCodes.Problems;
                }

                console.Out.WriteLine("warning: " + message.Replace(" Approve with --retroactive if that is intended.", "", StringComparison.Ordinal));
            }

            var clash = ReleaseCatalog.Load(rulesPath).Approved.FirstOrDefault(r => r.Manifest.EffectiveFrom == manifest.EffectiveFrom);
            if (clash is not null)
            {
                console.Error.WriteLine($"Release '{clash.Id}' is already approved to take effect on {manifest.EffectiveFrom:yyyy-MM-dd}; two releases on one date would be ambiguous. Change '{releaseId}''s effectiveFrom.");
                return ExitCodes.Problems;
            }

            if (manifest.Approvals.Any(a => a.ContentHash == release.ContentHash && string.Equals(a.By, approver, StringComparison.OrdinalIgnoreCase)))
            {
                console.Error.WriteLine($"{approver} has already approved this content of '{releaseId}'; another approver is needed.");
                return ExitCodes.Problems;
            }

            int stale = manifest.Approvals.Count(a => a.ContentHash != release.ContentHash);
            var approval = new Approval(approver, approverRole, TruncateToSeconds(time.GetUtcNow()), release.ContentHash);
            var updated = manifest with
            {
                Approvals = [.. manifest.Approvals, approval],
                Changes = [.. manifest.Changes, .. result.GetValue(change) ?? []],
            };
            int given = updated.ApprovalsOf(release.ContentHash);
            var outstanding = policy.Outstanding(updated.Approvals.Where(a => a.ContentHash == release.ContentHash));
            if (given >= updated.RequiredApprovals && outstanding.Count == 0)
            {
                updated = updated with { Status = ReleaseStatus.Approved, ApprovedContentHash = release.ContentHash };
            }

            string manifestPath = Path.Combine(folder, ReleaseLayout.Manifest);
            File.WriteAllText(manifestPath, ManifestWriter.Render(updated, ManifestWriter.SchemaReferenceOf(manifestPath)));
            if (stale > 0)
            {
                console.Out.WriteLine($"note: {stale} earlier approval(s) were of different content (it changed since) and no longer count.");
            }

            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"approval {given} of {updated.RequiredApprovals} recorded for {releaseId} ({release.ContentHash}) by {approver} ({approverRole})."));
            console.Out.WriteLine(updated.IsApproved
                ? $"{releaseId} is approved: it serves decisions from {updated.EffectiveFrom:yyyy-MM-dd}; its content may no longer change."
                : string.Create(CultureInfo.InvariantCulture, $"{releaseId} stays a draft until {Math.Max(updated.RequiredApprovals - given, outstanding.Sum(o => o.Missing))} more approval(s) of this content")
                    + (outstanding.Count == 0 ? "." : ": " + string.Join(", ", outstanding.Select(o => string.Create(CultureInfo.InvariantCulture, $"{o.Missing} from {o.Role}"))) + "."));
            return ExitCodes.Ok;
        });
        return command;
    }

    // Nothing goes live untested: the release must carry rule test cases, and all of them must pass.
    private static bool Untested(CliConsole console, CompiledRelease release)
    {
        if (release.TestCases.Count == 0)
        {
            console.Error.WriteLine($"Release '{release.Id}' has no rule test cases (tests/*.json); add some before it can be approved.");
            return true;
        }

        var failures = RuleTestRunner.Run(release).Where(r => !r.Passed).ToList();
        foreach (var failure in failures)
        {
            console.Out.WriteLine($"FAIL {release.Id}: {failure.Case.Name}");
            foreach (var difference in failure.Failures)
            {
                console.Out.WriteLine("  " + difference);
            }
        }

        if (failures.Count > 0)
        {
            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{failures.Count} rule test case(s) of '{release.Id}' fail; it cannot be approved."));
        }

        return failures.Count > 0;
    }

    // The copied test cases must run against the draft: an as-of date before it takes effect would test nothing.
    // Only the date text changes, so the files keep their layout.
    private static int MoveTestDates(string tests, DateOnly effective)
    {
        int moved = 0;
        string replacement = effective.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var file in Directory.Exists(tests) ? Directory.GetFiles(tests, "*.json") : [])
        {
            string text = File.ReadAllText(file);
            string updated = AsOfDate().Replace(text, match =>
            {
                if (DateOnly.ParseExact(match.Groups[2].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture) >= effective)
                {
                    return match.Value;
                }

                moved++;
                return match.Groups[1].Value + replacement + "\"";
            });
            File.WriteAllText(file, updated);
        }

        return moved;
    }

    [System.Text.RegularExpressions.GeneratedRegex("(\"asOf\"\\s*:\\s*\")(\\d{4}-\\d{2}-\\d{2})\"")]
    private static partial System.Text.RegularExpressions.Regex AsOfDate();

    private static DateTimeOffset TruncateToSeconds(DateTimeOffset time) => new(time.UtcDateTime.Ticks - (time.UtcDateTime.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.GetDirectories(from))
        {
            Copy(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }
}
