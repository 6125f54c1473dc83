using System.Globalization;
using JobFramework.Comp.People.Snapshots;
using Microsoft.Data.Sqlite;

namespace JobFramework.Comp.People.Sqlite;

/// <summary>
/// Roster snapshots in a SQLite file of their own (people data is not audit data: it is replaced by newer
/// snapshots and may be purged under retention rules the decision log must never follow). One transaction
/// per import, so a failed import leaves nothing behind.
/// </summary>
public sealed class SqlitePeopleStore : IPeopleStore
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS snapshots (
            id          TEXT PRIMARY KEY,
            taken_on    TEXT NOT NULL,
            seq         INTEGER NOT NULL,
            imported_at TEXT NOT NULL,
            imported_by TEXT NOT NULL,
            release_id  TEXT NOT NULL,
            people      INTEGER NOT NULL,
            UNIQUE (taken_on, seq)
        );
        CREATE TABLE IF NOT EXISTS people (
            snapshot_id TEXT NOT NULL REFERENCES snapshots (id),
            id          TEXT NOT NULL,
            name        TEXT NOT NULL,
            manager_id  TEXT,
            mentor      INTEGER NOT NULL,
            family      TEXT NOT NULL,
            track       TEXT NOT NULL,
            level       INTEGER NOT NULL,
            region      TEXT NOT NULL,
            record      TEXT NOT NULL,
            PRIMARY KEY (snapshot_id, id)
        );
        """;

    private static readonly string[] PersonColumns = ["$s", "$id", "$name", "$manager", "$mentor", "$family", "$track", "$level", "$region", "$record"];

    private readonly string _connectionString;
    private readonly TimeProvider _time;

    private SqlitePeopleStore(string connectionString, TimeProvider time)
    {
        _connectionString = connectionString;
        _time = time;
    }

    /// <summary>Opens (creating when absent) the people database at <paramref name="path"/>.</summary>
    public static SqlitePeopleStore Open(string path, TimeProvider? time = null)
    {
        string full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var store = new SqlitePeopleStore(new SqliteConnectionStringBuilder { DataSource = full, DefaultTimeout = 30 }.ToString(), time ?? TimeProvider.System);
        using var connection = store.Connect();
        Execute(connection, "PRAGMA journal_mode=WAL;");
        Execute(connection, Schema);
        return store;
    }

    public async Task<SnapshotInfo> SaveAsync(DateOnly takenOn, string importedBy, string release, IReadOnlyList<Person> people, CancellationToken cancellationToken = default)
    {
        using var connection = Connect();
        using var transaction = connection.BeginTransaction(deferred: false);
        string date = takenOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        long seq;
        using (var next = Command(connection, transaction, "SELECT COALESCE(MAX(seq), 0) + 1 FROM snapshots WHERE taken_on = $date", ("$date", date)))
        {
            seq = (long)(await next.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        }

        var info = new SnapshotInfo(seq == 1 ? date : date + "." + seq.ToString(CultureInfo.InvariantCulture), takenOn, _time.GetUtcNow(), importedBy, release, people.Count);
        using (var insert = Command(connection, transaction, "INSERT INTO snapshots VALUES ($id, $date, $seq, $at, $by, $release, $people)",
            ("$id", info.Id), ("$date", date), ("$seq", seq), ("$at", info.ImportedAt.ToString("O", CultureInfo.InvariantCulture)), ("$by", importedBy), ("$release", release), ("$people", people.Count)))
        {
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        using var row = Command(connection, transaction, "INSERT INTO people VALUES ($s, $id, $name, $manager, $mentor, $family, $track, $level, $region, $record)");
        var parameters = PersonColumns.Select(name => row.Parameters.Add(new SqliteParameter { ParameterName = name })).ToArray();
        parameters[0].Value = info.Id;
        foreach (var person in people)
        {
            parameters[1].Value = person.Id;
            parameters[2].Value = person.Name;
            parameters[3].Value = (object?)person.ManagerId ?? DBNull.Value;
            parameters[4].Value = person.Mentor ? 1 : 0;
            parameters[5].Value = person.Family;
            parameters[6].Value = person.Track;
            parameters[7].Value = person.Level;
            parameters[8].Value = person.Region;
            parameters[9].Value = person.Record;
            await row.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return info;
    }

    public async Task<SnapshotInfo?> LatestAsync(CancellationToken cancellationToken = default) =>
        (await QuerySnapshotsAsync("ORDER BY taken_on DESC, seq DESC LIMIT 1", cancellationToken).ConfigureAwait(false)) is [var latest] ? latest : null;

    public Task<IReadOnlyList<SnapshotInfo>> ListAsync(CancellationToken cancellationToken = default) =>
        QuerySnapshotsAsync("ORDER BY taken_on DESC, seq DESC", cancellationToken);

    public async Task<IReadOnlyList<Person>> PeopleAsync(string snapshotId, CancellationToken cancellationToken = default)
    {
        using var connection = Connect();
        using var query = Command(connection, null, "SELECT id, name, manager_id, mentor, family, track, level, region, record FROM people WHERE snapshot_id = $s ORDER BY id", ("$s", snapshotId));
        using var reader = await query.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var people = new List<Person>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            people.Add(new Person(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetInt64(3) != 0,
                reader.GetString(4), reader.GetString(5), reader.GetInt32(6), reader.GetString(7), reader.GetString(8)));
        }

        return people;
    }

    public void Dispose()
    {
        // Connections are opened per call and pooled by Microsoft.Data.Sqlite: nothing is held between calls.
    }

    private async Task<IReadOnlyList<SnapshotInfo>> QuerySnapshotsAsync(string order, CancellationToken cancellationToken)
    {
        using var connection = Connect();
        using var query = Command(connection, null, "SELECT id, taken_on, imported_at, imported_by, release_id, people FROM snapshots " + order);
        using var reader = await query.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var snapshots = new List<SnapshotInfo>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            snapshots.Add(new SnapshotInfo(reader.GetString(0), DateOnly.ParseExact(reader.GetString(1), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                DateTimeOffset.Parse(reader.GetString(2), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind), reader.GetString(3), reader.GetString(4), reader.GetInt32(5)));
        }

        return snapshots;
    }

    private SqliteConnection Connect()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = Command(connection, null, sql);
        command.ExecuteNonQuery();
    }
}
