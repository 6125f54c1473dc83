using System.Text.RegularExpressions;
using JobFramework.Comp.Audit;

namespace JobFramework.Comp.Audit.AzureTables;

/// <summary>The service's rule for table names: 3–63 letters and digits, starting with a letter.</summary>
internal static partial class TableNames
{
    public static string Check(string name) =>
        name is not null && Valid().IsMatch(name)
            ? name
            : throw new AuditStoreException($"'{name}' is not a valid table name: use 3 to 63 letters and digits, starting with a letter (for example 'decisions')");

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    private static partial Regex Valid();
}
