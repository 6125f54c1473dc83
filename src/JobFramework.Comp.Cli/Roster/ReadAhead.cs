using System.Collections.Concurrent;

namespace JobFramework.Comp.Cli.Roster;

/// <summary>
/// Runs an enumeration on a thread of its own, a few batches ahead of whoever consumes it. Reading and parsing a
/// roster costs about as much as evaluating it, so a roster command reads on one core while it evaluates and writes on
/// another. Items come out in their order; an exception thrown by the source is rethrown, as itself, where the
/// consumer asks for the item after the last one read; a consumer that stops early stops the reading thread too.
/// </summary>
internal static class ReadAhead
{
    /// <param name="batchSize">
    /// Items handed over at a time: one hand-over per item would cost more than it saves, and large batches cost more
    /// still. Rows in flight between the threads outlive a young-generation collection: with 512-row batches the GC
    /// promoted them, grew its budget and did a generation-1 collection nearly every time (a million-row roster: 36–120
    /// collections, 50 % more CPU); with 64 it keeps its small budget and collects generation 0 alone, as with one thread.
    /// </param>
    /// <param name="batchesAhead">How far the reader may run ahead: bounds the memory held between the two threads.</param>
    public static IEnumerable<T> Of<T>(IEnumerable<T> source, int batchSize = 64, int batchesAhead = 4)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchesAhead, 1);
        using var batches = new BlockingCollection<T[]>(batchesAhead);
        using var stop = new CancellationTokenSource();
        var reader = Task.Factory.StartNew(() => Read(source, batches, batchSize, stop.Token), stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        bool finished = false;
        try
        {
            foreach (var batch in batches.GetConsumingEnumerable())
            {
                foreach (var item in batch)
                {
                    yield return item;
                }
            }

            finished = true;

            // Every batch handed over: the source ended, or threw (its exception surfaces here, unwrapped).
            reader.GetAwaiter().GetResult();
        }
        finally
        {
            if (!finished)
            {
                // The consumer stopped early (a break, or its own exception): the reader stops at its next hand-over,
                // and whatever it was doing then no longer matters.
                stop.Cancel();
                ((IAsyncResult)reader).AsyncWaitHandle.WaitOne();
            }
        }
    }

    private static void Read<T>(IEnumerable<T> source, BlockingCollection<T[]> batches, int batchSize, CancellationToken stop)
    {
        var batch = new List<T>(batchSize);
        try
        {
            try
            {
                foreach (var item in source)
                {
                    batch.Add(item);
                    if (batch.Count == batchSize)
                    {
                        batches.Add([.. batch], stop);
                        batch.Clear();
                    }
                }
            }
            finally
            {
                // What was read before the end, or before a failure, is handed over first: the consumer sees every
                // item the source gave, as it would reading on its own thread.
                if (batch.Count > 0 && !stop.IsCancellationRequested)
                {
                    batches.Add([.. batch], stop);
                }
            }
        }
        finally
        {
            batches.CompleteAdding();
        }
    }
}
