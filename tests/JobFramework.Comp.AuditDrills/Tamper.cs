using JobFramework.Comp.Audit;
using JobFramework.Comp.Audit.AzureTables;
using Microsoft.Data.Sqlite;

namespace JobFramework.Comp.AuditDrills;

/// <summary>
/// Changes one recorded decision's output in place — a placement's position, an eligibility verdict —
/// without touching its hash, the way someone with write access to the store could. Not part of the
/// product: it exists so the README's walk-through (and its test) can show verify and replay catching it.
/// </summary>
public static class Tamper
{
    public static async Task<string> RecordAsync(string store, string decisionId, string table = "decisions")
    {
        if (!DecisionIds.TryParse(decisionId, out int chain, out long sequence))
        {
            throw new ArgumentException($"'{decisionId}' is not a decision id", nameof(decisionId));
        }

        if (TableConnection.LooksLikeConnectionString(store))
        {
            var client = new AuditTable(TableConnection.Parse(store), table);
            var entity = await client.GetAsync(TableKeys.Partition(chain), TableKeys.Record(sequence)).ConfigureAwait(false)
                ?? throw new ArgumentException($"no decision {decisionId} in table {table}", nameof(decisionId));
            string altered = Alter(entity.GetString("Output")!);
            entity["Output"] = altered;
            await client.UpsertAsync(entity).ConfigureAwait(false);
            return altered;
        }

        await using var connection = new SqliteConnection($"Data Source={store};Pooling=False");
        await connection.OpenAsync().ConfigureAwait(false);
        string output;
        await using (var read = connection.CreateCommand())
        {
            read.CommandText = "SELECT output FROM decisions WHERE chain = $chain AND seq = $seq";
            read.Parameters.AddWithValue("$chain", chain);
            read.Parameters.AddWithValue("$seq", sequence);
            output = (string?)await read.ExecuteScalarAsync().ConfigureAwait(false) ?? throw new ArgumentException($"no decision {decisionId} in {store}", nameof(decisionId));
        }

        string changed = Alter(output);
        await using (var write = connection.CreateCommand())
        {
            write.CommandText = "DROP TRIGGER IF EXISTS decisions_are_append_only_update; UPDATE decisions SET output = $output WHERE chain = $chain AND seq = $seq";
            write.Parameters.AddWithValue("$output", changed);
            write.Parameters.AddWithValue("$chain", chain);
            write.Parameters.AddWithValue("$seq", sequence);
            await write.ExecuteNonQueryAsync().ConfigureAwait(false);
        }

        return changed;
    }

    /// <summary>The kind of edit someone might want: a better band position, a favourable verdict.</summary>
    private static string Alter(string output) =>
        output.Contains("\"position\":\"within\"", StringComparison.Ordinal) ? output.Replace("\"position\":\"within\"", "\"position\":\"below\"", StringComparison.Ordinal)
        : output.Contains("\"position\":", StringComparison.Ordinal) ? System.Text.RegularExpressions.Regex.Replace(output, "\"position\":\"[a-z]+\"", "\"position\":\"within\"")
        : output.Contains("\"eligible\":false", StringComparison.Ordinal) ? output.Replace("\"eligible\":false", "\"eligible\":true", StringComparison.Ordinal)
        : output.Replace("\"eligible\":true", "\"eligible\":false", StringComparison.Ordinal);
}
