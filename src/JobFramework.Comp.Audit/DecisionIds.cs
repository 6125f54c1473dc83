using System.Globalization;

namespace JobFramework.Comp.Audit;

/// <summary>
/// Decision ids name their place: <c>cc-ssssssssssss</c> is record <c>s</c> of chain <c>c</c>. A store finds
/// a record from its id alone (in Table Storage: one point read), and an id never repeats within a store.
/// </summary>
public static class DecisionIds
{
    public static string Format(int chain, long sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{chain:D2}-{sequence:D12}");

    public static bool TryParse(string? id, out int chain, out long sequence)
    {
        chain = 0;
        sequence = 0;
        return id is { Length: 15 } && id[2] == '-'
            && int.TryParse(id.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out chain)
            && chain < DecisionChains.Count
            && long.TryParse(id.AsSpan(3), NumberStyles.None, CultureInfo.InvariantCulture, out sequence)
            && sequence > 0;
    }
}
