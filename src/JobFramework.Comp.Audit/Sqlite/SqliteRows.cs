using System.Globalization;
using Microsoft.Data.Sqlite;

namespace JobFramework.Comp.Audit.Sqlite;

/// <summary>Maps rows of <see cref="SqliteSchema.Columns"/> to records, reporting rather than throwing on a row that does not parse.</summary>
internal static class SqliteRows
{
    public static StoredRecord Read(SqliteDataReader row, string path)
    {
        long rowId = row.GetInt64(0);
        long sequence = row.GetInt64(3);
        string location = string.Create(CultureInfo.InvariantCulture, $"{path}: decisions rowid {rowId}");
        try
        {
            if (!DecisionKinds.TryParse(row.GetString(4), out var kind))
            {
                return new StoredRecord(location, sequence, null, $"unknown kind '{row.GetString(4)}'");
            }

            var record = new DecisionRecord(
                DecisionId: row.GetString(1),
                Chain: row.GetInt32(2),
                Sequence: sequence,
                Kind: kind,
                EmployeeId: row.GetString(5),
                AsOf: DateOnly.ParseExact(row.GetString(6), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                ReleaseId: row.GetString(7),
                ReleaseHash: row.GetString(8),
                Input: row.GetString(9),
                Output: row.GetString(10),
                Caller: row.IsDBNull(11) ? null : row.GetString(11),
                IdempotencyKey: row.IsDBNull(12) ? null : row.GetString(12),
                RecordedAt: DateTimeOffset.Parse(row.GetString(13), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
                PreviousHash: row.GetString(14),
                Hash: row.GetString(15));
            return new StoredRecord(location, sequence, record, null);
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or InvalidOperationException)
        {
            return new StoredRecord(location, sequence, null, e.Message);
        }
    }

    public static void Bind(SqliteCommand insert, DecisionRecord record)
    {
        var p = insert.Parameters;
        p["$id"].Value = record.DecisionId;
        p["$chain"].Value = record.Chain;
        p["$seq"].Value = record.Sequence;
        p["$kind"].Value = DecisionKinds.Name(record.Kind);
        p["$employee"].Value = record.EmployeeId;
        p["$asOf"].Value = record.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        p["$release"].Value = record.ReleaseId;
        p["$releaseHash"].Value = record.ReleaseHash;
        p["$input"].Value = record.Input;
        p["$output"].Value = record.Output;
        p["$caller"].Value = (object?)record.Caller ?? DBNull.Value;
        p["$key"].Value = (object?)record.IdempotencyKey ?? DBNull.Value;
        p["$at"].Value = DecisionClock.Format(record.RecordedAt);
        p["$prev"].Value = record.PreviousHash;
        p["$hash"].Value = record.Hash;
    }

    public static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction? transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }

        return command;
    }
}
