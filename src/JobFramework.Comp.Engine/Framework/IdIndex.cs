using System.Collections.Frozen;

namespace JobFramework.Comp.Framework;

/// <summary>
/// Finds values by id, ordinal. A catalog of a handful of ids (tracks, regions, families) is first searched
/// by reference: prepared employees and the release's tables carry the release's own id instances (see
/// <see cref="Json.StringPool"/>), so the usual hit costs a few pointer compares and no hashing. Anything
/// else — another instance of the same text, or a large catalog — goes to a frozen dictionary. Immutable.
/// </summary>
internal sealed class IdIndex<TValue>
{
    private const int MaxScanned = 8;
    private readonly string[] _scannedIds;
    private readonly TValue[] _scannedValues;
    private readonly FrozenDictionary<string, TValue> _byId;

    public IdIndex(IEnumerable<KeyValuePair<string, TValue>> entries)
    {
        _byId = entries.ToFrozenDictionary(StringComparer.Ordinal);
        var scanned = _byId.Count <= MaxScanned ? _byId.ToArray() : [];
        _scannedIds = [.. scanned.Select(e => e.Key)];
        _scannedValues = [.. scanned.Select(e => e.Value)];
    }

    public int Count => _byId.Count;

    public bool TryGetValue(string id, out TValue value)
    {
        var ids = _scannedIds;
        for (int i = 0; i < ids.Length; i++)
        {
            if (ReferenceEquals(ids[i], id))
            {
                value = _scannedValues[i];
                return true;
            }
        }

        return _byId.TryGetValue(id, out value!);
    }
}
