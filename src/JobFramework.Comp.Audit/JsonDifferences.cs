using System.Text.Json;

namespace JobFramework.Comp.Audit;

/// <summary>One value that differs between two JSON documents, by JSON pointer; null stands for "absent".</summary>
public sealed record JsonDifference(string Pointer, string? Recorded, string? Replayed);

/// <summary>A structural comparison of two JSON documents, listing each differing leaf by pointer.</summary>
public static class JsonDifferences
{
    public static IReadOnlyList<JsonDifference> Between(string recorded, string replayed)
    {
        using var left = JsonDocument.Parse(recorded);
        using var right = JsonDocument.Parse(replayed);
        var differences = new List<JsonDifference>();
        Compare(left.RootElement, right.RootElement, "", differences);
        return differences;
    }

    private static void Compare(JsonElement left, JsonElement right, string pointer, List<JsonDifference> differences)
    {
        if (left.ValueKind == JsonValueKind.Object && right.ValueKind == JsonValueKind.Object)
        {
            var rightNames = right.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            foreach (var property in left.EnumerateObject())
            {
                string child = pointer + "/" + Escape(property.Name);
                if (right.TryGetProperty(property.Name, out var other))
                {
                    Compare(property.Value, other, child, differences);
                }
                else
                {
                    differences.Add(new JsonDifference(child, property.Value.GetRawText(), null));
                }

                rightNames.Remove(property.Name);
            }

            foreach (var name in rightNames)
            {
                differences.Add(new JsonDifference(pointer + "/" + Escape(name), null, right.GetProperty(name).GetRawText()));
            }
        }
        else if (left.ValueKind == JsonValueKind.Array && right.ValueKind == JsonValueKind.Array)
        {
            int count = Math.Max(left.GetArrayLength(), right.GetArrayLength());
            for (int i = 0; i < count; i++)
            {
                string child = pointer + "/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                bool inLeft = i < left.GetArrayLength();
                bool inRight = i < right.GetArrayLength();
                if (inLeft && inRight)
                {
                    Compare(left[i], right[i], child, differences);
                }
                else
                {
                    differences.Add(new JsonDifference(child, inLeft ? left[i].GetRawText() : null, inRight ? right[i].GetRawText() : null));
                }
            }
        }
        else if (left.GetRawText() != right.GetRawText())
        {
            differences.Add(new JsonDifference(pointer.Length == 0 ? "/" : pointer, left.GetRawText(), right.GetRawText()));
        }
    }

    private static string Escape(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
