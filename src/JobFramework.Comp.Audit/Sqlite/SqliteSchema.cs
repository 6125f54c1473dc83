namespace JobFramework.Comp.Audit.Sqlite;

/// <summary>
/// The embedded store's tables. Records are never updated or deleted (triggers refuse it, so a bug cannot
/// rewrite history by accident; verification still catches someone who drops the triggers). Each chain's
/// head lives in <c>chain_heads</c> and moves in the same transaction as the records it covers.
/// One index serves both idempotency and employee queries: unique on (employee, key) — SQLite lets NULL keys
/// repeat — it also finds an employee's rows, which are few, so sorting them by sequence costs nothing, while
/// every index dropped from the write path is measurably faster appends.
/// </summary>
internal static class SqliteSchema
{
    public const string FormatVersion = "1";

    /// <summary>The decisions table's columns (the benchmark builds the same table without its key and indexes).</summary>
    public const string DecisionColumns = """
            decision_id     TEXT NOT NULL,
            chain           INTEGER NOT NULL,
            seq             INTEGER NOT NULL,
            kind            TEXT NOT NULL,
            employee_id     TEXT NOT NULL,
            as_of           TEXT NOT NULL,
            release_id      TEXT NOT NULL,
            release_hash    TEXT NOT NULL,
            input           TEXT NOT NULL,
            output          TEXT NOT NULL,
            caller          TEXT,
            idempotency_key TEXT,
            recorded_at     TEXT NOT NULL,
            prev_hash       TEXT NOT NULL,
            hash            TEXT NOT NULL
        """;

    public const string Create = $"""
        CREATE TABLE IF NOT EXISTS audit_layout (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS decisions (
        {DecisionColumns},
            UNIQUE (chain, seq)
        );
        CREATE UNIQUE INDEX IF NOT EXISTS decisions_by_employee ON decisions (employee_id, idempotency_key);
        CREATE INDEX IF NOT EXISTS decisions_by_release ON decisions (release_id, chain, seq);
        CREATE INDEX IF NOT EXISTS decisions_by_time ON decisions (recorded_at);
        CREATE TABLE IF NOT EXISTS chain_heads (
            chain       INTEGER PRIMARY KEY,
            seq         INTEGER NOT NULL,
            hash        TEXT NOT NULL,
            recorded_at TEXT NOT NULL
        );
        CREATE TRIGGER IF NOT EXISTS decisions_are_append_only_update BEFORE UPDATE ON decisions
        BEGIN SELECT RAISE(ABORT, 'decisions are append-only'); END;
        CREATE TRIGGER IF NOT EXISTS decisions_are_append_only_delete BEFORE DELETE ON decisions
        BEGIN SELECT RAISE(ABORT, 'decisions are append-only'); END;
        INSERT OR IGNORE INTO audit_layout (key, value) VALUES ('format', '1');
        INSERT OR IGNORE INTO audit_layout (key, value) VALUES ('chains', '32');
        """;

    public const string Columns =
        "rowid, decision_id, chain, seq, kind, employee_id, as_of, release_id, release_hash, input, output, caller, idempotency_key, recorded_at, prev_hash, hash";

    public const string Insert = """
        INSERT INTO decisions (decision_id, chain, seq, kind, employee_id, as_of, release_id, release_hash, input, output, caller, idempotency_key, recorded_at, prev_hash, hash)
        VALUES ($id, $chain, $seq, $kind, $employee, $asOf, $release, $releaseHash, $input, $output, $caller, $key, $at, $prev, $hash)
        """;

    public const string UpsertHead = """
        INSERT INTO chain_heads (chain, seq, hash, recorded_at) VALUES ($chain, $seq, $hash, $at)
        ON CONFLICT (chain) DO UPDATE SET seq = excluded.seq, hash = excluded.hash, recorded_at = excluded.recorded_at
        """;
}
