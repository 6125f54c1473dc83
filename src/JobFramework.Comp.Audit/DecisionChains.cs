using System.Text;

namespace JobFramework.Comp.Audit;

/// <summary>
/// Decisions are spread over <see cref="Count"/> hash chains by employee id. One chain per store would
/// serialise every writer and, in Table Storage, put every write in one hot partition; one per employee
/// would make "nothing was deleted" unverifiable without an index of employees. A fixed hash keeps an
/// employee's whole history in one chain (and one partition) while writes spread evenly.
/// The count is part of the stored layout: changing it would move employees between chains.
/// </summary>
public static class DecisionChains
{
    public const int Count = 32;

    /// <summary>The hash a chain's first record links to.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>FNV-1a over the id's UTF-8 bytes: stable across processes and platforms, unlike string.GetHashCode.</summary>
    public static int Of(string employeeId)
    {
        uint hash = 2166136261;
        int length = Encoding.UTF8.GetByteCount(employeeId);
        Span<byte> bytes = length <= 256 ? stackalloc byte[length] : new byte[length];
        Encoding.UTF8.GetBytes(employeeId, bytes);
        foreach (byte b in bytes)
        {
            hash = (hash ^ b) * 16777619;
        }

        return (int)(hash % Count);
    }
}
