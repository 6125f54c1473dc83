using JobFramework.Comp.Diagnostics;
using JobFramework.Comp.Evaluation;
using JobFramework.Comp.Framework;
using JobFramework.Comp.Json;
using JobFramework.Comp.Releases;

namespace JobFramework.Comp.Governance;

/// <summary>
/// Governance beyond syntax, run on a compiled release: mids that do not rise with level, gaps and heavy
/// overlaps between consecutive levels' bands, aligned IC/manager levels on different bands without a declared
/// exception, focus areas of one level on different bands, levels no role defines. Each is an error, a warning
/// or off as framework.json's <c>governance</c> says, and points at the band row or level it is about. A
/// finding is reported once however many families share the rows involved.
/// </summary>
internal sealed class GovernanceLints
{
    private readonly CompiledRelease _release;
    private readonly GovernanceSettings _settings;
    private readonly Evaluator _evaluator;
    private readonly DiagnosticBag _diagnostics;
    private readonly HashSet<string> _reported = new(StringComparer.Ordinal);

    private GovernanceLints(CompiledRelease release, DiagnosticBag diagnostics)
    {
        _release = release;
        _settings = release.Framework.Governance;
        _evaluator = new Evaluator(release);
        _diagnostics = diagnostics;
    }

    public static void Check(CompiledRelease release, ObjectReader? frameworkFile, DiagnosticBag diagnostics)
    {
        var lints = new GovernanceLints(release, diagnostics);
        lints.LevelProgression();
        lints.AlignedBands();
        lints.FocusBands();
        lints.UnreachableLevels(frameworkFile);
        lints.Shadowed();
        lints.BandCoverage();
    }

    private JobFrameworkModel Framework => _release.Framework;

    private void LevelProgression()
    {
        foreach (var track in Framework.Tracks)
        {
            var levels = track.Levels.OrderBy(l => l.Number).ToList();
            foreach (var family in Framework.Families)
            {
                foreach (var region in Framework.Regions)
                {
                    for (int i = 1; i < levels.Count; i++)
                    {
                        var lower = _evaluator.BandFor(family.Id, track.Id, levels[i - 1].Number, region.Id);
                        var upper = _evaluator.BandFor(family.Id, track.Id, levels[i].Number, region.Id);
                        if (lower is not null && upper is not null && lower.Currency == upper.Currency && lower.Row != upper.Row)
                        {
                            Compare(levels[i - 1], levels[i], region, lower, upper);
                        }
                    }
                }
            }
        }
    }

    private void Compare(Level lowerLevel, Level upperLevel, Region region, PayBand lower, PayBand upper)
    {
        string position = $"{upperLevel.Code} {region.Id}";
        string below = $"{lowerLevel.Code} {region.Id}";
        string currency = upper.Currency.Code;
        if (upper.Centre.Amount <= lower.Centre.Amount)
        {
            Report(_settings.MidProgression, $"mid:{lower.Row}:{upper.Row}", upper.Row, Messages.MidNotRising(position, below, upper.Centre.Amount, lower.Centre.Amount, currency));
        }

        if (upper.Min.Amount > lower.Max.Amount)
        {
            Report(_settings.BandGap, $"gap:{lower.Row}:{upper.Row}", upper.Row, Messages.BandGap(position, below, upper.Min.Amount, lower.Max.Amount, currency));
        }
        else if (lower.Max.Amount > lower.Min.Amount)
        {
            decimal overlap = lower.Max.Amount - Math.Max(upper.Min.Amount, lower.Min.Amount);
            decimal percent = decimal.Round(overlap * 100m / (lower.Max.Amount - lower.Min.Amount), 1, MidpointRounding.AwayFromZero);
            if (percent > _settings.MaxOverlapPercent)
            {
                Report(_settings.BandOverlap, $"overlap:{lower.Row}:{upper.Row}", upper.Row, Messages.BandOverlap(position, below, percent, _settings.MaxOverlapPercent));
            }
        }

    }

    private void AlignedBands()
    {
        foreach (var track in Framework.Tracks.Where(t => t.AlignedWith is not null))
        {
            var aligned = Framework.FindTrack(track.AlignedWith!);
            foreach (var level in track.Levels)
            {
                var alignedLevel = aligned?.FindLevel(level.Number);
                if (alignedLevel is null || _settings.AlignedBandExceptions.Any(e => e.Track == track.Id && e.Level == level.Number))
                {
                    continue;
                }

                foreach (var family in Framework.Families)
                {
                    foreach (var region in Framework.Regions)
                    {
                        var own = _evaluator.BandFor(family.Id, track.Id, level.Number, region.Id);
                        var other = _evaluator.BandFor(family.Id, aligned!.Id, level.Number, region.Id);
                        if (own is not null && other is not null && !SameBand(own, other))
                        {
                            Report(_settings.AlignedBands, $"aligned:{own.Row}:{other.Row}", own.Row,
                                Messages.AlignedBandsDiffer($"{level.Code} {region.Id}", $"{alignedLevel.Code} {region.Id}", own.Row, other.Row));
                        }
                    }
                }
            }
        }
    }

