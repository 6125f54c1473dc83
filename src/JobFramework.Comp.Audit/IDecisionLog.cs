namespace JobFramework.Comp.Audit;

/// <summary>
/// The decision log: append-only, every record hash-chained. Implemented by the embedded SQLite store and
/// by Azure Table Storage; both pass one contract test suite. Appends are all-or-nothing: when a call
/// throws, none of its drafts was recorded (and a retry with the same idempotency keys records each once).
/// Failures of the store surface as <see cref="AuditStoreException"/>.
/// </summary>
public interface IDecisionLog : IAsyncDisposable
{
    /// <summary>A short description of where records go, for messages ("sqlite:audit.db").</summary>
    string Describe { get; }

    Task<AppendResult> AppendAsync(DecisionDraft draft, CancellationToken cancellationToken = default);

    /// <summary>Appends drafts in order, atomically: all are recorded, or (on an exception) none.</summary>
    Task<IReadOnlyList<AppendResult>> AppendBatchAsync(IReadOnlyList<DecisionDraft> drafts, CancellationToken cancellationToken = default);

    Task<DecisionRecord?> GetAsync(string decisionId, CancellationToken cancellationToken = default);

    /// <summary>An employee's decisions, newest first.</summary>
    Task<DecisionPage> QueryByEmployeeAsync(string employeeId, int pageSize, string? continuation = null, CancellationToken cancellationToken = default);

    /// <summary>Decisions made under one release; every match exactly once across the pages, in store order.</summary>
    Task<DecisionPage> QueryByReleaseAsync(string releaseId, int pageSize, string? continuation = null, CancellationToken cancellationToken = default);

    /// <summary>Decisions recorded in [<paramref name="from"/>, <paramref name="to"/>); every match exactly once, in store order.</summary>
    Task<DecisionPage> QueryByTimeAsync(DateTimeOffset from, DateTimeOffset to, int pageSize, string? continuation = null, CancellationToken cancellationToken = default);

    /// <summary>The chains as stored, for verification: see <see cref="ChainVerifier"/>.</summary>
    IChainReader Chains { get; }
}

/// <summary>Raw access to the stored chains: what verification walks, without trusting any of it.</summary>
public interface IChainReader
{
    /// <summary>Each chain's head as stored: the sequence and hash of its latest record (absent for an empty chain).</summary>
    Task<IReadOnlyDictionary<int, ChainHead>> ReadHeadsAsync(CancellationToken cancellationToken = default);

    /// <summary>A chain's records, newest first, streamed; malformed rows come back as <see cref="StoredRecord.Problem"/>.</summary>
    IAsyncEnumerable<StoredRecord> ReadChainAsync(int chain, CancellationToken cancellationToken = default);
}

/// <summary>A chain's latest sequence number and record hash, kept beside the chain and updated with every append.</summary>
public sealed record ChainHead(long Sequence, string Hash, DateTimeOffset RecordedAt);

/// <summary>A record as read from storage with where it was found; <see cref="Record"/> is null when the row cannot be read as one.</summary>
public sealed record StoredRecord(string Location, long Sequence, DecisionRecord? Record, string? Problem);
