namespace JobFramework.Comp.Model;

/// <summary>The type of a declared attribute, as written in framework.json (<c>integer</c>, <c>number</c>, …).</summary>
public enum AttributeKind
{
    Integer,
    Number,
    Money,
    String,
    Boolean,

    /// <summary>A calendar date, written YYYY-MM-DD; rules read it as the whole number YYYYMMDD so dates compare and order.</summary>
    Date,

    /// <summary>A list of strings.</summary>
    StringList,
}

/// <summary>How sensitive an attribute is. A protected attribute (sex, for pay-gap reports) may be carried and recorded but no rule may read it.</summary>
public enum DataClass
{
    Ordinary,
    Personal,
    Protected,
}

/// <summary>
/// An employee attribute a release declares (a pay step, a hire date, a union code): its name, type, whether it
/// is required or what it defaults to, the range or values it may take, and its data class. Every reader —
/// JSON, CSV roster, HTTP body — accepts it as a field of the employee; rules read it as <c>employee.name</c>
/// from a fixed slot, with no lookup by name at evaluation: <see cref="Slot"/> among all attributes (as read and
/// recorded), <see cref="KindSlot"/> in the typed array of its kind (what compiled rules index).
/// </summary>
public sealed record DeclaredAttribute(
    string Name,
    AttributeKind Kind,
    int Slot,
    int KindSlot,
    bool Required = false,
    object? Default = null,
    decimal? Min = null,
    decimal? Max = null,
    IReadOnlyList<string>? Allowed = null,
    string Description = "",
    DataClass DataClass = DataClass.Ordinary)
{
    /// <summary>The names the attribute types are written as.</summary>
    public static readonly IReadOnlyDictionary<string, AttributeKind> KindNames = new Dictionary<string, AttributeKind>(StringComparer.Ordinal)
    {
        ["integer"] = AttributeKind.Integer,
        ["number"] = AttributeKind.Number,
        ["money"] = AttributeKind.Money,
        ["string"] = AttributeKind.String,
        ["boolean"] = AttributeKind.Boolean,
        ["date"] = AttributeKind.Date,
        ["list of strings"] = AttributeKind.StringList,
    };

    public string KindName => KindNames.First(k => k.Value == Kind).Key;
}
