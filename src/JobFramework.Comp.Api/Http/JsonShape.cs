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
                string child = path.Length == 0 ? property.Name : path + "." + property.Name;
                if (!seen.Add(property.Name))
                {
                    errors.Add(new InputError(child, Diagnostics.Messages.FieldRepeated(child)));
                    continue;
                }

                Walk(property.Value, child, errors);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            int index = 0;
            foreach (var item in element.EnumerateArray())
            {
                Walk(item, path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]", errors);
                index++;
            }
        }
    }
}
