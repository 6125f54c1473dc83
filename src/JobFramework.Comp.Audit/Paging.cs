using System.Globalization;

namespace JobFramework.Comp.Audit;

/// <summary>
/// Paging shared by the stores, so their continuation tokens mean the same thing: an employee query
/// continues below a sequence number ("42"); a store-order query (by release, by time) continues in a
/// chain below a sequence number ("7.42").
/// </summary>
internal static class Paging
{
    public const int MaxPageSize = 1000;

    public static void CheckPageSize(int pageSize)
    {
        if (pageSize is < 1 or > MaxPageSize)
        {
            throw new ArgumentOutOfRangeException(nameof(pageSize), pageSize, $"a page holds 1 to {MaxPageSize} decisions");
        }
    }

    /// <summary>A page of at most <paramref name="pageSize"/> rows from a list that read one more when there is a next page.</summary>
    public static DecisionPage Page(List<DecisionRecord> rows, int pageSize, bool storeOrder)
    {
        if (rows.Count <= pageSize)
        {
            return new DecisionPage(rows, null);
        }

        rows.RemoveRange(pageSize, rows.Count - pageSize);
        var last = rows[^1];
        return new DecisionPage(rows, storeOrder
            ? string.Create(CultureInfo.InvariantCulture, $"{last.Chain}.{last.Sequence}")
            : last.Sequence.ToString(CultureInfo.InvariantCulture));
    }

    public static long ParseEmployeeToken(string continuation) =>
        long.TryParse(continuation, NumberStyles.None, CultureInfo.InvariantCulture, out long value) ? value : throw BadToken(continuation);

    public static (int Chain, long Before) ParseStoreOrderToken(string continuation)
    {
        int dot = continuation.IndexOf('.', StringComparison.Ordinal);
        return dot > 0
            && int.TryParse(continuation.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out int chain)
            && long.TryParse(continuation.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out long before)
            ? (chain, before)
            : throw BadToken(continuation);
    }

    private static ArgumentException BadToken(string continuation) =>
        new($"'{continuation}' is not a continuation token this query returned", nameof(continuation));
}
