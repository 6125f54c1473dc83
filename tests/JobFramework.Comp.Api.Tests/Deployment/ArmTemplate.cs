using System.Text.Json;
using System.Text.RegularExpressions;

namespace JobFramework.Comp.Api.Tests.Deployment;

/// <summary>The ARM template under infra/, read for structural checks (no Azure account is needed or used).</summary>
internal sealed partial class ArmTemplate : IDisposable
{
    private readonly JsonDocument _document;

    private ArmTemplate(string path) => _document = JsonDocument.Parse(File.ReadAllText(path));

    public static ArmTemplate Load() => new(Path.Combine(Repository.Root, "infra", "azuredeploy.json"));

    public JsonElement Root => _document.RootElement;

    public IReadOnlyList<string> ParameterNames => [.. Root.GetProperty("parameters").EnumerateObject().Select(p => p.Name)];

    public IReadOnlyList<string> VariableNames => [.. Root.GetProperty("variables").EnumerateObject().Select(p => p.Name)];

    /// <summary>Every resource, nested ones included.</summary>
    public IReadOnlyList<JsonElement> Resources => [.. Flatten(Root.GetProperty("resources"))];

    public JsonElement Resource(string type) => Resources.Single(r => r.GetProperty("type").GetString() == type);

    /// <summary>Every string in the template that is an ARM expression ("[...]", not an escaped "[[").</summary>
    public IEnumerable<string> Expressions() => Strings(Root).Where(s => s.StartsWith('[') && !s.StartsWith("[[", StringComparison.Ordinal) && s.EndsWith(']'));

    public static IEnumerable<string> Referenced(string expression, string function) =>
        Reference().Matches(expression).Where(m => m.Groups[1].Value == function).Select(m => m.Groups[2].Value);

    public void Dispose() => _document.Dispose();

    public static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value).Prepend(p.Name)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };

    private static IEnumerable<JsonElement> Flatten(JsonElement resources) =>
        resources.EnumerateArray().SelectMany(r => r.TryGetProperty("resources", out var nested) ? Flatten(nested).Prepend(r) : [r]);

    [GeneratedRegex(@"\b(parameters|variables)\('([^']+)'\)")]
    private static partial Regex Reference();
}
