using System.Globalization;
using System.Text.Json;
using JobFramework.Comp.Evaluation;

namespace JobFramework.Comp.Api.Http;

/// <summary>Structural checks on a parsed body that System.Text.Json leaves to the caller.</summary>
public static class JsonShape
{
    /// <summary>
    /// Every property given twice in one object, by path (<c>employee.baseSalary</c>). JSON parsers disagree on
    /// which copy wins, so a body with both is refused rather than decided on a value the caller may not have meant.
    /// </summary>
    public static List<InputError> RepeatedProperties(JsonElement root)
    {
        var errors = new List<InputError>();
        Walk(root, "", errors);
        return errors;
    }

    private static void Walk(JsonElement element, string path, List<InputError> errors)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in element.EnumerateObject())
            {
                if (!seen.Add(property.Name))
                {
                    string child = Child(path, property.Name);
                    errors.Add(new InputError(child, Diagnostics.Messages.FieldRepeated(child)));
                    continue;
                }

                if (HasMembers(property.Value))
                {
                    Walk(property.Value, Child(path, property.Name), errors);
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            int index = 0;
            foreach (var item in element.EnumerateArray())
            {
                if (HasMembers(item))
                {
                    Walk(item, path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]", errors);
                }

                index++;
            }
        }
    }

    // Only an object or an array can hold a repeat below it: a scalar is not visited, so every request does not build
    // a path for each of its fields.
    private static bool HasMembers(JsonElement element) => element.ValueKind is JsonValueKind.Object or JsonValueKind.Array;

    private static string Child(string path, string name) => path.Length == 0 ? name : path + "." + name;
}