    private void FocusBands()
    {
        foreach (var focus in Framework.FocusAreas)
        {
            foreach (var track in Framework.Tracks.Where(t => t.FindLevel(focus.Level) is not null))
            {
                foreach (var region in Framework.Regions)
                {
                    var general = _evaluator.BandFor(focus.Family, track.Id, focus.Level, region.Id);
                    var specialised = _evaluator.BandFor(focus.Family, track.Id, focus.Level, region.Id, focus.Id);
                    if (general is not null && specialised is not null && !SameBand(general, specialised))
                    {
                        Report(_settings.FocusBands, $"focus:{focus.Id}:{specialised.Row}:{general.Row}", specialised.Row,
                            Messages.FocusBandsDiffer(focus.Id, focus.Family, focus.Level, region.Id, specialised.Row, general.Row));
                    }
                }
            }
        }
    }

    private void UnreachableLevels(ObjectReader? frameworkFile)
    {
        // Only level-up makes a level reachable through roles: a release without it (a pay scale) has nothing to lint.
        if (GovernanceSettings.SeverityOf(_settings.UnreachableLevels) is not { } severity || _release.LevelUpWorkflow is null)
        {
            return;
        }

        var tracks = frameworkFile?.Get("tracks") as SourceArray;
        for (int t = 0; t < Framework.Tracks.Count; t++)
        {
            var track = Framework.Tracks[t];
            int lowest = track.Levels.Min(l => l.Number);
            for (int l = 0; l < track.Levels.Count; l++)
            {
                var level = track.Levels[l];
                if (level.Number == lowest || Framework.Roles.Any(r => r.Track == track.Id && r.Level == level.Number))
                {
                    continue;
                }

                var span = LevelSpan(tracks, t, l) ?? new SourceSpan(_release.Location + "/" + ReleaseLayout.Framework, "/tracks", 1, 1);
                _diagnostics.Add(new Diagnostic(Codes.Governance, severity, Messages.UnreachableLevel(track.Id, level.Number), span));
            }
        }
    }

    private void Shadowed()
    {
        if (GovernanceSettings.SeverityOf(_settings.ShadowedRows) is not { } severity)
        {
            return;
        }

        foreach (var table in _release.Tables)
        {
            foreach (var (row, by) in ShadowedRows.Find(table))
            {
                _diagnostics.Add(new Diagnostic(Codes.Governance, severity, Messages.ShadowedRow(table.Name, table.Rows[by].Span.Line), table.Rows[row].Span));
            }
        }
    }

    // Every role must find a band in every region: one deleted row would otherwise surface only when someone
    // in that role and region is placed.
    private void BandCoverage()
    {
        if (GovernanceSettings.SeverityOf(_settings.BandCoverage) is not { } severity || _release.BandTable is null)
        {
            return;
        }

        var span = new SourceSpan(_release.BandTable.File, "/rows", 1, 1);
        foreach (var role in Framework.Roles)
        {
            foreach (var region in Framework.Regions)
            {
                if (_evaluator.BandFor(role.Family, role.Track, role.Level, region.Id, role.Focus) is null)
                {
                    _diagnostics.Add(new Diagnostic(Codes.Governance, severity, Messages.RoleWithoutBand(role.Id, role.Track, role.Level, role.Focus, region.Id), span));
                }
            }
        }
    }

    private static SourceSpan? LevelSpan(SourceArray? tracks, int track, int level)
    {
        if (tracks is null || track >= tracks.Items.Count || tracks.Items[track] is not SourceObject trackObject)
        {
            return null;
        }

        var levels = trackObject.Properties.FirstOrDefault(p => p.Name == "levels")?.Value as SourceArray;
        return levels is not null && level < levels.Items.Count ? levels.Items[level].Span : null;
    }

    private void Report(LintLevel level, string key, int row, string message)
    {
        if (GovernanceSettings.SeverityOf(level) is not { } severity || !_reported.Add(key))
        {
            return;
        }

        var span = _release.BandTable.Rows[row - 1].Span;
        _diagnostics.Add(new Diagnostic(Codes.Governance, severity, message, span));
    }

    private static bool SameBand(PayBand a, PayBand b) =>
        a.Row == b.Row || (a.Min == b.Min && a.Mid == b.Mid && a.Reference == b.Reference && a.Max == b.Max && a.BonusTargetPct == b.BonusTargetPct && a.Equity == b.Equity);
}
