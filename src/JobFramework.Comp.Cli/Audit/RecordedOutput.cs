using JobFramework.Comp.Audit;
using JobFramework.Comp.Evaluation;

namespace JobFramework.Comp.Cli.Audit;

/// <summary>
/// Where a batch command's results go: straight to the output, or — when auditing — held until their batch is
/// recorded, so the output never holds a result whose decision is not in the audit log.
/// </summary>
/// <param name="draft">The decision a result records (static: nothing is allocated per row when not auditing).</param>
internal sealed class RecordedOutput<T>(Action<T> write, Func<DecisionRecorder, T, DecisionDraft> draft, DecisionRecorder? recorder)
{
    private readonly List<(T Result, DecisionDraft Draft)> _pending = [];

    /// <summary>Writes (or holds for recording) one result; false, with the row's error, when its record would not fit the log.</summary>
    public bool TryWrite(T result, out InputError? error)
    {
        error = null;
        if (recorder is null)
        {
            write(result);
            return true;
        }

        var recorded = draft(recorder, result);
        if (!AuditLimits.InputFits(recorded))
        {
            error = new InputError("$", Diagnostics.Messages.RecordTooLarge(recorded.Input.Length, AuditLimits.MaxPayloadChars));
            return false;
        }

        _pending.Add((result, recorded));
        if (_pending.Count == DecisionRecorder.BatchSize)
        {
            Flush();
        }

        return true;
    }

    public void Flush()
    {
        if (recorder is null || _pending.Count == 0)
        {
            return;
        }

        recorder.RecordAsync(_pending.Select(p => p.Draft).ToList()).GetAwaiter().GetResult();
        foreach (var (result, _) in _pending)
        {
            write(result);
        }

        _pending.Clear();
    }
}
