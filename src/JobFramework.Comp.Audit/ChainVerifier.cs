using System.Security.Cryptography;
using System.Text;

namespace JobFramework.Comp.Audit;

/// <summary>
/// Walks every chain newest first, trusting nothing it reads: each record's hash must match its content,
/// each record's hash must be the one the next record (or the chain head) links to, sequence numbers must
/// run down to 1 without gaps, and each record must sit in its employee's chain. Streams: memory does not
/// grow with the number of records.
/// </summary>
public static class ChainVerifier
{
    public static async Task<IntegrityReport> VerifyAsync(IChainReader chains, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        var heads = await chains.ReadHeadsAsync(cancellationToken).ConfigureAwait(false);
        var problems = new List<IntegrityProblem>();
        long records = 0;
        int chainsWithRecords = 0;
        var anchor = new StringBuilder();
        for (int chain = 0; chain < DecisionChains.Count; chain++)
        {
            heads.TryGetValue(chain, out var head);
            anchor.Append(chain).Append(':').Append(head?.Sequence ?? 0).Append(':').Append(head?.Hash ?? DecisionChains.Genesis).Append('\n');
            var walk = new ChainWalk(chain, head, problems);
            long before = records;
            await foreach (var stored in chains.ReadChainAsync(chain, cancellationToken).ConfigureAwait(false))
            {
                walk.Visit(stored);
                if (++records % 10_000 == 0)
                {
                    progress?.Report(records);
                }
            }

            walk.Finish();
            if (records > before)
            {
                chainsWithRecords++;
            }
        }

        string digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(anchor.ToString())));
        return new IntegrityReport(records, problems, digest) { ChainsWithRecords = chainsWithRecords };
    }

    /// <summary>The state of one chain's walk: what the next (older) record must be.</summary>
    private sealed class ChainWalk(int chain, ChainHead? head, List<IntegrityProblem> problems)
    {
        private long _expectedSequence = head?.Sequence ?? 0;
        private string _expectedHash = head?.Hash ?? DecisionChains.Genesis;
        private string _expectedFrom = "the chain head";
        private DateTimeOffset _newerTime = head?.RecordedAt ?? DateTimeOffset.MaxValue;
        private bool _sawRecords;

        public void Visit(StoredRecord stored)
        {
            if (!_sawRecords && head is null)
            {
                Report(stored, "the chain has records but no head: the head entry was deleted");
                _expectedSequence = stored.Sequence;
                _expectedHash = stored.Record?.Hash ?? "";
            }

            _sawRecords = true;
            if (stored.Sequence > _expectedSequence)
            {
                Report(stored, $"record {stored.Sequence} is beyond the chain's head or out of order (expected {_expectedSequence} next)");
                return;
            }

            if (stored.Sequence < _expectedSequence)
            {
                Missing(_expectedSequence, stored.Sequence + 1, Describe(stored.Sequence));
                _expectedHash = "";
            }

            if (stored.Record is not { } record)
            {
                Report(stored, "unreadable: " + stored.Problem);
                _expectedSequence = stored.Sequence - 1;
                _expectedHash = "";
                return;
            }

            if (!record.HashIsValid)
            {
                Report(stored, "altered: the stored hash does not match the record's content");
            }
            else if (_expectedHash.Length > 0 && !string.Equals(record.Hash, _expectedHash, StringComparison.Ordinal))
            {
                Report(stored, $"chain broken: {_expectedFrom} links to hash {Short(_expectedHash)} but this record's hash is {Short(record.Hash)} (replaced or reordered)");
            }

            if (record.Chain != chain || record.Sequence != stored.Sequence || record.DecisionId != DecisionIds.Format(chain, stored.Sequence))
            {
                Report(stored, $"misplaced: the record says it is {record.DecisionId} (chain {record.Chain}, #{record.Sequence})");
            }
            else if (DecisionChains.Of(record.EmployeeId) != chain)
            {
                Report(stored, $"misplaced: employee '{record.EmployeeId}' belongs in chain {DecisionChains.Of(record.EmployeeId)}");
            }

            if (record.RecordedAt > _newerTime)
            {
                Report(stored, "reordered: recorded later than the record after it");
            }

            _newerTime = record.RecordedAt;
            _expectedSequence = stored.Sequence - 1;
            _expectedHash = record.PreviousHash;
            _expectedFrom = Describe(stored.Sequence);
        }

        public void Finish()
        {
            if (_expectedSequence > 0)
            {
                Missing(_expectedSequence, 1, "the chain's start");
            }
            else if (_expectedHash.Length > 0 && !string.Equals(_expectedHash, DecisionChains.Genesis, StringComparison.Ordinal))
            {
                problems.Add(new IntegrityProblem(chain, 1, DecisionIds.Format(chain, 1), $"chain {chain}", "chain broken: the first record does not link to the chain's start"));
            }
        }

        // A deleted record has no location of its own: say where the gap is — between the newer record (or the
        // head) that links into it and the older record below it.
        private void Missing(long newest, long oldest, string older)
        {
            string range = newest == oldest ? $"record {newest} ({DecisionIds.Format(chain, newest)}) is" : $"records {oldest}–{newest} ({DecisionIds.Format(chain, oldest)} to {DecisionIds.Format(chain, newest)}) are";
            string location = $"chain {chain}, between {_expectedFrom} and {older}";
            problems.Add(new IntegrityProblem(chain, newest, DecisionIds.Format(chain, newest), location, $"missing: {range} not in the store (deleted)"));
        }

        private string Describe(long sequence) => $"record {sequence} ({DecisionIds.Format(chain, sequence)})";

        private void Report(StoredRecord stored, string message) =>
            problems.Add(new IntegrityProblem(chain, stored.Sequence, DecisionIds.Format(chain, Math.Max(1, stored.Sequence)), stored.Location, message));

        private static string Short(string hash) => hash.Length > 12 ? hash[..12] + "…" : hash;
    }
}

/// <summary>What verification found: how many records it read, every problem with its location, and a
/// digest of all chain heads — publish it elsewhere (a ticket, a signed mail) to anchor the log in time.</summary>
public sealed record IntegrityReport(long RecordsChecked, IReadOnlyList<IntegrityProblem> Problems, string HeadsDigest)
{
    public bool Clean => Problems.Count == 0;

    /// <summary>How many of the <see cref="DecisionChains.Count"/> chains hold any record (employees hash to chains, so most are empty in a small log).</summary>
    public int ChainsWithRecords { get; init; }
}

/// <summary>One integrity problem: the chain, the sequence number and decision id it concerns, where it was found.</summary>
public sealed record IntegrityProblem(int Chain, long Sequence, string DecisionId, string Location, string Message);
