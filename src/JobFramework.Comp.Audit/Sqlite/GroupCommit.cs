namespace JobFramework.Comp.Audit.Sqlite;

/// <summary>
/// Group commit for the embedded log: appends that arrive while a transaction is being written wait, and the
/// next writer commits all of them in one transaction — one fsync for many decisions under load, none added
/// when idle. Each caller still gets exactly its own results; if a combined transaction fails (one draft's
/// idempotency key was used for a different request, say), the group is retried one append at a time, so
/// only that caller sees the error. A transaction is all or nothing, so nothing acknowledged is ever lost.
/// </summary>
internal sealed class GroupCommit(Func<IReadOnlyList<DecisionDraft>, List<AppendResult>> write) : IDisposable
{
    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly List<Pending> _waiting = [];

    /// <summary>Appends <paramref name="drafts"/> in the next transaction, with whatever else is waiting.</summary>
    public async Task<IReadOnlyList<AppendResult>> AppendAsync(IReadOnlyList<DecisionDraft> drafts, CancellationToken cancellationToken)
    {
        var pending = new Pending(drafts);
        lock (_waiting)
        {
            _waiting.Add(pending);
        }

        try
        {
            await _writer.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            lock (_waiting)
            {
                // Still queued: it is withdrawn. Already taken by a writer: it will be written, so wait for it.
                if (_waiting.Remove(pending))
                {
                    throw;
                }
            }

            return await pending.Completion.Task.ConfigureAwait(false);
        }

        try
        {
            if (!pending.Completion.Task.IsCompleted)
            {
                List<Pending> group;
                lock (_waiting)
                {
                    group = [.. _waiting];
                    _waiting.Clear();
                }

                Write(group);
            }
        }
        finally
        {
            _writer.Release();
        }

        return await pending.Completion.Task.ConfigureAwait(false);
    }

    public void Dispose() => _writer.Dispose();

    // Every exception here is handed to the caller that waits for it (never swallowed): catching all of them is
    // what guarantees no caller is left waiting.
#pragma warning disable CA1031
    private void Write(List<Pending> group)
    {
        if (group.Count == 1)
        {
            Complete(group[0]);
            return;
        }

        List<AppendResult> results;
        try
        {
            results = write([.. group.SelectMany(p => p.Drafts)]);
        }
        catch (Exception)
        {
            // The combined transaction rolled back whole; give each caller its own outcome (its own error,
            // whatever it is — no caller may be left waiting).
            foreach (var pending in group)
            {
                Complete(pending);
            }

            return;
        }

        int offset = 0;
        foreach (var pending in group)
        {
            pending.Completion.SetResult(results.GetRange(offset, pending.Drafts.Count));
            offset += pending.Drafts.Count;
        }
    }

    private void Complete(Pending pending)
    {
        try
        {
            pending.Completion.SetResult(write(pending.Drafts));
        }
        catch (Exception e)
        {
            pending.Completion.SetException(e);
        }
    }

#pragma warning restore CA1031

    private sealed class Pending(IReadOnlyList<DecisionDraft> drafts)
    {
        public IReadOnlyList<DecisionDraft> Drafts { get; } = drafts;

        public TaskCompletionSource<IReadOnlyList<AppendResult>> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
