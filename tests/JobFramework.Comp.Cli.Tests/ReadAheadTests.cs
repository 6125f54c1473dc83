using JobFramework.Comp.Cli.Roster;

namespace JobFramework.Comp.Cli.Tests;

/// <summary>
/// Roster commands read on a thread of their own (ReadAhead): the rows must come out in order and complete, a reading
/// failure must reach the command as itself, and a command that stops early must not leave the reader running.
/// </summary>
public class ReadAheadTests
{
    [Theory]
    [InlineData(0, 7)]
    [InlineData(1, 7)]
    [InlineData(7, 7)]
    [InlineData(10_000, 7)]
    [InlineData(10_000, 512)]
    public void Every_item_comes_out_once_in_its_order(int count, int batchSize)
    {
        ReadAhead.Of(Enumerable.Range(0, count), batchSize, batchesAhead: 2).ToList().ShouldBe(Enumerable.Range(0, count).ToList());
    }

    [Fact]
    public void A_reading_failure_is_rethrown_as_itself_after_the_items_read_before_it()
    {
        var seen = new List<int>();

        var thrown = Should.Throw<InvalidDataException>(() =>
        {
            foreach (int item in ReadAhead.Of(FailsAfter(10), batchSize: 3))
            {
                seen.Add(item);
            }
        });

        thrown.Message.ShouldBe("line 11 is broken");
        seen.ShouldBe(Enumerable.Range(0, 10).ToList());
    }

    [Fact]
    public void A_consumer_that_stops_early_stops_the_reader_and_its_source_is_disposed()
    {
        var source = new Endless();

        ReadAhead.Of(source, batchSize: 4, batchesAhead: 2).Take(5).ToList().ShouldBe([0, 1, 2, 3, 4]);

        // Stopping waits for the reading thread: by now it has left the source (its enumeration disposed), so it reads
        // no more — at most five batches of four: two taken by the consumer, two waiting, one being handed over.
        source.Disposed.ShouldBeTrue();
        source.Read.ShouldBeLessThanOrEqualTo(4 * 5);
    }

    [Fact]
    public void A_consumer_failure_is_its_own_and_the_reader_stops()
    {
        var source = new Endless();

        Should.Throw<FormatException>(() =>
        {
            foreach (int item in ReadAhead.Of(source, batchSize: 4))
            {
                if (item == 6)
                {
                    throw new FormatException("row 6");
                }
            }
        }).Message.ShouldBe("row 6");

        source.Disposed.ShouldBeTrue();
    }

    private static IEnumerable<int> FailsAfter(int count)
    {
        for (int i = 0; i < count; i++)
        {
            yield return i;
        }

        throw new InvalidDataException($"line {count + 1} is broken");
    }

    // Counts and never ends; notes when the enumeration over it is disposed (a roster's file closed).
    private sealed class Endless : IEnumerable<int>
    {
        private long _read;

        public long Read => Interlocked.Read(ref _read);

        public bool Disposed { get; private set; }

        public IEnumerator<int> GetEnumerator()
        {
            try
            {
                for (int i = 0; ; i++)
                {
                    Interlocked.Increment(ref _read);
                    yield return i;
                }
            }
            finally
            {
                Disposed = true;
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
