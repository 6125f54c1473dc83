using System.Text.Json.Nodes;

namespace JobFramework.Comp.Json;

/// <summary>A source tree back as plain JSON, for a library that reads JSON itself (RulesEngine's workflow model).</summary>
internal static class SourceJson
{
    public static JsonNode? ToNode(SourceValue value) => value switch
    {
        SourceObject o => new JsonObject(o.Properties.Select(p => KeyValuePair.Create(p.Name, ToNode(p.Value)))),
        SourceArray a => new JsonArray([.. a.Items.Select(ToNode)]),
        SourceString s => JsonValue.Create(s.Value),
        SourceNumber n => JsonNode.Parse(n.Raw),
        SourceBoolean b => JsonValue.Create(b.Value),
        _ => null,
    };
}
