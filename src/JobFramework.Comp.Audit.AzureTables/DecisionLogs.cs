using JobFramework.Comp.Audit.Sqlite;

namespace JobFramework.Comp.Audit.AzureTables;

/// <summary>
/// Opens the decision log a host is configured with: an Azure Storage connection string means Table
/// Storage, anything else is a SQLite file path (created on first use). Lives here because it is the one
/// place that knows both stores; the CLI and the HTTP service share it.
/// </summary>
public static class DecisionLogs
{
    public const string DefaultTable = "decisions";

    public static IDecisionLog Open(string store, string table = DefaultTable) =>
        TableConnection.LooksLikeConnectionString(store) ? TableDecisionLog.Open(store, table) : SqliteDecisionLog.Open(store);
}
