using JobFramework.Comp.People.Snapshots;
using JobFramework.Comp.People.Sqlite;

namespace JobFramework.Comp.Audit.AzureTables;

/// <summary>
/// Opens the roster-snapshot store a host is configured with, as <see cref="DecisionLogs"/> opens the audit log:
/// an Azure Storage connection string means Table Storage (Azure), anything else a SQLite file path (one machine).
/// </summary>
public static class PeopleStores
{
    public static IPeopleStore Open(string store, string table = TablePeopleStore.DefaultTable, TimeProvider? time = null) =>
        TableConnection.LooksLikeConnectionString(store) ? TablePeopleStore.Open(store, table, time) : SqlitePeopleStore.Open(store, time);
}
