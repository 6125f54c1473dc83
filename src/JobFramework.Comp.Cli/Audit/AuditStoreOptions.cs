using System.CommandLine;
using JobFramework.Comp.Audit;
using JobFramework.Comp.Audit.AzureTables;

namespace JobFramework.Comp.Cli.Audit;

/// <summary>
/// Which decision log a command uses. A store is a SQLite file path (the embedded default, created on first
/// use) or an Azure Storage connection string (Table Storage; <c>UseDevelopmentStorage=true</c> for Azurite).
/// Without one, <c>COMP_AUDIT_STORE</c> is used, then <see cref="DefaultPath"/>.
/// </summary>
internal static class AuditStoreOptions
{
    public const string DefaultPath = "audit.db";
    public const string EnvironmentVariable = "COMP_AUDIT_STORE";
    public const string DefaultTable = DecisionLogs.DefaultTable;

    /// <summary><c>--audit [store]</c> on evaluation commands: record every decision.</summary>
    public static Option<string?> Audit() => new("--audit")
    {
        Description = $"Record every decision in the audit log: a SQLite file (default {EnvironmentVariable} or {DefaultPath}) or an Azure Storage connection string.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    /// <summary><c>--store</c> on audit commands.</summary>
    public static Option<string?> Store() => new("--store")
    {
        Description = $"The audit log: a SQLite file or an Azure Storage connection string (default {EnvironmentVariable} or {DefaultPath}).",
    };

    public static Option<string> Table() => new("--audit-table")
    {
        Description = "Table name when the audit log is Azure Table Storage.",
        DefaultValueFactory = _ => DefaultTable,
    };

    /// <summary>Whether <c>--audit</c> was given (with or without a store).</summary>
    public static bool Requested(ParseResult result, Option<string?> audit) => result.GetResult(audit) is not null;

    /// <summary>Opens the store; for reading commands a SQLite file must already exist.</summary>
    public static IDecisionLog Open(string? store, string table, bool mustExist)
    {
        string spec = string.IsNullOrWhiteSpace(store) ? Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment : DefaultPath : store;
        if (mustExist && !TableConnection.LooksLikeConnectionString(spec) && !File.Exists(spec))
        {
            throw new AuditStoreException($"no audit log at '{spec}': record decisions with --audit first, or name the store with --store (or {EnvironmentVariable})");
        }

        return DecisionLogs.Open(spec, table);
    }
}
